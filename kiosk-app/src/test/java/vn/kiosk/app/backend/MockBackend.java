package vn.kiosk.app.backend;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Test plumbing: a MockWebServer and a client pointed at it with a fake sleeper and a fixed clock. */
final class MockBackend implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final RetryPolicy RETRY = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8),
            Duration.ofSeconds(30));

    final MockWebServer server = new MockWebServer();
    final FakeSleeper sleeper = new FakeSleeper();

    MockBackend() throws IOException {
        server.start();
    }

    BackendClient client() {
        return client(RETRY, Duration.ofSeconds(5));
    }

    BackendClient client(RetryPolicy retry, Duration readTimeout) {
        URI base = server.url("/").uri();
        BackendConfig config = new BackendConfig(base, "KIOSK-HN-01", Duration.ofSeconds(2), readTimeout,
                readTimeout.multipliedBy(4), retry, Optional.empty());
        return new BackendClient(config, sleeper, CLOCK);
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** The Ok value, or a failure that says what came instead. */
    @SuppressWarnings("unchecked")
    static <T> T ok(ApiResult<T> result) {
        if (!(result instanceof ApiResult.Ok)) {
            throw new AssertionError("expected Ok, got " + result);
        }
        return ((ApiResult.Ok<T>) result).value();
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no request reached the server");
        }
        return r;
    }

    @Override
    public void close() {
        server.close();
    }
}
