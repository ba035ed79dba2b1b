package vn.kiosk.reader.transport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.error.ReaderException;

/** Finding readers and waiting for a card, with typed errors instead of the JDK's mixed bag. */
public final class Terminals {

    /** Where Debian and Ubuntu put the PC/SC client library on x86-64. */
    static final Path DEBIAN_PCSCLITE = Path.of("/usr/lib/x86_64-linux-gnu/libpcsclite.so.1");
    static final String LIBRARY_PROPERTY = "sun.security.smartcardio.library";

    private static final Duration WAIT_SLICE = Duration.ofMillis(200);

    private Terminals() {
    }

    /**
     * Points the JDK at libpcsclite when it might not look in the multiarch directory (older
     * JDK 17 builds only tried /usr/lib64). Must run before the first PC/SC use in this JVM:
     * the JDK resolves the library once. Leaves an explicit setting alone.
     */
    public static void usePcscLibraryIfNeeded() {
        if (System.getProperty(LIBRARY_PROPERTY) == null
                && Files.isRegularFile(DEBIAN_PCSCLITE)
                && !Files.exists(Path.of("/usr/lib64/libpcsclite.so.1"))
                && !Files.exists(Path.of("/usr/lib64/libpcsclite.so"))) {
            System.setProperty(LIBRARY_PROPERTY, DEBIAN_PCSCLITE.toString());
        }
    }

    /**
     * A fresh PC/SC factory. Unlike {@link TerminalFactory#getDefault()}, which silently turns into
     * an empty factory forever if pcscd was not running on first use, this says so and retries
     * connecting to the service each time it is called.
     */
    public static TerminalFactory pcsc() throws LinkException {
        usePcscLibraryIfNeeded();
        try {
            return TerminalFactory.getInstance("PC/SC", null);
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            String code = PcscFailures.codeOf(e);
            if (code == null && hasCause(e, UnsupportedOperationException.class)) {
                // The JDK could not load libpcsclite at all (it tries once per JVM).
                throw new LinkException("no PC/SC library: install libpcsclite1 or set -D" + LIBRARY_PROPERTY
                        + "=/path/to/libpcsclite.so.1 (" + rootMessage(e) + ")", e);
            }
            if (code == null || code.equals("SCARD_E_NO_SERVICE") || code.equals("SCARD_E_SERVICE_STOPPED")) {
                throw new LinkException("no PC/SC service: is pcscd running?"
                        + (code == null ? " (" + rootMessage(e) + ")" : ""), e);
            }
            throw new LinkException("PC/SC unavailable (" + code + "): is pcscd running?", e);
        }
    }

    /** All readers, in the order the stack reports them; empty when none is plugged in. */
    public static List<CardTerminal> list(TerminalFactory factory) throws LinkException {
        try {
            return List.copyOf(factory.terminals().list());
        } catch (CardException | RuntimeException e) {
            String code = PcscFailures.codeOf(e);
            if ("SCARD_E_NO_READERS_AVAILABLE".equals(code)) {
                return List.of();
            }
            throw new LinkException("cannot list card readers" + (code == null ? "" : " (" + code + ")")
                    + ": is pcscd running?", e);
        }
    }

    /**
     * The reader called {@code name}: an exact match, else the only one whose name contains it
     * (ignoring case), so operators can type "PCD 00 01" or "ACR122".
     */
    public static CardTerminal find(TerminalFactory factory, String name) throws LinkException {
        List<CardTerminal> all = list(factory);
        for (CardTerminal t : all) {
            if (t.getName().equals(name)) {
                return t;
            }
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        List<CardTerminal> partial = all.stream()
                .filter(t -> t.getName().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
        if (partial.size() == 1) {
            return partial.get(0);
        }
        String names = all.stream().map(t -> "\"" + t.getName() + "\"").collect(Collectors.joining(", "));
        throw new LinkException((partial.isEmpty() ? "no card reader named \"" : "more than one card reader matches \"")
                + name + "\"; readers: " + (names.isEmpty() ? "none" : names));
    }

    /**
     * Waits until a card is present, either in the reader named {@code name} or, when it is
     * null, in any reader; returns that reader, or empty if the time ran out first. A timeout is
     * an ordinary outcome at a kiosk, so it is not an exception.
     */
    public static Optional<CardTerminal> waitForCard(TerminalFactory factory, String name, Duration timeout)
            throws ReaderException {
        long deadline = System.nanoTime() + timeout.toNanos();
        CardTerminal only = name == null ? null : find(factory, name);
        CardTerminals terminals = factory.terminals();
        while (true) {
            Optional<CardTerminal> found = only != null ? presentIn(only) : firstWithCard(terminals);
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (found.isPresent() || left <= 0) {
                return found;
            }
            long slice = Math.max(1, Math.min(left, WAIT_SLICE.toMillis()));
            try {
                if (only != null) {
                    only.waitForCardPresent(slice);
                } else {
                    terminals.waitForChange(slice);
                }
            } catch (IllegalStateException noTerminals) {
                sleep(slice); // no reader plugged in yet
            } catch (CardException | RuntimeException e) {
                throw failure("waiting for a card", e);
            }
        }
    }

    private static Optional<CardTerminal> presentIn(CardTerminal terminal) throws LinkException {
        try {
            return terminal.isCardPresent() ? Optional.of(terminal) : Optional.empty();
        } catch (CardException | RuntimeException e) {
            throw failure("checking " + terminal.getName(), e);
        }
    }

    private static Optional<CardTerminal> firstWithCard(CardTerminals terminals) throws LinkException {
        try {
            return terminals.list(CardTerminals.State.CARD_PRESENT).stream().findFirst();
        } catch (CardException | RuntimeException e) {
            if ("SCARD_E_NO_READERS_AVAILABLE".equals(PcscFailures.codeOf(e))) {
                return Optional.empty();
            }
            throw failure("listing card readers", e);
        }
    }

    private static LinkException failure(String what, Exception e) {
        String code = PcscFailures.codeOf(e);
        return new LinkException(what + " failed" + (code == null ? ": " + rootMessage(e) : " (" + code + ")")
                + "; is pcscd running and the reader plugged in?", e);
    }

    private static void sleep(long millis) throws LinkException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException("interrupted while waiting for a card", e);
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
