package vn.kiosk.app;

import java.nio.file.Path;
import vn.kiosk.app.runtime.RuntimeSetup;

/** Placeholder until the configuration file lands. */
final class ConfiguredSetup {
    private ConfiguredSetup() {
    }

    static RuntimeSetup load(Path file) {
        throw new UnsupportedOperationException("configuration files are not supported yet");
    }
}
