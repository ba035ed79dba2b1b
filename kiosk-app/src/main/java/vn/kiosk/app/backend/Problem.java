package vn.kiosk.app.backend;

import java.util.Objects;

/**
 * The backend's problem JSON ({@code components/schemas/Problem}): a stable machine code and a message
 * for the citizen in Vietnamese and English.
 */
public record Problem(String code, String messageVi, String messageEn) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** Stands in when a 4xx carried no (readable) problem JSON, e.g. from a proxy in front of the backend. */
    static Problem ofStatus(int status) {
        return new Problem("HTTP_" + status,
                "Hệ thống từ chối yêu cầu (mã " + status + ").",
                "The service refused the request (status " + status + ").");
    }

    @Override
    public String toString() {
        // messages are the backend's text and might quote what was sent; the code alone is safe to log
        return "Problem[" + code + "]";
    }
}
