package vn.kiosk.simulator.backend;

/** A status and a body that Jackson turns into JSON (a record, a map or a tree). */
record ApiResponse(int status, Object body) {
    static ApiResponse ok(Object body) {
        return new ApiResponse(200, body);
    }

    static ApiResponse created(Object body) {
        return new ApiResponse(201, body);
    }
}
