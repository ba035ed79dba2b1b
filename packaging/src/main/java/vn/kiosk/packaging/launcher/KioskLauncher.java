package vn.kiosk.packaging.launcher;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The installed kiosk's main class: the kiosk itself ({@code vn.kiosk.app.Main}), plus the
 * systemd readiness and watchdog notifications when the launcher script asks for them by setting
 * {@code CCCD_KIOSK_NOTIFY} to a file to write them to (a pipe to sd-notify-relay). Without that
 * variable it is exactly {@code vn.kiosk.app.Main}.
 *
 * <p>Kept outside kiosk-app on purpose: systemd is the package's business, and Java 17 cannot talk
 * to systemd's datagram socket by itself anyway.
 */
public final class KioskLauncher {
    /** Environment: where to write sd_notify(3) messages, one per line. */
    public static final String NOTIFY_VARIABLE = "CCCD_KIOSK_NOTIFY";

    private KioskLauncher() {
    }

    public static void main(String[] args) throws Exception {
        String target = System.getenv(NOTIFY_VARIABLE);
        if (target != null && !target.isBlank()) {
            try {
                startWatchdog(target);
            } catch (IOException e) {
                System.err.println("cccd-kiosk: cannot write service manager notifications to " + target
                        + ": " + e.getClass().getSimpleName());
            }
        }
        vn.kiosk.app.Main.main(args);
    }

    private static void startWatchdog(String target) throws IOException {
        OutputStream out = new FileOutputStream(target);
        FxWatchdog.Notifier notifier = message -> {
            synchronized (out) {
                out.write((message + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        };
        new FxWatchdog(new FxProbe(), notifier, FxWatchdog.pingIntervalFor(System.getenv("WATCHDOG_USEC"))).start();
    }
}
