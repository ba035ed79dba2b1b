package vn.kiosk.app.backend;

import java.time.Duration;

/** Waits between retries; injectable so that tests check the waits without sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis());
    }
}
