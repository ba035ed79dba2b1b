package vn.kiosk.app.outbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kiosk.app.outbox.OutboxFixtures.T0;
import static vn.kiosk.app.outbox.OutboxFixtures.citizenJson;
import static vn.kiosk.app.outbox.OutboxFixtures.dossier;
import static vn.kiosk.app.outbox.OutboxFixtures.saved;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxEncryptionTest {
    private static final String NAME = "Nguyễn Thị Hồng Nhung";
    private static final String ADDRESS = "phố Hàng Bạc";
    private static final String ID_NUMBER = "079100000042";

    @TempDir
    Path dir;

    @Test
    void neitherTheDatabaseNorItsWalHoldsThePlaintext() throws Exception {
        Path db = dir.resolve("outbox.db");
        SecretKey key = OutboxKeys.generate();
        Outbox outbox = OutboxFixtures.open(db, key, new FakeClock(T0));
        for (int i = 40; i < 45; i++) {
            saved(outbox.enqueue(dossier(citizenJson(i))));
        }
        Path wal = dir.resolve("outbox.db-wal");
        // while open, the rows sit in the WAL: check it really holds data, then that it holds no plaintext
        assertTrue(Files.size(wal) > 0, "expected the commits to be in the WAL");
        assertNoPlaintextOnDisk();
        // after delivery (bodies deleted) and a checkpoint, still nothing anywhere
        outbox.deliverDue(e -> new DeliveryResult.Delivered("{}"));
        assertNoPlaintextOnDisk();
        outbox.close();
        assertNoPlaintextOnDisk();
    }

    private void assertNoPlaintextOnDisk() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.forEach(files::add);
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            byte[] raw = Files.readAllBytes(f);
            for (String secret : List.of(NAME, ADDRESS, ID_NUMBER, "hoTen")) {
                assertFalse(contains(raw, secret.getBytes(StandardCharsets.UTF_8)),
                        f.getFileName() + " contains " + secret);
                assertFalse(contains(raw, secret.getBytes(StandardCharsets.UTF_16LE)),
                        f.getFileName() + " contains UTF-16 " + secret);
            }
        }
    }

    @Test
    void aWrongKeyCannotReadTheQueueAndDestroysNothing() {
        Path db = dir.resolve("outbox.db");
        SecretKey right = OutboxKeys.generate();
        long id;
        try (Outbox outbox = OutboxFixtures.open(db, right, new FakeClock(T0))) {
            id = saved(outbox.enqueue(dossier(citizenJson(1))));
        }
        try (Outbox wrong = OutboxFixtures.open(db, OutboxKeys.generate(), new FakeClock(T0))) {
            DeliveryReport report = wrong.deliverDue(e -> {
                throw new AssertionError("must never send what it cannot authenticate");
            });
            assertEquals(List.of(id), report.undecryptable());
            assertTrue(wrong.status(id).orElseThrow().hasBody());
        }
        // the right key still works: a misconfigured key lost nothing
        IdempotentReceiver receiver = new IdempotentReceiver();
        try (Outbox outbox = OutboxFixtures.open(db, right, new FakeClock(T0))) {
            assertEquals(1, outbox.deliverDue(receiver).delivered().size());
        }
        assertEquals(List.of(citizenJson(1)), List.copyOf(receiver.submissions().values()));
    }

    @Test
    void cipherReportsAWrongKeyWithATypedError() {
        SecureRandom random = new SecureRandom();
        byte[] aad = BodyCipher.associatedData("k", "dossier", "POST", "/api/v1/dossiers");
        byte[] plain = citizenJson(7).getBytes(StandardCharsets.UTF_8);
        BodyCipher a = new BodyCipher(OutboxKeys.generate(), random);
        byte[] sealed = a.seal(plain, aad);
        assertThrows(UndecryptableBodyException.class,
                () -> new BodyCipher(OutboxKeys.generate(), random).open(sealed, aad));
        byte[] otherAad = BodyCipher.associatedData("k", "dossier", "POST", "/api/v1/notary-requests");
        assertThrows(UndecryptableBodyException.class, () -> a.open(sealed, otherAad));
        // two seals of the same body differ: fresh nonce every time
        assertFalse(java.util.Arrays.equals(sealed, a.seal(plain, aad)));
    }

    @Test
    void aCiphertextMovedToAnotherRowDoesNotDecrypt() throws Exception {
        Path db = dir.resolve("outbox.db");
        SecretKey key = OutboxKeys.generate();
        long first;
        long second;
        try (Outbox outbox = OutboxFixtures.open(db, key, new FakeClock(T0))) {
            first = saved(outbox.enqueue(dossier(citizenJson(1))));
            second = saved(outbox.enqueue(dossier(citizenJson(2))));
        }
        // the attacker (or a bug) copies the second citizen's sealed body over the first row
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = raw.prepareStatement(
                     "UPDATE entry SET sealed_body = (SELECT sealed_body FROM entry WHERE id = ?) WHERE id = ?")) {
            ps.setLong(1, second);
            ps.setLong(2, first);
            assertEquals(1, ps.executeUpdate());
        }
        IdempotentReceiver receiver = new IdempotentReceiver();
        try (Outbox outbox = OutboxFixtures.open(db, key, new FakeClock(T0))) {
            DeliveryReport report = outbox.deliverDue(receiver);
            assertEquals(List.of(first), report.undecryptable());
            assertEquals(List.of(second), List.copyOf(report.delivered().keySet()));
        }
        // the second citizen's data went out once, under its own key, and never under the first's
        assertEquals(1, receiver.requests());
        assertEquals(List.of(citizenJson(2)), List.copyOf(receiver.submissions().values()));
    }

    @Test
    void keyFileIsCreatedOwnerOnlyAndReadBackTheSame() throws IOException {
        Path keyFile = dir.resolve("keys/outbox.key");
        SecretKey created = OutboxKeys.loadOrCreate(keyFile);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(keyFile));
        assertEquals(32, Files.size(keyFile));
        assertArrayEquals(created.getEncoded(), OutboxKeys.loadOrCreate(keyFile).getEncoded());
        try (var s = Files.list(keyFile.getParent())) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        assertThrows(IOException.class, () -> OutboxKeys.loadOrCreate(keyFile));
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

}
