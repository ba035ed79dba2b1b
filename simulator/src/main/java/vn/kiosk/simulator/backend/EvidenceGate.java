package vn.kiosk.simulator.backend;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decides whether a submitted identity may be accepted: with evidence it must not be provably
 * wrong (forged data, a clone, someone else's identity); without evidence it is a QR-only identity.
 * UNTRUSTED is accepted and recorded, because the demo runs without trust anchors.
 */
final class EvidenceGate {
    private final EvidenceVerifier verifier;

    EvidenceGate(EvidenceVerifier verifier) {
        this.verifier = verifier;
    }

    /** The assurance to record: CHIP_VERIFIED, CHIP_UNTRUSTED or QR_ONLY; 422 when the evidence is invalid. */
    String admit(JsonNode holder, JsonNode identity) {
        JsonNode evidence = holder.path("evidence");
        if (evidence.isMissingNode() || evidence.isNull()) {
            return "QR_ONLY";
        }
        if (!evidence.isObject()) {
            throw ProblemException.badRequest("Sai định dạng bằng chứng.", "'evidence' must be an object.");
        }
        EvidenceVerdict verdict = verifier.verify(evidence, Optional.empty(), identity.path("idNumber").asText());
        if (verdict.isInvalid()) {
            throw new ProblemException(422, "EVIDENCE_INVALID",
                    "Dữ liệu thẻ không vượt qua kiểm tra xác thực; không thể tiếp nhận.",
                    "The card data failed verification and cannot be accepted.");
        }
        return verdict.verdict().equals("VALID") ? "CHIP_VERIFIED" : "CHIP_UNTRUSTED";
    }
}
