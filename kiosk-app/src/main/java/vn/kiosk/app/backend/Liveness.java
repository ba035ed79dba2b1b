package vn.kiosk.app.backend;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Liveness: the backend's challenge and its own verdicts on the chip's answer. */
public final class Liveness {

    private Liveness() {
    }

    /**
     * @param nonce     8 bytes, hex: what the chip signs with active authentication
     * @param expiresAt RFC 3339 date-time
     */
    public record Challenge(String challengeId, String nonce, String expiresAt) {
    }

    record Answer(Identity identity, ChipEvidence evidence) {
        Answer {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(evidence, "evidence");
        }

        @Override
        public String toString() {
            return "LivenessAnswer[redacted]";
        }
    }

    public enum Verdict { VALID, INVALID, UNTRUSTED, @JsonEnumDefaultValue UNKNOWN }

    /**
     * {@code LivenessResult}. The per-check fields are kept as the contract's strings (e.g. passive
     * VALID/INVALID/UNTRUSTED/NOT_CHECKED); {@code verdict} is what a flow decides on.
     */
    public record Result(String challengeId, String passive, String active, String challenge, String identity,
                         Map<String, String> dataGroups, Verdict verdict, List<String> problems) {
        public Result {
            Objects.requireNonNull(challengeId, "challengeId");
            Objects.requireNonNull(passive, "passive");
            Objects.requireNonNull(active, "active");
            Objects.requireNonNull(challenge, "challenge");
            Objects.requireNonNull(identity, "identity");
            dataGroups = Map.copyOf(dataGroups);
            Objects.requireNonNull(verdict, "verdict");
            problems = List.copyOf(problems);
        }
    }
}
