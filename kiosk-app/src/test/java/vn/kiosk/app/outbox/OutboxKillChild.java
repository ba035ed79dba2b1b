package vn.kiosk.app.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Run in a child JVM by {@link OutboxKillTest}, which kills it at a random moment. Enqueues
 * submissions forever, printing "ACK id key n END" after each commit (the moment the kiosk would
 * acknowledge to the citizen), and every few enqueues delivers to a fake backend that is a file
 * of idempotency keys and bodies, fsync'ed before it answers (so the backend "took it" before the outbox
 * records it, just as with a real server).
 *
 * <p>Arguments: database, key file, backend log, first n.
 */
public final class OutboxKillChild {
    private OutboxKillChild() {
    }

    public static void main(String[] args) throws IOException {
        Path db = Path.of(args[0]);
        Path keyFile = Path.of(args[1]);
        Path backendLog = Path.of(args[2]);
        int n = Integer.parseInt(args[3]);
        // no back-off to speak of: the point is to be killed in the middle of deliveries too
        OutboxConfig config = OutboxConfig.of(db, OutboxKeys.loadOrCreate(keyFile)).withClock(Clock.systemUTC())
                .withBackoff(new Backoff(Duration.ofMillis(1), Duration.ofMillis(2), Math::random));
        try (Outbox outbox = Outbox.open(config);
             FileChannel backend = FileChannel.open(backendLog, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.APPEND)) {
            Delivery toBackend = e -> {
                try {
                    String line = e.idempotencyKey() + " " + Base64.getEncoder().encodeToString(e.submission().body()) + "\n";
                    backend.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
                    backend.force(false);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                return new DeliveryResult.Delivered("{}");
            };
            for (int i = 0; i < 1_000_000; i++, n++) {
                EnqueueResult r = outbox.enqueue(OutboxFixtures.dossier(OutboxFixtures.citizenJson(n)));
                if (r instanceof EnqueueResult.Saved) {
                    EnqueueResult.Saved s = (EnqueueResult.Saved) r;
                    System.out.println("ACK " + s.id() + " " + s.idempotencyKey() + " " + n + " END");
                    System.out.flush();
                }
                if (i % 3 == 2) {
                    outbox.deliverDue(toBackend);
                }
            }
        }
    }
}
