package vn.kiosk.reader.cli;

import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.Verification;

/** {@code read} without {@code --json}: a short summary for an operator at a terminal. */
final class ReadText {
    private ReadText() {
    }

    static String format(CardRead read) {
        Identity id = read.identity();
        Verification v = read.verification();
        StringBuilder out = new StringBuilder();
        out.append("ID number:     ").append(id.idNumber()).append('\n');
        out.append("Full name:     ").append(id.fullName()).append('\n');
        out.append("Date of birth: ").append(id.dateOfBirth().map(Object::toString).orElse("?")).append('\n');
        out.append("Sex:           ").append(id.sex().map(Enum::name).orElse("?")).append('\n');
        out.append("Residence:     ").append(id.placeOfResidence()).append('\n');
        out.append("Expiry:        ").append(id.expiryDate().map(Object::toString).orElse(id.expiryText())).append('\n');
        read.photo().ifPresent(p -> out.append("Photo:         ").append(p.format().jsonName()).append(", ")
                .append(p.size()).append(" bytes\n"));
        out.append("Assurance:     ").append(v.assurance()).append("  (passive ").append(v.passive())
                .append(", active ").append(v.active()).append(", chip ").append(v.chip()).append(")\n");
        v.problems().forEach(p -> out.append("Problem:       ").append(p).append('\n'));
        out.append(String.format("Read with %s: %d APDUs, %d bytes in, %d bytes out, %d ms%n",
                read.stats().accessProtocol(), read.stats().apdus(), read.stats().bytesIn(), read.stats().bytesOut(),
                read.stats().millis()));
        return out.toString();
    }
}
