package vn.kiosk.app.backend;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.kiosk.reader.read.Evidence;

/**
 * {@code components/schemas/Evidence}: raw EF.SOD and data groups (base64 on the wire, as Jackson writes
 * {@code byte[]}) and the active-authentication transcript, so the backend re-verifies the chip itself.
 *
 * @param dataGroups "DG1", "DG2", ... to the raw file
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChipEvidence(byte[] sod, Map<String, byte[]> dataGroups, ActiveAuthentication activeAuthentication) {

    public ChipEvidence {
        Objects.requireNonNull(sod, "sod");
        Objects.requireNonNull(dataGroups, "dataGroups");
        dataGroups = Map.copyOf(dataGroups);
    }

    /** @param challenge hex; @param signature hex (the contract's encoding for these two) */
    public record ActiveAuthentication(String challenge, String signature) {
        public ActiveAuthentication {
            Objects.requireNonNull(challenge, "challenge");
            Objects.requireNonNull(signature, "signature");
        }
    }

    /** The reader-driver's evidence in the contract's shape. */
    public static ChipEvidence from(Evidence evidence) {
        Map<String, byte[]> groups = new TreeMap<>();
        evidence.dataGroups().forEach((number, bytes) -> groups.put("DG" + number, bytes.clone()));
        ActiveAuthentication aa = evidence.activeAuthentication()
                .map(t -> new ActiveAuthentication(hex(t.challenge()), hex(t.signature())))
                .orElse(null);
        return new ChipEvidence(evidence.sod(), groups, aa);
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "ChipEvidence[" + new TreeMap<>(dataGroups).keySet() + ", sod " + sod.length + " bytes]";
    }
}
