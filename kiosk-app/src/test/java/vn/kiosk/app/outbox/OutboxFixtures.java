package vn.kiosk.app.outbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.SecretKey;

/** Shared test data: synthetic citizens with the diacritics a real dossier would have. */
final class OutboxFixtures {
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    /** Deterministic back-off: 1 s doubling to 5 min, jitter pinned to the top of the range. */
    static final Backoff FIXED_BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), () -> 1.0);

    private OutboxFixtures() {
    }

    static Submission dossier(String json) {
        return new Submission("dossier", "POST", "/api/v1/dossiers", json.getBytes(StandardCharsets.UTF_8));
    }

    static String citizenJson(int n) {
        return "{\"hoTen\":\"Nguyễn Thị Hồng Nhung\",\"soDinhDanh\":\"0791" + String.format("%08d", n)
                + "\",\"diaChi\":\"Số 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội\",\"n\":" + n + "}";
    }

    static Outbox open(Path db, SecretKey key, FakeClock clock) {
        return Outbox.open(OutboxConfig.of(db, key).withClock(clock).withBackoff(FIXED_BACKOFF));
    }

    static long saved(EnqueueResult r) {
        if (r instanceof EnqueueResult.Saved) {
            return ((EnqueueResult.Saved) r).id();
        }
        throw new AssertionError("not saved: " + r);
    }
}
