package vn.kiosk.app.flow;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.kiosk.reader.identity.Assurance;

/**
 * The operator's choices for the flows.
 *
 * @param services       the services offered, in the order shown
 * @param minimum        the least assurance each service accepts
 * @param idleTimeout    how long a session may sit untouched before it is wiped
 * @param idleWarning    how long before the wipe the warning shows
 * @param receiptTimeout how long the receipt stays up
 */
public record FlowSettings(List<ServiceKind> services, Map<ServiceKind, Assurance> minimum, Duration idleTimeout,
                           Duration idleWarning, Duration receiptTimeout, Locale language, boolean voice) {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public FlowSettings {
        services = List.copyOf(services);
        if (services.isEmpty()) {
            throw new IllegalArgumentException("at least one service must be offered");
        }
        Map<ServiceKind, Assurance> all = new EnumMap<>(ServiceKind.class);
        for (ServiceKind kind : ServiceKind.values()) {
            all.put(kind, minimum.getOrDefault(kind, kind.defaultMinimum()));
        }
        minimum = Map.copyOf(all);
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(idleWarning, "idleWarning");
        Objects.requireNonNull(receiptTimeout, "receiptTimeout");
        if (idleWarning.compareTo(idleTimeout) >= 0) {
            throw new IllegalArgumentException("the idle warning must come before the idle timeout");
        }
        Objects.requireNonNull(language, "language");
    }

    /** All three services, their default minimums, 90 s idle with a 20 s warning, Vietnamese, voice on. */
    public static FlowSettings defaults() {
        return new FlowSettings(List.of(ServiceKind.values()), Map.of(), Duration.ofSeconds(90), Duration.ofSeconds(20),
                Duration.ofSeconds(30), VIETNAMESE, true);
    }

    public Assurance minimum(ServiceKind kind) {
        return minimum.get(kind);
    }
}
