package vn.kiosk.app.flow;

import vn.kiosk.reader.identity.Assurance;

/**
 * The three services a kiosk offers, with the least identity assurance each accepts unless the
 * operator configures otherwise.
 */
public enum ServiceKind {
    /** An online public-service dossier: filed in the citizen's name, so the chip must be genuine. */
    PUBLIC_SERVICE(Assurance.CHIP_VERIFIED),
    /** Clinic registration: hospitals take the VNeID QR at the desk today, so a QR is enough. */
    CLINIC(Assurance.QR_ONLY),
    /** Notarization: every party must hold the genuine card, not a copy of its data. */
    NOTARY(Assurance.CHIP_CLONE_CHECKED);

    private final Assurance defaultMinimum;

    ServiceKind(Assurance defaultMinimum) {
        this.defaultMinimum = defaultMinimum;
    }

    public Assurance defaultMinimum() {
        return defaultMinimum;
    }
}
