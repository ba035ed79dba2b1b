package vn.kiosk.app.flow;

import java.time.LocalDate;
import java.util.Optional;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.read.Verification;
import vn.kiosk.reader.verify.PassiveVerdict;

/** Decides whether a chip read is good enough for a service, and if not, which explanation fits. */
final class Assessment {
    private Assessment() {
    }

    static Optional<Refusal> of(Verification v, Assurance required, Optional<LocalDate> expiry, LocalDate today) {
        // a chip proven altered or copied is refused even where a mere QR would do: it is a fraud,
        // not a weaker identity (and the backend, re-checking the evidence, would refuse it anyway)
        boolean provenFalse = v.passive() == PassiveVerdict.INVALID || v.active() == Verification.Check.INVALID
                || v.chip() == Verification.Check.INVALID;
        if (provenFalse || !v.assurance().atLeast(required)) {
            return Optional.of(reason(v));
        }
        if (expiry.isPresent() && expiry.get().isBefore(today)) {
            return Optional.of(Refusal.EXPIRED);
        }
        return Optional.empty();
    }

    /** The most serious finding first: altered data, then a copied chip, then an unknown issuer. */
    private static Refusal reason(Verification v) {
        if (v.passive() == PassiveVerdict.INVALID) {
            return Refusal.FORGED;
        }
        if (v.active() == Verification.Check.INVALID || v.chip() == Verification.Check.INVALID) {
            return Refusal.CLONE;
        }
        if (v.passive() == PassiveVerdict.UNTRUSTED) {
            return Refusal.UNTRUSTED_ISSUER;
        }
        if (v.passive() != PassiveVerdict.VALID) {
            return Refusal.NOT_VERIFIED;
        }
        return Refusal.NO_CLONE_CHECK;
    }
}
