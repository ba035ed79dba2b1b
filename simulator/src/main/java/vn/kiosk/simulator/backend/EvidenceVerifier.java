package vn.kiosk.simulator.backend;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.reader.aa.ActiveAuthentication;
import vn.kiosk.reader.aa.ActiveAuthenticationResult;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.Dg13;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.Dg15;
import vn.kiosk.reader.verify.PassiveAuthentication;
import vn.kiosk.reader.verify.PassiveAuthenticationResult;
import vn.kiosk.reader.verify.PassiveVerdict;
import vn.kiosk.reader.verify.TrustStore;

/**
 * Re-runs passive and active authentication over the evidence a kiosk sends, with the backend's own
 * trust store, so the backend never has to believe the kiosk's verdicts.
 */
final class EvidenceVerifier {
    private final PassiveAuthentication passive;

    EvidenceVerifier(TrustStore trust, Clock clock) {
        this.passive = new PassiveAuthentication(trust, clock);
    }

    /**
     * @param evidence          the evidence JSON ({@code sod}, {@code dataGroups}, {@code activeAuthentication})
     * @param expectedChallenge the nonce this backend issued, when it is checking liveness
     * @param claimedIdNumber   the ID number of the identity sent alongside
     */
    EvidenceVerdict verify(JsonNode evidence, Optional<byte[]> expectedChallenge, String claimedIdNumber) {
        byte[] sod = base64(evidence, "sod");
        Map<Integer, byte[]> groups = dataGroups(evidence);
        List<String> problems = new ArrayList<>();

        PassiveAuthenticationResult pa = passive.verify(sod, groups);
        problems.addAll(pa.problems());
        Map<String, String> groupVerdicts = new LinkedHashMap<>();
        pa.dataGroupsByName().forEach((name, verdict) -> groupVerdicts.put(name, verdict.name()));

        String identity = identityMatch(groups.get(13), claimedIdNumber, problems);
        String active = "NOT_CHECKED";
        String challenge = expectedChallenge.isPresent() ? "MISMATCHED" : "NOT_CHECKED";
        JsonNode aa = evidence.path("activeAuthentication");
        if (aa.isObject()) {
            byte[] signedChallenge = hex(aa, "challenge");
            byte[] signature = hex(aa, "signature");
            active = activeAuthentication(groups, signedChallenge, signature, problems);
            if (expectedChallenge.isPresent()) {
                challenge = Arrays.equals(expectedChallenge.get(), signedChallenge) ? "MATCHED" : "MISMATCHED";
            }
        }
        if (challenge.equals("MISMATCHED")) {
            problems.add("the chip did not sign this backend's challenge");
        }
        if (expectedChallenge.isPresent() && !active.equals("VALID") && !active.equals("INVALID")) {
            problems.add("without active authentication the chip cannot prove it is present");
        }

        boolean invalid = pa.verdict() == PassiveVerdict.INVALID || active.equals("INVALID")
                || challenge.equals("MISMATCHED") || identity.equals("MISMATCHED")
                || (expectedChallenge.isPresent() && !active.equals("VALID"));
        String verdict = invalid ? "INVALID" : pa.verdict() == PassiveVerdict.VALID ? "VALID" : "UNTRUSTED";
        return new EvidenceVerdict(pa.verdict().name(), active, challenge, identity, groupVerdicts, verdict, problems);
    }

    private static String activeAuthentication(Map<Integer, byte[]> groups, byte[] challenge, byte[] signature,
                                               List<String> problems) {
        if (!groups.containsKey(15)) {
            problems.add("no DG15: the chip has no active-authentication key");
            return "NOT_SUPPORTED";
        }
        try {
            Dg15 dg15 = Dg15.parse(groups.get(15));
            Optional<Dg14> dg14 = groups.containsKey(14) ? Optional.of(Dg14.parse(groups.get(14))) : Optional.empty();
            ActiveAuthenticationResult result = ActiveAuthentication.verify(dg15, dg14, challenge, signature);
            result.problem().ifPresent(problems::add);
            return result.verdict().name();
        } catch (MalformedDataException e) {
            problems.add("DG14/DG15 is malformed: " + e.getMessage());
            return "INVALID";
        }
    }

    /** DG13 holds the ID number on a CCCD; the identity sent must be the chip's, not another person's. */
    private static String identityMatch(byte[] dg13, String claimedIdNumber, List<String> problems) {
        if (dg13 == null) {
            return "NOT_CHECKED";
        }
        try {
            if (Dg13.parse(dg13).idNumber().equals(claimedIdNumber)) {
                return "MATCHED";
            }
            problems.add("the identity sent is not the one on the chip");
            return "MISMATCHED";
        } catch (MalformedDataException e) {
            problems.add("DG13 is malformed");
            return "MISMATCHED";
        }
    }

    private static Map<Integer, byte[]> dataGroups(JsonNode evidence) {
        JsonNode node = evidence.path("dataGroups");
        if (!node.isObject() || node.isEmpty()) {
            throw invalidEvidence("dataGroups");
        }
        Map<Integer, byte[]> groups = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().matches("DG([1-9]|1[0-6])")) {
                throw invalidEvidence("dataGroups." + entry.getKey());
            }
            groups.put(Integer.parseInt(entry.getKey().substring(2)), base64(node, entry.getKey()));
        }
        return groups;
    }

    private static byte[] base64(JsonNode node, String field) {
        try {
            return Base64.getDecoder().decode(RequestFields.text(node, field));
        } catch (IllegalArgumentException | ProblemException e) {
            throw invalidEvidence(field);
        }
    }

    private static byte[] hex(JsonNode node, String field) {
        try {
            return HexFormat.of().parseHex(RequestFields.text(node, field));
        } catch (IllegalArgumentException | ProblemException e) {
            throw invalidEvidence("activeAuthentication." + field);
        }
    }

    private static ProblemException invalidEvidence(String field) {
        return ProblemException.badRequest("Bằng chứng từ thẻ không hợp lệ (" + field + ").",
                "Malformed evidence field '" + field + "'.");
    }
}
