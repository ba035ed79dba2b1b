package vn.kiosk.app.operator;

import java.time.Duration;
import vn.kiosk.app.backend.ApiResult;
import vn.kiosk.app.backend.BackendClient;
import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.backend.RetryPolicy;

/** One cheap call to the backend whose outcome says whether it answers this kiosk. */
@FunctionalInterface
public interface BackendProbe {

    ApiResult<?> call();

    /**
     * Reads this kiosk's configuration from the backend: a GET, so it changes nothing there, yet it
     * goes the whole way a submission goes (TLS with the pinned CA, the kiosk's client certificate,
     * the kiosk id known to the backend). A heartbeat would prove the same but is a write the
     * backend records for fleet monitoring, and the operator screen refreshing should not add to it.
     */
    static BackendProbe of(BackendClient client) {
        return client::configuration;
    }

    /**
     * {@code config} with one attempt and short timeouts, for a client used only to probe: the
     * kiosk's own client retries with back-off, which would keep the operator screen waiting for up
     * to a minute when the backend is down, and the screen wants to know now.
     */
    static BackendConfig quick(BackendConfig config) {
        return new BackendConfig(config.baseUrl(), config.kioskId(), Duration.ofSeconds(3),
                Duration.ofSeconds(5), Duration.ofSeconds(8), RetryPolicy.never(), config.tls());
    }
}
