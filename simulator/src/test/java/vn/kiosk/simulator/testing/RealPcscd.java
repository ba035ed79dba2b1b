package vn.kiosk.simulator.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.transport.Terminals;

/**
 * A pcscd with the vpcd readers, for tests that go through the real PC/SC stack. Either one that
 * was already running (left alone at the end) or one started here as a child process (stopped
 * at the end). Obtained through {@link PcscdExtension}.
 */
public final class RealPcscd implements AutoCloseable {

    public static final String READER_0 = "Virtual PCD 00 00";
    public static final String READER_1 = "Virtual PCD 00 01";
    public static final int VPCD_PORT_0 = 35963;
    public static final int VPCD_PORT_1 = 35964;

    private static final List<Path> BINARY_CANDIDATES = List.of(
            Path.of("/usr/sbin/pcscd"), Path.of("/sbin/pcscd"), Path.of("/usr/local/sbin/pcscd"));
    private static final Path PID_FILE = Path.of("/run/pcscd/pcscd.pid");
    private static final Path SOCKET_FILE = Path.of("/run/pcscd/pcscd.comm");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private static final Path LOCK_FILE = Path.of(System.getProperty("java.io.tmpdir"), "vn-kiosk-pcscd-tests.lock");
    private static final Duration LOCK_TIMEOUT = Duration.ofMinutes(10);

    private final MachineWideLock lock;
    private final Process process; // null when we did not start it
    private final Path log;

    private RealPcscd(MachineWideLock lock, Process process, Path log) {
        this.lock = lock;
        this.process = process;
        this.log = log;
    }

    /** The pcscd binary on PATH or in the usual sbin directories (often not on a user's PATH). */
    static Optional<Path> findBinary() {
        String path = System.getenv().getOrDefault("PATH", "");
        Stream<Path> onPath = Stream.of(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "pcscd"));
        return Stream.concat(onPath, BINARY_CANDIDATES.stream())
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Whether some pcscd process is already up (ours from an earlier run, systemd's, a user's). */
    static boolean alreadyRunning() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .anyMatch(p -> p.info().command().map(c -> c.endsWith("/pcscd") || c.equals("pcscd")).orElse(false));
    }

    /**
     * Takes the machine-wide pcscd test lock (waiting while another test run holds it), uses a
     * running pcscd or starts one, then waits until it lists {@value #READER_0}.
     */
    static RealPcscd startOrReuse(Path binary, Path log) throws IOException, InterruptedException {
        // Before the JDK first loads libpcsclite: it resolves the library once per JVM.
        Terminals.usePcscLibraryIfNeeded();
        MachineWideLock lock = MachineWideLock.acquire(LOCK_FILE, LOCK_TIMEOUT);
        RealPcscd pcscd;
        try {
            if (alreadyRunning()) {
                pcscd = new RealPcscd(lock, null, null);
            } else {
                removeStaleRuntimeFiles();
                Files.createDirectories(log.toAbsolutePath().getParent());
                Process process = new ProcessBuilder(binary.toString(), "--foreground")
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                pcscd = new RealPcscd(lock, process, log);
            }
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            pcscd.awaitReader(READER_0, READY_TIMEOUT);
        } catch (IOException | InterruptedException | RuntimeException e) {
            pcscd.close();
            throw e;
        }
        return pcscd;
    }

    /**
     * A pcscd that was SIGKILLed leaves its socket and pid file behind, and a new pcscd then
     * refuses to start ("Another pcscd seems to be running"). Removes them, but only when the
     * recorded process no longer exists.
     */
    private static void removeStaleRuntimeFiles() throws IOException {
        if (!Files.isRegularFile(PID_FILE)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(PID_FILE).trim());
        } catch (NumberFormatException e) {
            return; // not ours to judge
        }
        if (ProcessHandle.of(pid).isEmpty()) {
            Files.deleteIfExists(SOCKET_FILE);
            Files.deleteIfExists(PID_FILE);
        }
    }

    private void awaitReader(String name, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "nothing listed yet";
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IOException("pcscd exited with status " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                List<String> names = Terminals.list(terminalFactory()).stream().map(CardTerminal::getName).toList();
                if (names.contains(name) && defaultFactoryReady(name)) {
                    return;
                }
                last = "readers " + names;
            } catch (LinkException e) {
                last = e.getMessage();
            }
            Thread.sleep(100);
        }
        throw new IOException("pcscd did not offer \"" + name + "\" within " + timeout.toSeconds() + " s (" + last
                + "); is vsmartcard-vpcd installed and /etc/reader.conf.d/vpcd present?"
                + (log == null ? "" : " See " + log.toAbsolutePath()));
    }

    /**
     * Code under test may use TerminalFactory.getDefault(). The JDK fixes that factory on first
     * use; touching it here, with pcscd up, makes it the real one. If something touched it before
     * pcscd was up it is stuck as the empty "None" factory for this JVM, which waiting cannot
     * fix: then only fresh factories ({@link #terminalFactory()}) work.
     */
    private static boolean defaultFactoryReady(String name) {
        TerminalFactory factory = TerminalFactory.getDefault();
        if (!"PC/SC".equals(factory.getType())) {
            return true;
        }
        try {
            return factory.terminals().list().stream().anyMatch(t -> t.getName().equals(name));
        } catch (CardException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A fresh PC/SC factory. Not TerminalFactory.getDefault(): that one is fixed on first use
     * and stays empty for the whole JVM if pcscd was not up at that moment.
     */
    public TerminalFactory terminalFactory() throws LinkException {
        return Terminals.pcsc();
    }

    public CardTerminal terminal(String name) throws LinkException {
        return Terminals.find(terminalFactory(), name);
    }

    /**
     * Waits until the reader is empty. pcscd learns of a vpcd card leaving only at its next
     * presence poll (about every 400 ms), so a card removed by an earlier test may still show.
     */
    public void awaitEmpty(String reader, Duration timeout) throws LinkException, CardException {
        if (!terminal(reader).waitForCardAbsent(Math.max(1, timeout.toMillis()))) {
            throw new IllegalStateException(reader + " still holds a card after " + timeout.toMillis() + " ms");
        }
    }

    /** Whether this run started pcscd (and so will stop it). */
    public boolean startedHere() {
        return process != null;
    }

    /** pcscd's output when started here. */
    public Optional<Path> log() {
        return Optional.ofNullable(log);
    }

    /**
     * Stops pcscd if we started it (SIGTERM first, it needs a second or so; then SIGKILL), and only
     * then lets the next test run have it.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } finally {
            lock.close();
        }
    }
}
