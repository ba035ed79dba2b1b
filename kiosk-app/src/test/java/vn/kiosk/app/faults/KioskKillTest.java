package vn.kiosk.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.kiosk.simulator.pki.TestPki;

/**
 * kill -9 of the whole kiosk at random moments while citizens file dossiers (some of them queued,
 * the backend cutting connections), then a start that delivers what waits. Nothing a citizen got
 * a receipt for is lost, nothing reaches the backend twice, and the outbox is not corrupt.
 */
class KioskKillTest {
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void killedAtRandomMomentsTheKioskLosesAndRepeatsNoSubmission() throws Exception {
        TestPki.generate().write(dir.resolve("pki"));
        Path db = dir.resolve("outbox/outbox.db");
        List<String> receipts = new CopyOnWriteArrayList<>();
        Random random = new Random();
        for (int i = 0; i < KILLS; i++) {
            Process kiosk = child(false);
            CountDownLatch firstReceipt = new CountDownLatch(1);
            Thread reader = lines(kiosk, line -> {
                if (line.startsWith("RECEIPT ") && line.endsWith(" END")) { // a line cut by the kill is no receipt
                    receipts.add(line);
                    firstReceipt.countDown();
                }
            });
            try {
                assertTrue(firstReceipt.await(60, TimeUnit.SECONDS), "the kiosk printed no receipt");
                Thread.sleep(200 + random.nextInt(2500)); // mid-read, mid-submit, mid-delivery: anywhere
            } finally {
                kiosk.destroyForcibly(); // SIGKILL: no shutdown hook, no finally, no close
                kiosk.waitFor(10, TimeUnit.SECONDS);
                reader.join(5_000);
            }
        }

        Process drain = child(true);
        List<String> drained = new ArrayList<>();
        lines(drain, line -> {
            if (line.startsWith("DRAINED ")) {
                drained.add(line);
            }
        }).join(150_000);
        assertTrue(drain.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, drained.size(), "the draining kiosk did not report");
        String[] report = drained.get(0).split(" ");
        long pending = Long.parseLong(report[1]);
        long dossiers = Long.parseLong(report[2]);

        long rows;
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = raw.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*), sum(state = 'DELIVERED') FROM entry")) {
                rs.next();
                rows = rs.getLong(1);
                assertEquals(rows, rs.getLong(2), "every saved submission delivered");
            }
        }
        long queued = receipts.stream().filter(r -> r.startsWith("RECEIPT true ")).count();
        System.out.printf("kiosk kill test: %d kills, %d receipts (%d queued), %d submissions saved, %d dossiers%n",
                KILLS, receipts.size(), queued, rows, dossiers);
        assertEquals(0, pending);
        // every saved submission reached the backend once: one dossier each, none twice
        assertEquals(rows, dossiers);
        // every receipt stands for a saved submission; a kill between saving and the receipt is the
        // only way to have more submissions than receipts, and never more than one per kill
        assertTrue(receipts.size() <= rows && rows <= receipts.size() + KILLS,
                receipts.size() + " receipts, " + rows + " saved");
    }

    private Process child(boolean drain) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), KioskKillChild.class.getName(),
                dir.resolve("pki").toString(), dir.resolve("backend").toString(), dir.resolve("outbox/outbox.db").toString(),
                dir.resolve("outbox/outbox.key").toString()));
        if (drain) {
            command.add("drain");
        }
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Thread lines(Process process, java.util.function.Consumer<String> sink) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    sink.accept(line);
                }
            } catch (IOException brokenByTheKill) {
                // the pipe breaks when the process is killed
            }
        });
        reader.start();
        return reader;
    }
}
