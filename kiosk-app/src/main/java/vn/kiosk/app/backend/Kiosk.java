package vn.kiosk.app.backend;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/** The kiosk's own calls: heartbeat and configuration. Health only; never personal data. */
public final class Kiosk {

    private Kiosk() {
    }

    public enum Health { OK, DEGRADED, OUT_OF_SERVICE }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Heartbeat(Health status, String readerStatus, Integer queueDepth, String appVersion,
                            String trustStoreVersion) {
    }

    /** @param receivedAt RFC 3339 date-time */
    public record HeartbeatAck(String kioskId, String receivedAt, int nextHeartbeatSeconds,
                               String configurationVersion) {
    }

    public enum Flow { PUBLIC_SERVICE, CLINIC, NOTARY, @JsonEnumDefaultValue UNKNOWN }

    public record FlowSetting(Flow flow, boolean enabled, String minimumAssurance) {
        public FlowSetting {
            Objects.requireNonNull(flow, "flow");
        }
    }

    public record Configuration(String kioskId, String configurationVersion, String defaultLanguage,
                                List<String> languages, int idleTimeoutSeconds, int heartbeatSeconds,
                                List<FlowSetting> flows, String backendTrustStoreVersion) {
        public Configuration {
            Objects.requireNonNull(kioskId, "kioskId");
            Objects.requireNonNull(configurationVersion, "configurationVersion");
            Objects.requireNonNull(defaultLanguage, "defaultLanguage");
            languages = List.copyOf(languages);
            flows = List.copyOf(flows);
        }
    }
}
