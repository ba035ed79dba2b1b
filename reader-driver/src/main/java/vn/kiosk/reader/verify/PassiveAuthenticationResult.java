package vn.kiosk.reader.verify;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What passive authentication found. {@code problems} explain a verdict other than VALID;
 * {@code notes} are things an operator may want to know that did not change the verdict (no CRL
 * for an issuer, a signer certificate that has since expired). Neither ever holds personal data:
 * only data-group numbers, authority names from certificates, times and algorithm names.
 *
 * @param dataGroups data-group number to its verdict, for every data group read or listed in the SOD
 * @param documentSigner the document signer certificate's subject, when one was found
 * @param csca the subject of the trusted CSCA the signer chains to, when it does
 */
public record PassiveAuthenticationResult(PassiveVerdict verdict, SortedMap<Integer, DataGroupVerdict> dataGroups,
                                          List<String> problems, List<String> notes, Optional<Instant> signingTime,
                                          Optional<String> documentSigner, Optional<String> csca,
                                          String trustStoreVersion) {

    public PassiveAuthenticationResult {
        Objects.requireNonNull(verdict, "verdict");
        dataGroups = Collections.unmodifiableSortedMap(new TreeMap<>(dataGroups));
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(documentSigner, "documentSigner");
        Objects.requireNonNull(csca, "csca");
        Objects.requireNonNull(trustStoreVersion, "trustStoreVersion");
    }

    /** For a read that had no SOD to check, with the reason as the single problem. */
    public static PassiveAuthenticationResult notChecked(String reason, String trustStoreVersion) {
        return new PassiveAuthenticationResult(PassiveVerdict.NOT_CHECKED, new TreeMap<>(), List.of(reason), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), trustStoreVersion);
    }

    public boolean isValid() {
        return verdict == PassiveVerdict.VALID;
    }

    /** The per-group verdicts keyed "DG1", "DG2", ... in number order, as the JSON output names them. */
    public Map<String, DataGroupVerdict> dataGroupsByName() {
        Map<String, DataGroupVerdict> named = new LinkedHashMap<>();
        dataGroups.forEach((number, verdict) -> named.put("DG" + number, verdict));
        return Collections.unmodifiableMap(named);
    }
}
