package vn.kiosk.simulator.backend;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Fleet management: kiosks report in, and fetch what they should run. */
final class KioskEndpoints {
    static final int HEARTBEAT_SECONDS = 60;
    static final String CONFIGURATION_VERSION = "2026-01";

    private final Clock clock;
    private final String trustStoreVersion;

    KioskEndpoints(Clock clock, String trustStoreVersion) {
        this.clock = clock;
        this.trustStoreVersion = trustStoreVersion;
    }

    record HeartbeatAck(String kioskId, String receivedAt, int nextHeartbeatSeconds, String configurationVersion) {
    }

    /** A flow the kiosk may offer and the least assurance it accepts for it. */
    record FlowSetting(String flow, boolean enabled, String minimumAssurance) {
    }

    record Configuration(String kioskId, String configurationVersion, String defaultLanguage, List<String> languages,
                         int idleTimeoutSeconds, int heartbeatSeconds, List<FlowSetting> flows,
                         String backendTrustStoreVersion) {
    }

    ApiResponse heartbeat(ApiRequest request, Connection c) throws SQLException {
        JsonNode body = RequestFields.body(request);
        String kioskId = request.pathParameter("id");
        // Only the health fields are kept: a heartbeat must never become a side channel for personal data.
        Map<String, Object> kept = Map.of(
                "status", body.path("status").asText(""),
                "queueDepth", body.path("queueDepth").asLong(0),
                "appVersion", body.path("appVersion").asText(""),
                "trustStoreVersion", body.path("trustStoreVersion").asText(""),
                "readerStatus", body.path("readerStatus").asText(""));
        String now = clock.instant().toString();
        Database.insert(c, "INSERT INTO heartbeats (kiosk_id, received_at, payload) VALUES (?, ?, ?)", kioskId, now,
                kept.toString());
        return ApiResponse.ok(new HeartbeatAck(kioskId, now, HEARTBEAT_SECONDS, CONFIGURATION_VERSION));
    }

    ApiResponse configuration(ApiRequest request, Connection c) {
        return ApiResponse.ok(new Configuration(request.pathParameter("id"), CONFIGURATION_VERSION, "vi",
                List.of("vi", "en"), 90, HEARTBEAT_SECONDS, List.of(
                        new FlowSetting("PUBLIC_SERVICE", true, "CHIP_VERIFIED"),
                        new FlowSetting("CLINIC", true, "QR_ONLY"),
                        new FlowSetting("NOTARY", true, "CHIP_CLONE_CHECKED")),
                trustStoreVersion));
    }
}
