package vn.kiosk.simulator.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock shared by every JVM on the machine. pcscd and its vpcd ports are one
 * machine-wide resource: two test runs at once (two modules, two developers, mvn -T) would put
 * cards into the same reader, and the run that started pcscd would stop it under the other.
 */
final class MachineWideLock implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final FileChannel channel;
    private final FileLock lock;

    private MachineWideLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits up to {@code timeout} for the lock on {@code file}. */
    static MachineWideLock acquire(Path file, Duration timeout) throws IOException, InterruptedException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new MachineWideLock(channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    throw new IOException("another test run has used pcscd for over " + timeout.toMinutes()
                            + " min (lock " + file + ")");
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
