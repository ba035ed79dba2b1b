package vn.kiosk.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What this process holds at one moment, after a full collection: resident memory (VmRSS), the heap
 * still in use, class metadata, threads (every OS thread: the JVM's own, JavaFX's, pools') and open
 * file descriptors (files, sockets, pipes). Linux only: read from /proc/self.
 *
 * @param sessions how many sessions had run when it was taken
 */
record ResourceSample(int sessions, long rssKb, long heapAfterGcKb, long metaspaceKb, int threads, int fds) {

    static ResourceSample take(int sessions) throws IOException, InterruptedException {
        fullGc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
        long metaspace = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().equals("Metaspace")).mapToLong(p -> p.getUsage().getUsed()).sum() / 1024;
        String status = Files.readString(Path.of("/proc/self/status"));
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return new ResourceSample(sessions, field(status, "VmRSS:"), heap, metaspace,
                    (int) field(status, "Threads:"), (int) fds.count() - 1); // less the listing's own descriptor
        }
    }

    /** Two explicit full collections (the first may leave finalizable garbage for the second), then a pause for cleaners. */
    private static void fullGc() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(200);
        }
    }

    private static long field(String status, String name) {
        return status.lines().filter(l -> l.startsWith(name)).findFirst()
                .map(l -> Long.parseLong(l.substring(name.length()).trim().split("\\s+")[0]))
                .orElseThrow(() -> new IllegalStateException("/proc/self/status has no " + name));
    }
}
