package vn.kiosk.reader.qr;

import java.util.Locale;
import java.util.Optional;

import vn.kiosk.reader.identity.Identity.Sex;

/** "Nam" / "Nữ" as printed; "Nu" too, because some scanners and keyboard layouts drop diacritics. */
final class Sexes {
    private Sexes() {
    }

    static boolean isSex(String text) {
        return parse(text).isPresent();
    }

    static Optional<Sex> parse(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("nam")) {
            return Optional.of(Sex.M);
        }
        if (lower.equals("nữ") || lower.equals("nu")) {
            return Optional.of(Sex.F);
        }
        return Optional.empty();
    }
}
