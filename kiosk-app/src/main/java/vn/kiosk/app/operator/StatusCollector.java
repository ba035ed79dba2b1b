package vn.kiosk.app.operator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import vn.kiosk.app.backend.ApiResult;
import vn.kiosk.app.outbox.OutboxStats;
import vn.kiosk.reader.verify.TrustStore;

/**
 * Takes {@link StatusBoard} snapshots from the kiosk's parts. {@link #collect()} never throws: a
 * source that fails or is not wired shows as its failed or "none" state, and the rest still shows.
 *
 * <p>It blocks while probing the backend (see {@link BackendProbe#quick}), so call it off the
 * screen's thread. Thread-safe.
 *
 * <p>The time of the outbox's last delivery is not collected: {@code Outbox} exposes only
 * {@code stats()} (pending, rejected, oldest pending age) and per-id status, and this package may
 * not change it.
 */
public final class StatusCollector {
    private static final String NOT_WIRED = "not monitored on this kiosk";

    private final Clock clock;
    private final Instant startedAt;
    private final String appVersion;
    private final ReaderProbe readers;
    private final BackendProbe backend;
    private final Supplier<OutboxStats> outbox;
    private final Supplier<TrustStore> trust;
    private final Supplier<DeviceStatus> printer;
    private final Supplier<DeviceStatus> scanner;
    private final Supplier<List<JournalEntry>> journal;
    private final AtomicReference<Failure> lastBackendFailure = new AtomicReference<>();

    private record Failure(String code, Instant at) {
    }

    private StatusCollector(Builder b) {
        this.clock = b.clock;
        this.startedAt = b.startedAt == null ? b.clock.instant() : b.startedAt;
        this.appVersion = b.appVersion;
        this.readers = b.readers;
        this.backend = b.backend;
        this.outbox = b.outbox;
        this.trust = b.trust;
        this.printer = b.printer;
        this.scanner = b.scanner;
        this.journal = b.journal;
    }

    /** Sources not given show as not monitored ({@link DeviceStatus.State#NONE} for devices). */
    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    public StatusBoard collect() {
        Instant now = clock.instant();
        return new StatusBoard(now, appVersion, nonNegative(Duration.between(startedAt, now)),
                sample(readers == null ? null : readers::readers),
                backendStatus(),
                sample(outbox == null ? null : outbox::get),
                sample(trust == null ? null : () -> TrustStatus.of(trust.get(), now)),
                device(printer),
                device(scanner),
                errors());
    }

    private interface Source<T> {
        T get() throws Exception;
    }

    private static <T> Sample<T> sample(Source<T> source) {
        if (source == null) {
            return new Sample.Failed<>(NOT_WIRED);
        }
        try {
            T value = source.get();
            return value == null ? new Sample.Failed<>("no answer") : new Sample.Ok<>(value);
        } catch (Exception | LinkageError e) {
            // LinkageError: a missing native PC/SC library surfaces as UnsatisfiedLinkError
            return new Sample.Failed<>(Scrubber.describe(e));
        }
    }

    private static DeviceStatus device(Supplier<DeviceStatus> source) {
        if (source == null) {
            return DeviceStatus.none();
        }
        try {
            DeviceStatus status = source.get();
            return status == null ? DeviceStatus.unknown("?") : status;
        } catch (RuntimeException | LinkageError e) {
            return DeviceStatus.failed("?", Scrubber.describe(e));
        }
    }

