package vn.kiosk.app.backend;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends {@link HttpCall}s with OkHttp and decides, for each failure, whether repeating is safe and
 * worth it. The only retries are ours: OkHttp's own silent retry on connection failure is off, because
 * it would also repeat a POST that carries no idempotency key.
 */
final class Transport implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** Statuses that mean "not now" rather than "no". */
    private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 502, 503, 504);
    /** The backend's answers are small JSON documents; a bigger one is a misbehaving peer, not data. */
    private static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

    private final HttpUrl base;
    private final OkHttpClient http;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;

    Transport(BackendConfig config, Sleeper sleeper, Clock clock) {
        HttpUrl parsed = HttpUrl.parse(config.baseUrl().toString());
        if (parsed == null) {
            throw new BackendConfigException("baseUrl is not a valid HTTP URL");
        }
        this.base = parsed;
        this.retry = config.retry();
        this.sleeper = sleeper;
        this.clock = clock;
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                // the API never redirects; following one could send personal data somewhere unintended
                .followRedirects(false)
                .followSslRedirects(false);
        if (config.tls().isPresent()) {
            TlsMaterial.Setup tls = TlsMaterial.load(config.tls().get());
            builder.sslSocketFactory(tls.socketFactory(), tls.trustManager());
        } else if (!parsed.isHttps()) {
            // plain HTTP (the demo's loopback backend) never needs TLS, and saying so spares the start
            // the default trust store's loading (~0.2 s on a cold JVM)
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        this.http = builder.build();
    }

    /** Sends the call, repeating it per the retry policy only when {@link HttpCall#repeatable()}. */
    RawOutcome exchange(HttpCall call) {
        return exchange(call, call.repeatable() ? retry.maxAttempts() : 1);
    }

    /** Exactly one attempt: for callers (the outbox) that own their own back-off. */
    RawOutcome exchangeOnce(HttpCall call) {
        return exchange(call, 1);
    }

    private RawOutcome exchange(HttpCall call, int maxAttempts) {
        for (int attempt = 1;; attempt++) {
            RawOutcome outcome = attempt(call);
            if (attempt >= maxAttempts) {
                return outcome;
            }
            Optional<Duration> wait = waitBeforeRetry(outcome, attempt);
            if (wait.isEmpty()) {
                return outcome;
            }
            try {
                sleeper.sleep(wait.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new RawOutcome.NoAnswer(UnavailableReason.INTERRUPTED);
            }
        }
    }

    /** Empty when the outcome is final (success, a refusal, or a wait longer than we accept). */
    private Optional<Duration> waitBeforeRetry(RawOutcome outcome, int attempt) {
        if (outcome instanceof RawOutcome.NoAnswer) {
            UnavailableReason reason = ((RawOutcome.NoAnswer) outcome).reason();
            boolean transientFailure = reason == UnavailableReason.CONNECT_FAILED
                    || reason == UnavailableReason.TIMEOUT || reason == UnavailableReason.CONNECTION_RESET;
            return transientFailure ? Optional.of(retry.backoffAfter(attempt)) : Optional.empty();
        }
        RawOutcome.Answer answer = (RawOutcome.Answer) outcome;
        if (!RETRYABLE_STATUS.contains(answer.status())) {
            return Optional.empty();
        }
        Optional<Duration> asked = answer.retryAfter().flatMap(this::parseRetryAfter);
        if (asked.isEmpty()) {
            return Optional.of(retry.backoffAfter(attempt));
        }
        return asked.get().compareTo(retry.maxRetryAfter()) <= 0 ? asked : Optional.empty();
    }

    /** Retry-After is either delta-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
    Optional<Duration> parseRetryAfter(String value) {
        String v = value.trim();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private RawOutcome attempt(HttpCall call) {
        Request.Builder request = new Request.Builder()
                .url(url(call.path()))
                .header("Accept", "application/json")
                .method(call.method(), call.body().map(b -> RequestBody.create(b, JSON)).orElse(null));
        call.idempotencyKey().ifPresent(k -> request.header("Idempotency-Key", k));
        try (Response response = http.newCall(request.build()).execute()) {
            return new RawOutcome.Answer(response.code(), readBody(response),
                    Optional.ofNullable(response.header("Retry-After")));
        } catch (IOException e) {
            return new RawOutcome.NoAnswer(classify(e));
        } catch (RuntimeException e) {
            // "never an exception to callers" includes our own bugs and OkHttp's IllegalStateExceptions
            return new RawOutcome.NoAnswer(UnavailableReason.CLIENT_FAILURE);
        }
    }

    private static byte[] readBody(Response response) throws IOException {
        okio.BufferedSource source = response.body().source();
        // request() reads until that many bytes are buffered or the body ends: bounded either way
        if (source.request(MAX_BODY_BYTES + 1)) {
            throw new IOException("response body too large");
        }
        return source.readByteArray();
    }

    private static UnavailableReason classify(IOException e) {
        if (Thread.currentThread().isInterrupted()) {
            return UnavailableReason.INTERRUPTED;
        }
        if (e instanceof InterruptedIOException) {
            // SocketTimeoutException (connect/read) and OkHttp's call timeout
            return UnavailableReason.TIMEOUT;
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException || e instanceof UnknownHostException) {
            return UnavailableReason.CONNECT_FAILED;
        }
        if (e instanceof SSLException) {
            return UnavailableReason.TLS_FAILED;
        }
        return UnavailableReason.CONNECTION_RESET;
    }

    HttpUrl url(String absolutePath) {
        // appended, not resolved, so a reverse-proxy prefix in the base URL is kept
        return base.newBuilder().addPathSegments(absolutePath.substring(1)).build();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
