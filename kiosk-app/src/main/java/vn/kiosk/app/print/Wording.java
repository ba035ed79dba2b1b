package vn.kiosk.app.print;

import java.time.Duration;

/** Plain-word pieces shared by the operator-facing messages. */
final class Wording {

    private Wording() {
    }

    /** "5 s", "800 ms". */
    static String duration(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 || ms % 1000 != 0 ? ms + " ms" : (ms / 1000) + " s";
    }
}
