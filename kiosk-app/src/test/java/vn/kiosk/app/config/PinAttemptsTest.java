package vn.kiosk.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.kiosk.app.outbox.FakeClock;

class PinAttemptsTest {
    private static final OperatorPin PIN = OperatorPin.parse(ConfigFixture.PIN_HASH);
    private static final char[] RIGHT = ConfigFixture.PIN.toCharArray();
    private static final char[] WRONG = "1111".toCharArray();

    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final PinAttempts attempts = new PinAttempts(PIN, clock);

    @Test
    void theRightPinIsAccepted() {
        assertEquals(Optional.empty(), attempts.lockedFor());
        assertEquals(new PinAttempts.Outcome.Accepted(), attempts.attempt(RIGHT));
    }

    @Test
    void fiveWrongPinsLockTheScreenForFiveMinutesEvenForTheRightPin() {
        for (int left = 4; left >= 1; left--) {
            assertEquals(new PinAttempts.Outcome.Wrong(left), attempts.attempt(WRONG));
        }
        assertEquals(new PinAttempts.Outcome.LockedOut(Duration.ofMinutes(5)), attempts.attempt(WRONG));
        assertEquals(Optional.of(Duration.ofMinutes(5)), attempts.lockedFor());

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertEquals(new PinAttempts.Outcome.LockedOut(Duration.ofSeconds(1)), attempts.attempt(RIGHT),
                "while locked, not even the right PIN is checked");
        assertEquals(Optional.of(Duration.ofSeconds(1)), attempts.lockedFor());
    }

    @Test
    void theLockExpiresAndGivesFiveFreshAttempts() {
        for (int i = 0; i < PinAttempts.MAX_FAILURES; i++) {
            attempts.attempt(WRONG);
        }
        clock.advance(PinAttempts.LOCKOUT);
        assertEquals(Optional.empty(), attempts.lockedFor());
        assertEquals(new PinAttempts.Outcome.Wrong(4), attempts.attempt(WRONG));
        assertEquals(new PinAttempts.Outcome.Accepted(), attempts.attempt(RIGHT));
    }

    @Test
    void theRightPinResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            attempts.attempt(WRONG);
        }
        assertEquals(new PinAttempts.Outcome.Accepted(), attempts.attempt(RIGHT));
        assertEquals(new PinAttempts.Outcome.Wrong(4), attempts.attempt(WRONG), "a new run of five");
    }
}
