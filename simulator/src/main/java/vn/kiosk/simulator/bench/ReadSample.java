package vn.kiosk.simulator.bench;

/**
 * One full read as the benchmark saw it.
 *
 * @param identityNanos from the start until DG1 and DG13 were read and checked against a verified EF.SOD
 * @param cpuNanos      CPU time of the reading thread
 */
public record ReadSample(long apdus, long bytesOut, long bytesIn, long wallNanos, long identityNanos, long cpuNanos,
                         long allocatedBytes) {

    public static ReadSample of(CountingCard.Traffic traffic, ThreadCost.Spent spent, long identityNanos) {
        return new ReadSample(traffic.apdus(), traffic.bytesOut(), traffic.bytesIn(), spent.wallNanos(), identityNanos,
                spent.cpuNanos(), spent.allocatedBytes());
    }
}
