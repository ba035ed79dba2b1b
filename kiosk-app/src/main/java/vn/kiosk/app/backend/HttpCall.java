package vn.kiosk.app.backend;

import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the transport sends it.
 *
 * @param method         HTTP method
 * @param path           absolute API path, e.g. {@code /api/v1/dossiers}; appended to the base URL
 * @param body           JSON body, empty for GET
 * @param idempotencyKey sent as {@code Idempotency-Key}; its presence is what makes a POST safe to repeat
 */
record HttpCall(String method, String path, Optional<byte[]> body, Optional<String> idempotencyKey) {

    HttpCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must be absolute");
        }
    }

    static HttpCall get(String path) {
        return new HttpCall("GET", path, Optional.empty(), Optional.empty());
    }

    static HttpCall post(String path, byte[] body, String idempotencyKey) {
        return new HttpCall("POST", path, Optional.of(body), Optional.of(idempotencyKey));
    }

    /** Safe to send again after a failure whose outcome is unknown. */
    boolean repeatable() {
        return "GET".equals(method) || "HEAD".equals(method) || idempotencyKey.isPresent();
    }
}
