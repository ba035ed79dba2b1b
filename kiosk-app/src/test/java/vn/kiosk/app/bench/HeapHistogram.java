package vn.kiosk.app.bench;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;

/**
 * Live objects per class, as {@code jcmd <pid> GC.class_histogram} prints them (it runs a full GC
 * first), taken in-process: when the heap grows across sessions, the classes that grew say where.
 */
final class HeapHistogram {
    /** Instances and bytes of one class. */
    private record Entry(long instances, long bytes) {
    }

    private final Map<String, Entry> classes;

    private HeapHistogram(Map<String, Entry> classes) {
        this.classes = classes;
    }

    static HeapHistogram take() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, Entry> classes = new HashMap<>();
        // "   1:         12345        6789012  [B (java.base@17.0.15)"
        for (String line : text.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                try {
                    classes.put(parts[3], new Entry(Long.parseLong(parts[1]), Long.parseLong(parts[2])));
                } catch (NumberFormatException header) {
                    // the column titles and the total line
                }
            }
        }
        return new HeapHistogram(classes);
    }

    /** The {@code top} classes whose live bytes grew most since {@code earlier}, one line each. */
    List<String> growthSince(HeapHistogram earlier, int top) {
        return classes.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), delta(earlier.classes.get(e.getKey()), e.getValue())))
                .filter(e -> e.getValue().bytes() > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, Entry> e) -> e.getValue().bytes()).reversed())
                .limit(top)
                .map(e -> String.format(Locale.ROOT, "%+,12d bytes %+,9d instances  %s", e.getValue().bytes(),
                        e.getValue().instances(), e.getKey()))
                .toList();
    }

    private static Entry delta(Entry before, Entry now) {
        return before == null ? now : new Entry(now.instances() - before.instances(), now.bytes() - before.bytes());
    }
}
