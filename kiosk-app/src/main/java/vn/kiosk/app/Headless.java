package vn.kiosk.app;

/**
 * JavaFX without a display: Monocle's headless glass and the software renderer, at the kiosk's
 * 1920x1080. Must run before the toolkit starts. Public for the benchmarks, which start the kiosk's
 * screens off-screen as the smoke run does.
 */
public final class Headless {
    private Headless() {
    }

    /** Linux needs an X or Wayland display for a window; elsewhere assume there is one. */
    static boolean displayAvailable() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return true;
        }
        return isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
    }

    private static boolean isSet(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank();
    }

    public static void configure() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1920x1080-32");
        System.setProperty("java.awt.headless", "true");
    }
}
