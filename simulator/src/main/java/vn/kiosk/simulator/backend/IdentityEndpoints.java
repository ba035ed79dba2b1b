package vn.kiosk.simulator.backend;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Identity checks the kiosk cannot do alone: confirming a QR-only identity against the (simulated)
 * population register, and liveness, where the chip signs this backend's fresh nonce.
 */
final class IdentityEndpoints {
    static final int NONCE_BYTES = 8;
    static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);

    private final EvidenceVerifier verifier;
    private final SecureRandom random;
    private final Clock clock;

    IdentityEndpoints(EvidenceVerifier verifier, SecureRandom random, Clock clock) {
        this.verifier = verifier;
        this.random = random;
        this.clock = clock;
    }

    record Confirmation(String confirmationId, String status, String assurance) {
    }

    record Challenge(String challengeId, String nonce, String expiresAt) {
    }

    record LivenessResult(String challengeId, String passive, String active, String challenge, String identity,
                          Map<String, String> dataGroups, String verdict, List<String> problems) {
        static LivenessResult of(String id, EvidenceVerdict v) {
            return new LivenessResult(id, v.passive(), v.active(), v.challenge(), v.identity(), v.dataGroups(),
                    v.verdict(), v.problems());
        }
    }

    /**
     * The simulated register knows every well-formed ID number except those ending in "00", so
     * tests can predict NOT_FOUND without the backend's tables.
     */
    ApiResponse confirm(ApiRequest request, Connection c) throws SQLException {
        JsonNode identity = RequestFields.identity(RequestFields.body(request), "identity");
        String status = identity.path("idNumber").asText().endsWith("00") ? "NOT_FOUND" : "CONFIRMED";
        String id = UUID.randomUUID().toString();
        Database.insert(c, "INSERT INTO identity_confirmations (confirmation_id, status, created_at) VALUES (?, ?, ?)",
                id, status, clock.instant().toString());
        return ApiResponse.created(new Confirmation(id, status, status.equals("CONFIRMED") ? "QR_CONFIRMED" : "QR_ONLY"));
    }

    ApiResponse challenge(ApiRequest request, Connection c) throws SQLException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Database.insert(c, "INSERT INTO liveness_challenges (challenge_id, nonce, issued_at) VALUES (?, ?, ?)", id,
                HexFormat.of().formatHex(nonce), now.toString());
        return ApiResponse.created(new Challenge(id, HexFormat.of().formatHex(nonce),
                now.plus(CHALLENGE_LIFETIME).toString()));
    }

    /** A challenge is answered once: a second answer (with another key) could be a replay. */
    ApiResponse respond(ApiRequest request, Connection c) throws SQLException {
        String id = request.pathParameter("id");
        JsonNode body = RequestFields.body(request);
        JsonNode identity = RequestFields.identity(body, "identity");
        JsonNode evidence = RequestFields.object(body, "evidence");
        String nonce;
        Instant issued;
        boolean answered;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT nonce, issued_at, answered FROM liveness_challenges WHERE challenge_id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw ProblemException.notFound("CHALLENGE_NOT_FOUND", "Không tìm thấy mã thử thách.",
                            "No such challenge.");
                }
                nonce = r.getString(1);
                issued = Instant.parse(r.getString(2));
                answered = r.getInt(3) != 0;
            }
        }
        if (answered) {
            throw new ProblemException(409, "CHALLENGE_USED", "Mã thử thách đã được sử dụng.",
                    "This challenge was already answered; ask for a new one.");
        }
        if (clock.instant().isAfter(issued.plus(CHALLENGE_LIFETIME))) {
            throw new ProblemException(410, "CHALLENGE_EXPIRED", "Mã thử thách đã hết hạn.",
                    "This challenge has expired; ask for a new one.");
        }
        EvidenceVerdict verdict = verifier.verify(evidence, Optional.of(HexFormat.of().parseHex(nonce)),
                identity.path("idNumber").asText());
        Database.update(c, "UPDATE liveness_challenges SET answered = 1 WHERE challenge_id = ?", id);
        return ApiResponse.ok(LivenessResult.of(id, verdict));
    }
}
