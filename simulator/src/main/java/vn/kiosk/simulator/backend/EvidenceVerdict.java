package vn.kiosk.simulator.backend;

import java.util.List;
import java.util.Map;

/**
 * What the backend concluded from re-verifying a kiosk's evidence itself.
 *
 * @param passive    VALID, INVALID, UNTRUSTED (no path to a configured CSCA) or NOT_CHECKED
 * @param active     VALID, INVALID, NOT_SUPPORTED or NOT_CHECKED (no signature sent)
 * @param challenge  MATCHED, MISMATCHED (the chip signed something else than the backend's nonce) or NOT_CHECKED
 * @param identity   MATCHED, MISMATCHED (the identity sent is not the one DG13 holds) or NOT_CHECKED
 * @param verdict    VALID, INVALID (provably wrong: forged, cloned, replayed or mismatched) or UNTRUSTED
 * @param problems   why, without personal data
 */
public record EvidenceVerdict(String passive, String active, String challenge, String identity,
                              Map<String, String> dataGroups, String verdict, List<String> problems) {
    public EvidenceVerdict {
        dataGroups = Map.copyOf(dataGroups);
        problems = List.copyOf(problems);
    }

    boolean isInvalid() {
        return verdict.equals("INVALID");
    }
}
