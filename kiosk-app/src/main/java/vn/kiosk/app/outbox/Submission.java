package vn.kiosk.app.outbox;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a flow hands to the outbox: which backend call to make and the JSON body to make it with.
 *
 * <p>Only {@code body} may hold personal data; it is the only part encrypted at rest. The kind,
 * method and path are stored in clear (the operator screen shows them and the delivery order needs
 * no key), so the constructor refuses a path that looks like it carries an identity number.
 *
 * @param kind   what the submission is, e.g. "dossier", "clinic-registration", "notary-request"
 * @param method the HTTP method, e.g. "POST"
 * @param path   the backend path, e.g. "/api/v1/dossiers"
 * @param body   the JSON request body (UTF-8); not copied, the caller must not change it afterwards
 */
public record Submission(String kind, String method, String path, byte[] body) {

    private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern METHOD = Pattern.compile("POST|PUT|PATCH|DELETE");
    // A CCCD number has 12 digits and a BHYT card number 10 (+ letters); a run of 9 or more digits in
    // a clear-text path is far more likely one of those than an API version, so refuse it outright.
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9/_.-]{0,255}");
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{9,}");

    public Submission {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must be lower-case words joined by '-': " + kind);
        }
        if (!METHOD.matcher(method).matches()) {
            throw new IllegalArgumentException("only mutating methods are queued: " + method);
        }
        if (!PATH.matcher(path).matches() || LONG_DIGIT_RUN.matcher(path).find()) {
            // the path is stored in clear: no query string, nothing that could be an ID number
            throw new IllegalArgumentException("path must be a plain API path without personal data");
        }
    }
}
