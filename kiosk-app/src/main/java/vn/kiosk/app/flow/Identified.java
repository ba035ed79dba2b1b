package vn.kiosk.app.flow;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.read.Evidence;

/**
 * One person identified in this session: what the chip or the QR said, how far it is proven, and
 * the evidence a backend can re-check. Lives in memory for one session only.
 *
 * @param photoJpeg the chip's portrait when it is a JPEG the screen can draw
 */
public record Identified(Identity identity, Optional<byte[]> photoJpeg, Optional<Evidence> evidence,
                         Assurance assurance) {

    /** On screens and receipts the ID number shows only its last four digits. */
    static final int VISIBLE_ID_DIGITS = 4;

    public Identified {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(photoJpeg, "photoJpeg");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(assurance, "assurance");
    }

    public PersonView view() {
        return new PersonView(identity.fullName(), identity.maskedIdNumber(VISIBLE_ID_DIGITS), identity.dateOfBirth(),
                photoJpeg, assurance);
    }

    /**
     * Overwrites the photo and the data groups (DG1, DG13 hold the personal data). Strings cannot
     * be cleared in Java; dropping every reference, as the session does, is what frees them.
     */
    void wipe() {
        photoJpeg.ifPresent(b -> Arrays.fill(b, (byte) 0));
        evidence.ifPresent(e -> e.dataGroups().values().forEach(b -> Arrays.fill(b, (byte) 0)));
    }

    @Override
    public String toString() {
        return "Identified[" + assurance + "]";
    }
}
