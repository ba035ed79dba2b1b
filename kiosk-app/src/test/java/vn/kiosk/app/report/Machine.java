package vn.kiosk.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The machine a benchmark ran on, as a small Markdown table. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        return "| what | value |\n|---|---|\n"
                + "| CPU | " + cpuModel().orElse("unknown") + " |\n"
                + "| cores | " + Runtime.getRuntime().availableProcessors() + " |\n"
                + "| memory | " + memoryTotal().orElse("unknown") + " |\n"
                + "| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " |\n"
                + "| Java | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " |\n";
    }

    private static Optional<String> cpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name");
    }

    private static Optional<String> memoryTotal() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal");
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