    private List<JournalEntry> errors() {
        if (journal == null) {
            return List.of();
        }
        try {
            List<JournalEntry> entries = journal.get();
            return entries == null ? List.of() : entries;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private BackendStatus backendStatus() {
        if (backend == null) {
            return BackendStatus.notConfigured();
        }
        long start = System.nanoTime();
        BackendStatus.State state;
        Optional<String> code;
        try {
            ApiResult<?> result = backend.call();
            if (result instanceof ApiResult.Ok) {
                state = BackendStatus.State.OK;
                code = Optional.empty();
            } else if (result instanceof ApiResult.Rejected) {
                ApiResult.Rejected<?> rejected = (ApiResult.Rejected<?>) result;
                state = BackendStatus.State.REFUSED;
                code = Optional.of("HTTP " + rejected.httpStatus() + " " + rejected.problem().code());
            } else if (result instanceof ApiResult.Unavailable) {
                ApiResult.Unavailable<?> unavailable = (ApiResult.Unavailable<?>) result;
                state = BackendStatus.State.UNREACHABLE;
                code = Optional.of(unavailable.reason().name() + (unavailable.httpStatus().isPresent()
                        ? " (HTTP " + unavailable.httpStatus().getAsInt() + ")" : ""));
            } else {
                state = BackendStatus.State.UNREACHABLE;
                code = Optional.of("CLIENT_FAILURE (no result)");
            }
        } catch (RuntimeException | LinkageError e) {
            state = BackendStatus.State.UNREACHABLE;
            code = Optional.of("CLIENT_FAILURE (" + e.getClass().getSimpleName() + ")");
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (code.isPresent()) {
            lastBackendFailure.set(new Failure(Scrubber.scrub(code.get()), clock.instant()));
        }
        Failure last = lastBackendFailure.get();
        return new BackendStatus(state, millis, Optional.ofNullable(last).map(Failure::code),
                Optional.ofNullable(last).map(Failure::at));
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Collects the sources; each is optional. */
    public static final class Builder {
        private final Clock clock;
        private Instant startedAt;
        private String appVersion = defaultVersion();
        private ReaderProbe readers;
        private BackendProbe backend;
        private Supplier<OutboxStats> outbox;
        private Supplier<TrustStore> trust;
        private Supplier<DeviceStatus> printer;
        private Supplier<DeviceStatus> scanner;
        private Supplier<List<JournalEntry>> journal;

        private Builder(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** When the kiosk started, for the uptime; defaults to when the collector was built. */
        public Builder startedAt(Instant value) {
            this.startedAt = Objects.requireNonNull(value, "startedAt");
            return this;
        }

        /** Defaults to the jar manifest's Implementation-Version, or "unknown". */
        public Builder appVersion(String value) {
            this.appVersion = Objects.requireNonNull(value, "appVersion");
            return this;
        }

        /** E.g. {@code ReaderProbe.of(terminalFactory)}. */
        public Builder readers(ReaderProbe value) {
            this.readers = Objects.requireNonNull(value, "readers");
            return this;
        }

        /** E.g. {@code BackendProbe.of(BackendClient.create(BackendProbe.quick(config)))}. */
        public Builder backend(BackendProbe value) {
            this.backend = Objects.requireNonNull(value, "backend");
            return this;
        }

        /** E.g. {@code outbox::stats}. */
        public Builder outbox(Supplier<OutboxStats> value) {
            this.outbox = Objects.requireNonNull(value, "outbox");
            return this;
        }

        /** A supplier, so that a trust store reloaded while running shows. */
        public Builder trust(Supplier<TrustStore> value) {
            this.trust = Objects.requireNonNull(value, "trust");
            return this;
        }

        public Builder printer(Supplier<DeviceStatus> value) {
            this.printer = Objects.requireNonNull(value, "printer");
            return this;
        }

        public Builder scanner(Supplier<DeviceStatus> value) {
            this.scanner = Objects.requireNonNull(value, "scanner");
            return this;
        }

        /** E.g. {@code journal::entries}. */
        public Builder journal(Supplier<List<JournalEntry>> value) {
            this.journal = Objects.requireNonNull(value, "journal");
            return this;
        }

        public StatusCollector build() {
            return new StatusCollector(this);
        }

        private static String defaultVersion() {
            String v = StatusCollector.class.getPackage().getImplementationVersion();
            return v == null ? "unknown" : v;
        }
    }
}
