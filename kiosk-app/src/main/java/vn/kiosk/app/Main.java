package vn.kiosk.app;

import javafx.application.Application;

/**
 * Entry point of the kiosk jar. It does not extend {@link Application} on purpose: a plain
 * class-path launch of a class that does would stop with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(KioskApplication.class, args);
    }
}
