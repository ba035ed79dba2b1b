package vn.kiosk.packaging.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import vn.kiosk.packaging.launcher.FxWatchdog.Health;

class FxWatchdogTest {
    private static final Optional<Duration> PINGS = Optional.of(Duration.ofMillis(50));

    /** Answers from a script, one per check. */
    private static final class ScriptedProbe implements FxWatchdog.Probe {
        final Deque<Health> answers;

        ScriptedProbe(Health... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public Health check(Duration timeout) {
            return answers.removeFirst();
        }
    }

    private final List<String> sent = new ArrayList<>();

    private FxWatchdog watchdog(FxWatchdog.Probe probe, Optional<Duration> pings) {
        return new FxWatchdog(probe, sent::add, pings);
    }

    @Test
    void readyOnceTheWindowShowsThenPingsWhileTheFxThreadAnswers() throws Exception {
        FxWatchdog dog = watchdog(new ScriptedProbe(Health.NOT_STARTED, Health.STARTING, Health.UP, Health.UP,
                Health.STARTING), PINGS);
        assertEquals(Optional.of(FxWatchdog.STARTUP_POLL), dog.step());
        assertEquals(Optional.of(FxWatchdog.STARTUP_POLL), dog.step());
        assertEquals(List.of(), sent, "nothing before the window shows");
        assertEquals(PINGS, dog.step());
        assertEquals(List.of("READY=1", "STATUS=welcome screen up"), sent);
        dog.step();
        dog.step(); // answering with no window showing (between two screens) is alive all the same
        assertEquals(List.of("READY=1", "STATUS=welcome screen up", "WATCHDOG=1", "WATCHDOG=1"), sent);
        assertTrue(dog.ready());
    }

    @Test
    void noPingsWhileTheFxThreadIsStuck() throws Exception {
        FxWatchdog dog = watchdog(new ScriptedProbe(Health.UP, Health.UP, Health.STUCK, Health.STUCK, Health.STUCK,
                Health.UP), PINGS);
        for (int i = 0; i < 6; i++) {
            dog.step();
        }
        assertEquals(List.of("READY=1", "STATUS=welcome screen up", "WATCHDOG=1",
                "STATUS=JavaFX thread not answering", "STATUS=kiosk answering again", "WATCHDOG=1"), sent);
    }

    @Test
    void aBusyStartIsNeitherReadyNorReportedStuck() throws Exception {
        FxWatchdog dog = watchdog(new ScriptedProbe(Health.STUCK, Health.STUCK, Health.UP), PINGS);
        dog.step();
        dog.step();
        assertFalse(dog.ready());
        assertEquals(List.of(), sent, "the FX thread is busy drawing the first screen: nothing to report");
        dog.step();
        assertEquals(List.of("READY=1", "STATUS=welcome screen up"), sent);
    }

    @Test
    void withoutAWatchdogItOnlyReportsReadinessAndStops() throws Exception {
        FxWatchdog dog = watchdog(new ScriptedProbe(Health.STARTING, Health.UP), Optional.empty());
        assertTrue(dog.step().isPresent());
        assertEquals(Optional.empty(), dog.step(), "nothing more to do");
        assertEquals(List.of("READY=1", "STATUS=welcome screen up"), sent);
    }

    @Test
    void pingIntervalIsAThirdOfSystemdsTimeout() {
        assertEquals(Optional.of(Duration.ofSeconds(10)), FxWatchdog.pingIntervalFor("30000000"));
        assertEquals(Optional.empty(), FxWatchdog.pingIntervalFor(null));
        assertEquals(Optional.empty(), FxWatchdog.pingIntervalFor(""));
        assertEquals(Optional.empty(), FxWatchdog.pingIntervalFor("0"));
        assertEquals(Optional.empty(), FxWatchdog.pingIntervalFor("soon"));
        assertThrows(IllegalArgumentException.class,
                () -> new FxWatchdog(new ScriptedProbe(), sent::add, Optional.of(Duration.ZERO)));
    }

    @Test
    void aFailingNotifierEndsTheThreadQuietly() throws Exception {
        FxWatchdog dog = new FxWatchdog(new ScriptedProbe(Health.UP), message -> {
            throw new IOException("relay gone");
        }, PINGS);
        Thread thread = dog.start();
        thread.join(5000);
        assertFalse(thread.isAlive());
    }

    /** The real probe against a real (headless, Monocle) JavaFX toolkit and a window. */
    @Test
    void realProbeSeesTheWindowAndAStuckFxThread() throws Exception {
        FxProbe probe = new FxProbe();
        boolean alreadyUp = FxProbe.fxThreadExists();
        if (!alreadyUp) {
            assertEquals(Health.NOT_STARTED, probe.check(Duration.ofMillis(100)), "no toolkit yet");
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            assertTrue(started.await(30, TimeUnit.SECONDS));
        }
        Platform.setImplicitExit(false);
        assertEquals(Health.STARTING, probe.check(Duration.ofSeconds(10)), "toolkit up, no window");

        CountDownLatch shown = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 200, 100));
            stage[0].show();
            shown.countDown();
        });
        assertTrue(shown.await(10, TimeUnit.SECONDS));
        assertEquals(Health.UP, probe.check(Duration.ofSeconds(10)));

        CountDownLatch release = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertEquals(Health.STUCK, probe.check(Duration.ofMillis(300)));
        assertEquals(Health.STUCK, probe.check(Duration.ofMillis(300)), "still stuck, and no second probe queued");
        release.countDown();
        assertEquals(Health.UP, probe.check(Duration.ofSeconds(10)), "answers again once the thread is free");
        Platform.runLater(() -> stage[0].hide());
    }
}
