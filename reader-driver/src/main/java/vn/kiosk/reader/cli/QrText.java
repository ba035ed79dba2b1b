package vn.kiosk.reader.cli;

import java.time.LocalDate;
import java.util.Optional;

import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.qr.QrResult;

/** {@code qr} without {@code --json}: a few lines for a person at a terminal. */
final class QrText {
    private QrText() {
    }

    static String format(QrResult result) {
        StringBuilder out = new StringBuilder();
        out.append("Kind:            ").append(result.kind()).append('\n');
        if (result instanceof QrResult.Recognised recognised) {
            Identity id = recognised.identity();
            line(out, "ID number:", id.idNumber());
            line(out, "Old ID number:", id.oldIdNumber());
            line(out, "Full name:", id.fullName());
            line(out, "Date of birth:", date(id.dateOfBirth()));
            line(out, "Sex:", id.sex().map(Enum::name).orElse(""));
            line(out, "Residence:", id.placeOfResidence());
            line(out, "Issue date:", date(id.issueDate()));
            line(out, "CAN:", recognised.accessKey().can().orElse(""));
            line(out, "MRZ key:", recognised.accessKey().mrzText().orElse(""));
        }
        result.problems().forEach(p -> out.append("Problem:         ").append(p).append('\n'));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        if (!value.isEmpty()) {
            out.append(String.format("%-17s", label)).append(value).append('\n');
        }
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
