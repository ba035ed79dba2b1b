package vn.kiosk.app.flow;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.kiosk.reader.identity.Assurance;

/**
 * A person as the confirmation screen shows them: the ID number already masked, the photo as JPEG
 * bytes when the chip had one the screen can draw.
 */
public record PersonView(String fullName, String maskedIdNumber, Optional<LocalDate> dateOfBirth,
                         Optional<byte[]> photoJpeg, Assurance assurance) {
    public PersonView {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(maskedIdNumber, "maskedIdNumber");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(photoJpeg, "photoJpeg");
        Objects.requireNonNull(assurance, "assurance");
    }

    @Override
    public String toString() {
        return "PersonView[" + assurance + "]";
    }
}
