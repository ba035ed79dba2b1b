package vn.kiosk.simulator.backend;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The notary office's front desk: request types and requests where every party has identified. */
final class NotaryEndpoints {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int DESKS = 4;
    private static final int MINUTES_PER_REQUEST = 20;

    private final EvidenceGate gate;
    private final Clock clock;

    NotaryEndpoints(EvidenceGate gate, Clock clock) {
        this.gate = gate;
        this.clock = clock;
    }

    record PartyAssurance(String role, String assurance) {
    }

    record NotaryRequest(String requestNumber, String requestTypeCode, String desk, String appointmentTime,
                         List<PartyAssurance> parties) {
    }

    ApiResponse requestTypes(ApiRequest request, Connection c) {
        return ApiResponse.ok(Map.of("requestTypes", NotaryRequestTypes.ALL));
    }

    ApiResponse request(ApiRequest request, Connection c) throws SQLException {
        JsonNode body = RequestFields.body(request);
        NotaryRequestType type = NotaryRequestTypes.byCode(RequestFields.text(body, "requestTypeCode")).orElseThrow(
                () -> new ProblemException(422, "UNKNOWN_REQUEST_TYPE", "Loại yêu cầu công chứng không tồn tại.",
                        "No such notary request type."));
        JsonNode parties = body.path("parties");
        if (!parties.isArray() || parties.size() < type.minParties() || parties.size() > type.maxParties()) {
            throw new ProblemException(422, "WRONG_PARTY_COUNT",
                    "Cần từ " + type.minParties() + " đến " + type.maxParties() + " bên tham gia.",
                    "This request needs " + type.minParties() + " to " + type.maxParties() + " parties.");
        }
        List<PartyAssurance> assurances = new ArrayList<>();
        for (JsonNode party : parties) {
            JsonNode identity = RequestFields.identity(party, "identity");
            assurances.add(new PartyAssurance(party.path("role").asText("PARTY"), gate.admit(party, identity)));
        }
        long before = Database.count(c, "SELECT COUNT(*) FROM notary_requests");
        String desk = "Bàn " + (before % DESKS + 1);
        LocalDateTime time = LocalDateTime.now(clock.withZone(VIETNAM)).truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes((before / DESKS + 1) * MINUTES_PER_REQUEST);
        // The number is the row's id, known only after the insert; the placeholder only satisfies UNIQUE.
        long id = Database.insert(c, "INSERT INTO notary_requests (request_number, request_type, desk, "
                + "appointment_time, payload) VALUES (?, ?, ?, ?, ?)", "pending-" + System.nanoTime(), type.code(),
                desk, time.toString(), body.toString());
        String number = String.format("CC-%06d", id);
        Database.update(c, "UPDATE notary_requests SET request_number = ? WHERE id = ?", number, id);
        return ApiResponse.created(new NotaryRequest(number, type.code(), desk, time.toString(), assurances));
    }
}
