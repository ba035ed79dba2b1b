package vn.kiosk.simulator.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time and heap allocation of the calling thread, and wall time, from {@link #start()} on.
 * Only the reading thread is measured: the simulated chip runs on the virtual reader's own
 * threads, and the link's delays are parking, which costs no CPU.
 */
public final class ThreadCost {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long thread;
    private final long wallStart;
    private final long cpuStart;
    private final long allocatedStart;

    private ThreadCost() {
        thread = Thread.currentThread().getId();
        allocatedStart = THREADS.getThreadAllocatedBytes(thread);
        cpuStart = THREADS.getCurrentThreadCpuTime();
        wallStart = System.nanoTime();
    }

    public static ThreadCost start() {
        if (!THREADS.isCurrentThreadCpuTimeSupported() || !THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time and allocation");
        }
        return new ThreadCost();
    }

    /** Nanoseconds of wall time since the start. */
    public long wallNanos() {
        return System.nanoTime() - wallStart;
    }

    /** Must be called on the thread that started. */
    public Spent stop() {
        long wall = System.nanoTime() - wallStart;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        long allocated = THREADS.getThreadAllocatedBytes(thread) - allocatedStart;
        return new Spent(wall, cpu, allocated);
    }

    public record Spent(long wallNanos, long cpuNanos, long allocatedBytes) {
    }
}
