package vn.kiosk.app.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real kill -9 of a JVM that is enqueueing and delivering, several times at random moments.
 * Afterwards: the database passes SQLite's integrity check, every acknowledged submission is there
 * with its body intact, and after draining, the (idempotent) backend has every one exactly once.
 */
class OutboxKillTest {
    private static final int RUNS = 5;

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void killedMidWriteLosesNothingAcknowledgedAndCorruptsNothing() throws Exception {
        Path db = dir.resolve("outbox.db");
        Path keyFile = dir.resolve("outbox.key");
        Path backendLog = dir.resolve("backend.log");
        Random random = new Random();
        Map<UUID, Integer> acknowledged = new ConcurrentHashMap<>();
        int next = 0;
        for (int run = 0; run < RUNS; run++) {
            next = killOneChild(db, keyFile, backendLog, next, 150 + random.nextInt(700), acknowledged);
        }
        assertTrue(acknowledged.size() > RUNS, "the children should have got some work done: " + acknowledged.size());

        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = raw.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }

        // drain what is left into a backend that already holds what the children delivered
        Map<UUID, String> backendBefore = readBackendLog(backendLog);
        Map<UUID, String> drained = new HashMap<>();
        SecretKey key = OutboxKeys.loadOrCreate(keyFile);
        Set<UUID> inDatabase = new HashSet<>();
        try (Outbox outbox = Outbox.open(OutboxConfig.of(db, key).withBackoff(OutboxFixtures.FIXED_BACKOFF))) {
            Thread.sleep(10); // the children's last claims were due within 2 ms of their death
            DeliveryReport report = outbox.deliverDue(e -> {
                drained.put(e.idempotencyKey(), new String(e.submission().body(), StandardCharsets.UTF_8));
                return new DeliveryResult.Delivered("{}");
            });
            assertTrue(report.undecryptable().isEmpty(), "no row may be corrupt");
            assertEquals(0, outbox.stats().pending());
            try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement st = raw.createStatement();
                 ResultSet rs = st.executeQuery("SELECT idempotency_key, state FROM entry")) {
                while (rs.next()) {
                    inDatabase.add(UUID.fromString(rs.getString(1)));
                    assertEquals("DELIVERED", rs.getString(2));
                }
            }
        }
        for (Map.Entry<UUID, Integer> ack : acknowledged.entrySet()) {
            assertTrue(inDatabase.contains(ack.getKey()), "acknowledged submission lost: " + ack);
            String body = drained.containsKey(ack.getKey()) ? drained.get(ack.getKey())
                    : backendBefore.get(ack.getKey());
            assertEquals(OutboxFixtures.citizenJson(ack.getValue()), body, "body lost or corrupted");
        }
        // exactly once at the backend: every stored submission reached it, under its own key
        System.out.printf("kill test: %d acknowledged, %d stored, %d delivered by the killed children, %d drained%n",
                acknowledged.size(), inDatabase.size(), backendBefore.size(), drained.size());
        Set<UUID> atBackend = new HashSet<>(backendBefore.keySet());
        atBackend.addAll(drained.keySet());
        assertEquals(inDatabase, atBackend);
    }

    /** Starts a child, lets it run for a while after its first acknowledgement, kills it. */
    private static int killOneChild(Path db, Path keyFile, Path backendLog, int firstN, int runMillis,
                                    Map<UUID, Integer> acknowledged) throws Exception {
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                OutboxKillChild.class.getName(),
                db.toString(), keyFile.toString(), backendLog.toString(), Integer.toString(firstN))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        CountDownLatch firstAck = new CountDownLatch(1);
        int[] highest = {firstN};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                String line;
                while ((line = in.readLine()) != null) {
                    String[] f = line.split(" ");
                    // a line cut short by the kill is not an acknowledgement
                    if (f.length == 5 && f[0].equals("ACK") && f[4].equals("END")) {
                        int n = Integer.parseInt(f[3]);
                        acknowledged.put(UUID.fromString(f[2]), n);
                        highest[0] = Math.max(highest[0], n + 1);
                        firstAck.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the pipe breaks when the child is killed
            }
        });
        reader.start();
        try {
            assertTrue(firstAck.await(15, TimeUnit.SECONDS), "child never acknowledged anything");
            Thread.sleep(runMillis);
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            child.waitFor(10, TimeUnit.SECONDS);
            reader.join(5_000);
        }
        return highest[0] + 1_000; // fresh numbers for the next child
    }

    /** What the children's backend took: body by key, the first one for a repeated key. */
    private static Map<UUID, String> readBackendLog(Path log) throws IOException {
        Map<UUID, String> taken = new HashMap<>();
        if (Files.exists(log)) {
            for (String l : Files.readAllLines(log, StandardCharsets.US_ASCII)) {
                String[] f = l.split(" ");
                if (f.length != 2 || f[0].length() != 36) {
                    continue; // the last line may be cut short by the kill
                }
                try {
                    taken.putIfAbsent(UUID.fromString(f[0]),
                            new String(Base64.getDecoder().decode(f[1]), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException cutShort) {
                    // a torn last line: the child died while the backend was writing it
                }
            }
        }
        return taken;
    }
}
