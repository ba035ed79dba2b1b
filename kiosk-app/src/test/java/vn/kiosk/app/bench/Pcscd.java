package vn.kiosk.app.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.transport.Terminals;

/**
 * The PC/SC service a configured kiosk needs to start, as on a real kiosk: the running pcscd, or one
 * started here and stopped at the end. Holds the machine-wide lock the simulator's pcscd tests take
 * (same file), so a test run elsewhere on the machine never has its pcscd stopped under it.
 */
final class Pcscd implements AutoCloseable {
    private static final Path LOCK_FILE = Path.of(System.getProperty("java.io.tmpdir"), "vn-kiosk-pcscd-tests.lock");
    private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/pcscd"), Path.of("/sbin/pcscd"),
            Path.of("/usr/local/sbin/pcscd"));
    private static final Path PID_FILE = Path.of("/run/pcscd/pcscd.pid");
    private static final Path SOCKET_FILE = Path.of("/run/pcscd/pcscd.comm");
    private static final long LOCK_WAIT_MILLIS = 10 * 60 * 1000;
    private static final long READY_WAIT_MILLIS = 15_000;

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Process started; // null when one was running already

    private Pcscd(FileChannel lockChannel, FileLock lock, Process started) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.started = started;
    }

    /** A reachable PC/SC service, or empty (with the reason printed) when there is none to start. */
    static Optional<Pcscd> startOrReuse() throws IOException, InterruptedException {
        Optional<Path> binary = BINARIES.stream().filter(Files::isExecutable).findFirst();
        if (binary.isEmpty() && !running()) {
            System.err.println("pcscd is not installed (Debian: pcscd): the configured kiosk cannot start");
            return Optional.empty();
        }
        FileChannel channel = FileChannel.open(LOCK_FILE, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = acquire(channel);
        Process process = null;
        try {
            if (!running()) {
                removeStaleFiles();
                process = new ProcessBuilder(binary.orElseThrow().toString(), "--foreground")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            }
            Pcscd pcscd = new Pcscd(channel, lock, process);
            if (!pcscd.awaitReady()) {
                pcscd.close();
                System.err.println("pcscd did not answer within " + READY_WAIT_MILLIS + " ms");
                return Optional.empty();
            }
            return Optional.of(pcscd);
        } catch (IOException | RuntimeException e) {
            if (process != null) {
                process.destroy();
            }
            lock.release();
            channel.close();
            throw e;
        }
    }

    private static FileLock acquire(FileChannel channel) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.currentTimeMillis() > deadline) {
                channel.close();
                throw new IOException("another run has held the pcscd lock " + LOCK_FILE + " for 10 minutes");
            }
            Thread.sleep(200);
        }
    }

    private static boolean running() {
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().command()
                .map(c -> c.endsWith("/pcscd") || c.equals("pcscd")).orElse(false));
    }

    /** A SIGKILLed pcscd leaves its socket and pid file, and a new one then refuses to start. */
    private static void removeStaleFiles() throws IOException {
        if (!Files.isRegularFile(PID_FILE)) {
            return;
        }
        try {
            if (ProcessHandle.of(Long.parseLong(Files.readString(PID_FILE).trim())).isEmpty()) {
                Files.deleteIfExists(SOCKET_FILE);
                Files.deleteIfExists(PID_FILE);
            }
        } catch (NumberFormatException e) {
            // not a pid file we understand: leave it to pcscd
        }
    }

    private boolean awaitReady() throws InterruptedException {
        Terminals.usePcscLibraryIfNeeded();
        long deadline = System.currentTimeMillis() + READY_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            try {
                Terminals.pcsc();
                return true;
            } catch (LinkException notYet) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        try {
            if (started != null) {
                started.destroy();
                try {
                    if (!started.waitFor(5, TimeUnit.SECONDS)) {
                        started.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
