package vn.kiosk.app.flow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.kiosk.app.backend.ChipEvidence;
import vn.kiosk.reader.identity.Identity;

/**
 * What of a person leaves the kiosk (DESIGN.md: data minimisation): only the identity fields a
 * service names, the evidence without the photo, and on screen the ID number masked.
 */
final class Disclosure {
    /** The contract requires these two on every identity. */
    private static final List<String> ALWAYS = List.of("idNumber", "fullName");
    static final List<String> CLINIC = List.of("idNumber", "fullName", "dateOfBirth", "sex", "placeOfResidence");
    static final List<String> NOTARY = List.of("idNumber", "fullName", "dateOfBirth", "sex", "nationality",
            "placeOfResidence", "issueDate", "expiryDate");
    private static final int DG_PHOTO = 2;

    private Disclosure() {
    }

    /** The contract's identity with only {@code fields} (plus the two it always requires) set. */
    static vn.kiosk.app.backend.Identity identity(Identity id, Collection<String> fields) {
        Set<String> wanted = new LinkedHashSet<>(ALWAYS);
        wanted.addAll(fields);
        Map<String, String> v = new HashMap<>();
        for (String name : wanted) {
            value(id, name).ifPresent(value -> v.put(name, value));
        }
        return new vn.kiosk.app.backend.Identity(id.idNumber(), id.fullName(), v.get("dateOfBirth"), v.get("sex"),
                v.get("nationality"), v.get("ethnicity"), v.get("religion"), v.get("placeOfOrigin"),
                v.get("placeOfResidence"), v.get("identifyingFeatures"), v.get("issueDate"), v.get("expiryDate"),
                v.get("oldIdNumber"), v.get("fatherName"), v.get("motherName"), v.get("spouseName"), v.get("mrz"));
    }

    /** The evidence a backend needs to re-verify the identity: everything but the portrait. */
    static Optional<ChipEvidence> evidence(Identified person) {
        return person.evidence().map(ChipEvidence::from).map(e -> {
            Map<String, byte[]> groups = new HashMap<>(e.dataGroups());
            groups.remove("DG" + DG_PHOTO);
            return new ChipEvidence(e.sod(), groups, e.activeAuthentication());
        });
    }

    /** Rows for a summary: each field the service takes, as read; the ID number masked. */
    static List<Row> rows(Identity id, Collection<String> fields) {
        Set<String> shown = new LinkedHashSet<>(ALWAYS);
        shown.addAll(fields);
        List<Row> rows = new ArrayList<>();
        for (String name : shown) {
            if (name.equals("mrz")) {
                continue; // machine data, means nothing to the citizen
            }
            Optional<Text> value = name.equals("sex") ? id.sex().map(s -> Text.option(s.name()))
                    : (name.equals("idNumber") ? Optional.of(id.maskedIdNumber(Identified.VISIBLE_ID_DIGITS))
                    : display(id, name)).map(Text::plain);
            value.ifPresent(v -> rows.add(new Row(Text.key("field." + name), v)));
        }
        return rows;
    }

    private static Optional<String> display(Identity id, String name) {
        if (name.equals("dateOfBirth") || name.equals("issueDate") || name.equals("expiryDate")) {
            return dateOf(id, name).map(Dates::display);
        }
        return value(id, name);
    }

    /** A field by its contract name, as it goes on the wire; empty when the source did not have it. */
    static Optional<String> value(Identity id, String name) {
        String text;
        switch (name) {
            case "idNumber": text = id.idNumber(); break;
            case "fullName": text = id.fullName(); break;
            case "dateOfBirth": case "issueDate": case "expiryDate":
                return dateOf(id, name).map(LocalDate::toString);
            case "sex": return id.sex().map(Enum::name);
            case "nationality": text = id.nationality(); break;
            case "ethnicity": text = id.ethnicity(); break;
            case "religion": text = id.religion(); break;
            case "placeOfOrigin": text = id.placeOfOrigin(); break;
            case "placeOfResidence": text = id.placeOfResidence(); break;
            case "identifyingFeatures": text = id.identifyingFeatures(); break;
            case "oldIdNumber": text = id.oldIdNumber(); break;
            case "fatherName": text = id.fatherName(); break;
            case "motherName": text = id.motherName(); break;
            case "spouseName": text = id.spouseName(); break;
            case "mrz": text = id.mrz(); break;
            default: return Optional.empty();
        }
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<LocalDate> dateOf(Identity id, String name) {
        switch (name) {
            case "dateOfBirth": return id.dateOfBirth();
            case "issueDate": return id.issueDate();
            default: return id.expiryDate();
        }
    }
}
