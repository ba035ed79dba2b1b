package vn.kiosk.reader.qr.scan;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import vn.kiosk.reader.qr.ScannedText;

/**
 * A keyboard-wedge (HID) scanner types the QR's text and presses Enter. The UI layer forwards every
 * key it receives to {@link #typed}; this class keeps only bursts fast enough to be a scanner
 * (scanners type a key every few milliseconds, a person every 100 ms or more) and repairs what the
 * keyboard layout did to the text (UTF-8 bytes typed as Latin-1/Windows-1252 characters, decomposed
 * diacritics) with the parser's own repair logic. Timestamps are the UI's (e.g. AWT's
 * {@code KeyEvent.getWhen()}): only their differences matter. Not thread-safe by design beyond
 * synchronisation: keys arrive on one UI thread, in order.
 */
public final class KeyboardWedgeDecoder implements QrSource {
    /** Slower than any scanner we know of at its default inter-key delay, faster than any person. */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofMillis(40);
    /** A person can roll two or three keys faster than the gap; no ID QR is that short. */
    public static final int DEFAULT_MIN_LENGTH = 8;

    private final long maxGapMillis;
    private final int minLength;
    private final StringBuilder burst = new StringBuilder();
    private Listener listener;
    private boolean closed;
    private long lastKeyMillis;
    private int keysSinceEnter;
    private boolean overflowed;

    public KeyboardWedgeDecoder() {
        this(DEFAULT_MAX_GAP, DEFAULT_MIN_LENGTH);
    }

    public KeyboardWedgeDecoder(Duration maxGap, int minLength) {
        if (maxGap.isNegative() || maxGap.isZero() || minLength < 1) {
            throw new IllegalArgumentException("the gap must be positive and the minimum length at least 1");
        }
        this.maxGapMillis = maxGap.toMillis();
        this.minLength = minLength;
    }

    @Override
    public synchronized void start(Listener listener) {
        if (this.listener != null) {
            throw new IllegalStateException("a source starts once");
        }
        this.listener = Objects.requireNonNull(listener);
    }

    /** A character the UI received at {@code whenMillis}; '\r' and '\n' are Enter. */
    public synchronized void typed(char c, long whenMillis) {
        if (c == '\r' || c == '\n') {
            enter(whenMillis);
            return;
        }
        if (listener == null || closed) {
            return;
        }
        if (burst.length() > 0 && whenMillis - lastKeyMillis > maxGapMillis) {
            // a pause inside the text: what came before was typed by a person, not scanned
            burst.setLength(0);
        }
        lastKeyMillis = whenMillis;
        keysSinceEnter++;
        if (burst.length() >= ScannedText.MAX_CHARS) {
            overflowed = true;
            return;
        }
        burst.append(c);
    }

    /** The Enter key (some UIs deliver it as a key code, not a character). */
    public synchronized void enter(long whenMillis) {
        if (listener == null || closed) {
            return;
        }
        Optional<ScanEvent> event = complete(whenMillis);
        burst.setLength(0);
        keysSinceEnter = 0;
        overflowed = false;
        event.ifPresent(listener::onEvent);
    }

    private Optional<ScanEvent> complete(long whenMillis) {
        boolean fast = burst.length() >= minLength && whenMillis - lastKeyMillis <= maxGapMillis;
        if (fast && overflowed) {
            return Optional.of(new ScanEvent.Failed(ScanFailure.LINE_TOO_LONG,
                    "more than " + ScannedText.MAX_CHARS + " characters before Enter: dropped"));
        }
        if (fast) {
            return ScannedText.ofTyped(burst.toString())
                    .<ScanEvent>map(t -> new ScanEvent.Scanned(t.text(), t.notes()))
                    .or(() -> Optional.of(new ScanEvent.Failed(ScanFailure.LINE_TOO_LONG, "longer than a QR can hold")));
        }
        if (keysSinceEnter >= minLength) {
            return Optional.of(new ScanEvent.Failed(ScanFailure.TYPED_TOO_SLOWLY,
                    keysSinceEnter + " keys typed slower than " + maxGapMillis + " ms apart: ignored as human typing"));
        }
        // a stray Enter or a few keys: a person at the keyboard, nothing worth reporting
        return Optional.empty();
    }

    @Override
    public synchronized void close() {
        closed = true;
        burst.setLength(0);
    }
}
