package vn.kiosk.reader.read;

import java.util.List;
import java.util.Map;

import vn.kiosk.reader.aa.ActiveAuthenticationResult;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.verify.DataGroupVerdict;
import vn.kiosk.reader.verify.PassiveVerdict;

/**
 * Every verdict of a read and the assurance they add up to.
 *
 * @param active   active authentication (DG15)
 * @param chip     chip authentication (DG14)
 * @param problems every problem found, in plain words without personal data
 */
public record Verification(PassiveVerdict passive, Check active, Check chip, Map<Integer, DataGroupVerdict> dataGroups,
                           Assurance assurance, List<String> problems) {

    public Verification {
        dataGroups = Map.copyOf(dataGroups);
        problems = List.copyOf(problems);
    }

    /** The outcome of a clone check (active or chip authentication). */
    public enum Check {
        VALID, INVALID, NOT_SUPPORTED, NOT_CHECKED;

        static Check of(ActiveAuthenticationResult.Verdict verdict) {
            return valueOf(verdict.name());
        }

        static Check of(vn.kiosk.reader.ca.ChipAuthenticationResult.Verdict verdict) {
            return valueOf(verdict.name());
        }
    }

    /**
     * CHIP_CLONE_CHECKED needs a valid signature chain and data plus a chip that proved its key
     * (AA or CA) with neither check failing; CHIP_VERIFIED the same without any clone check on
     * offer; anything else read from a chip is CHIP_UNVERIFIED.
     */
    static Assurance assurance(PassiveVerdict passive, Check active, Check chip) {
        if (passive != PassiveVerdict.VALID || active == Check.INVALID || chip == Check.INVALID) {
            return Assurance.CHIP_UNVERIFIED;
        }
        return active == Check.VALID || chip == Check.VALID ? Assurance.CHIP_CLONE_CHECKED : Assurance.CHIP_VERIFIED;
    }
}
