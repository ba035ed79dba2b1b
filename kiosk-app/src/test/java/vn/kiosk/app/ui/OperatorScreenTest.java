package vn.kiosk.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.kiosk.app.config.OperatorPin;
import vn.kiosk.app.config.PinAttempts;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.flow.KioskDriver;
import vn.kiosk.app.i18n.Messages;
import vn.kiosk.app.operator.CardTestRead;
import vn.kiosk.app.operator.OperatorDesk;
import vn.kiosk.app.operator.ReaderProbe;
import vn.kiosk.app.operator.StatusCollector;

/** The operator's way in: five taps, the PIN (wrong, then right), the status, a test read, the exit. */
@ExtendWith(ApplicationExtension.class)
class OperatorScreenTest {
    private static final String PIN = "73914";

    @TempDir
    Path dir;
    KioskDriver kiosk;
    Finger finger;
    final AtomicBoolean exited = new AtomicBoolean();

    @Start
    void start(Stage stage) throws Exception {
        kiosk = new KioskDriver(dir);
        Clock clock = Clock.systemUTC();
        OperatorPin pin = OperatorPin.parse(OperatorPin.hash(PIN.toCharArray(), new SecureRandom()));
        StatusCollector status = StatusCollector.builder(clock).readers(ReaderProbe.of(kiosk.world.terminals()))
                .outbox(kiosk.runtime.outbox()::stats).trust(kiosk.world::trust).build();
        KioskView view = new KioskView(kiosk.engine());
        view.enableOperator(new OperatorDesk(new PinAttempts(pin, clock), status,
                new CardTestRead(kiosk.runtime.cards())), () -> exited.set(true));
        KioskWindow.show(stage, view, false);
    }

    @BeforeEach
    void finger(FxRobot robot) {
        finger = new Finger(robot, Messages.of(Messages.VIETNAMESE));
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private void typePin(String pin) {
        String[] keys = new String[pin.length() + 1];
        for (int i = 0; i < pin.length(); i++) {
            keys[i] = "char:" + pin.charAt(i);
        }
        keys[pin.length()] = "done";
        finger.keys(keys);
    }

    @Test
    void fiveTapsThePinThenStatusTestReadAndExit() {
        for (int i = 0; i < 5; i++) {
            finger.tapStyled("header-title");
        }
        finger.see("operator.pin");
        typePin("0000");
        finger.see("operator.pin.wrong");
        typePin(PIN);
        finger.see("operator.devices");
        finger.seeText(DemoWorld.READER_NAME + ": " + finger.words.get("operator.no-card"));

        kiosk.world.insert(kiosk.world.citizen("A", 7));
        finger.tap("operator.test-read");
        typePin(kiosk.world.citizen("A", 7).can());
        finger.see("operator.read.passive");
        finger.seeText("VALID");
        // the test read shows verdicts, never whose card it was
        assertTrue(finger.texts().stream().noneMatch(t -> t.contains(kiosk.world.citizen("A", 7).citizen().fullName())));
        finger.tap("operator.close");
        finger.tap("operator.exit");
        assertTrue(exited.get());
    }
}
