package vn.kiosk.simulator.backend;

/** Ends a request with an HTTP status and a {@link Problem}; thrown by endpoints for anything the caller got wrong. */
final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Problem problem;

    ProblemException(int status, String code, String messageVi, String messageEn) {
        super(code + ": " + messageEn, null, false, false);
        this.status = status;
        this.problem = new Problem(code, messageVi, messageEn);
    }

    static ProblemException badRequest(String messageVi, String messageEn) {
        return new ProblemException(400, "INVALID_REQUEST", messageVi, messageEn);
    }

    static ProblemException notFound(String what, String messageVi, String messageEn) {
        return new ProblemException(404, what, messageVi, messageEn);
    }

    ApiResponse response() {
        return new ApiResponse(status, problem);
    }
}
