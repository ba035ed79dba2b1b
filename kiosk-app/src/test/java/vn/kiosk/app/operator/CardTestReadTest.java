package vn.kiosk.app.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.app.demo.DemoCard;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.flow.CardService;
import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.transport.Terminals;
import vn.kiosk.reader.verify.PassiveVerdict;
import vn.kiosk.simulator.personalise.Fault;

class CardTestReadTest {

    @TempDir
    Path dir;

    private static CardService reader(DemoWorld world) {
        IdCardReader reader = new IdCardReader(new SecureRandom());
        return (terminal, key, listener) -> reader.read(Terminals.find(world.terminals(), terminal), key,
                ReadOptions.of(world.trust()), listener);
    }

    @Test
    void aGenuineCardGivesItsVerdictsAndNothingAboutItsHolder() throws Exception {
        try (DemoWorld world = DemoWorld.start(dir)) {
            DemoCard card = world.citizen("A", 7);
            world.insert(card);

            TestReadResult result = new CardTestRead(reader(world)).run(DemoWorld.READER_NAME, AccessKey.can(card.can()));

            TestReadResult.Read read = assertInstanceOf(TestReadResult.Read.class, result, result::toString);
            assertEquals(PassiveVerdict.VALID, read.passive());
            assertEquals(Assurance.CHIP_CLONE_CHECKED, read.assurance());
            assertTrue(read.apdus() > 0);
            String text = result.toString();
            assertFalse(text.contains(card.citizen().idNumber()), text);
            assertFalse(text.contains(card.citizen().fullName()), text);
            assertFalse(text.contains(card.can()), text);
        }
    }

    @Test
    void aForgedCardShowsWhyItFailedVerification() throws Exception {
        try (DemoWorld world = DemoWorld.start(dir)) {
            DemoCard card = world.card("FORGED", 9, List.of(new Fault.ForgedDataGroup(13)));
            world.insert(card);

            TestReadResult result = new CardTestRead(reader(world)).run(DemoWorld.READER_NAME, AccessKey.can(card.can()));

            TestReadResult.Read read = assertInstanceOf(TestReadResult.Read.class, result, result::toString);
            assertEquals(PassiveVerdict.INVALID, read.passive());
            assertEquals(Assurance.CHIP_UNVERIFIED, read.assurance());
            assertFalse(read.problems().isEmpty());
            assertFalse(result.toString().contains(card.citizen().idNumber()));
        }
    }

    @Test
    void aWrongAccessNumberIsAFailedRead() throws Exception {
        try (DemoWorld world = DemoWorld.start(dir)) {
            DemoCard card = world.citizen("A", 7);
            world.insert(card);
            String wrong = card.can().equals("000000") ? "111111" : "000000";

            TestReadResult result = new CardTestRead(reader(world)).run(DemoWorld.READER_NAME, AccessKey.can(wrong));

            TestReadResult.Failed failed = assertInstanceOf(TestReadResult.Failed.class, result, result::toString);
            assertEquals("WrongPasswordException", failed.kind());
        }
    }

    @Test
    void readerErrorsAreScrubbed() {
        CardService broken = (terminal, key, listener) -> {
            throw new LinkException("reading 001089012345 failed");
        };
        TestReadResult result = new CardTestRead(broken).run("R1", AccessKey.can("123456"));
        assertEquals(new TestReadResult.Failed("LinkException", "reading ######### failed"), result);
    }
}
