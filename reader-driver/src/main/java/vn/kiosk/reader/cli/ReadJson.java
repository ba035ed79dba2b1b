package vn.kiosk.reader.cli;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.Verification;

/** {@code read --json}: field names exactly as the command-line contract gives them. */
final class ReadJson {
    // Non-ASCII escaped: the output is right whatever charset the console uses.
    private final ObjectMapper mapper = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    String write(CardRead read) {
        ObjectNode root = mapper.createObjectNode();
        root.set("identity", identity(mapper, read.identity()));
        read.photo().ifPresent(photo -> {
            ObjectNode node = root.putObject("photo");
            node.put("format", photo.format().jsonName());
            node.put("sha256", photo.sha256());
            node.put("bytes", photo.size());
        });
        root.set("verification", verification(read.verification()));
        ObjectNode evidence = root.putObject("evidence");
        Base64.Encoder base64 = Base64.getEncoder();
        evidence.put("sod", base64.encodeToString(read.evidence().sod()));
        ObjectNode groups = evidence.putObject("dataGroups");
        read.evidence().dataGroups().forEach((number, bytes) -> groups.put("DG" + number, base64.encodeToString(bytes)));
        read.evidence().activeAuthentication().ifPresent(aa -> {
            ObjectNode node = evidence.putObject("activeAuthentication");
            node.put("challenge", HexFormat.of().formatHex(aa.challenge()));
            node.put("signature", HexFormat.of().formatHex(aa.signature()));
        });
        ObjectNode stats = root.putObject("stats");
        stats.put("accessProtocol", read.stats().accessProtocol().name());
        stats.put("apdus", read.stats().apdus());
        stats.put("bytesIn", read.stats().bytesIn());
        stats.put("bytesOut", read.stats().bytesOut());
        stats.put("millis", read.stats().millis());
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }

    /** The {@code identity} object; {@code qr --json} prints the same names. */
    static ObjectNode identity(ObjectMapper mapper, Identity id) {
        ObjectNode node = mapper.createObjectNode();
        node.put("idNumber", id.idNumber());
        node.put("fullName", id.fullName());
        node.put("dateOfBirth", date(id.dateOfBirth()));
        node.put("sex", id.sex().map(Enum::name).orElse(null));
        node.put("nationality", id.nationality());
        node.put("ethnicity", id.ethnicity());
        node.put("religion", id.religion());
        node.put("placeOfOrigin", id.placeOfOrigin());
        node.put("placeOfResidence", id.placeOfResidence());
        node.put("identifyingFeatures", id.identifyingFeatures());
        node.put("issueDate", date(id.issueDate()));
        node.put("expiryDate", id.expiryDate().map(Object::toString).orElse(id.expiryText().isEmpty() ? null : id.expiryText()));
        node.put("oldIdNumber", id.oldIdNumber());
        node.put("fatherName", id.fatherName());
        node.put("motherName", id.motherName());
        node.put("spouseName", id.spouseName());
        node.put("mrz", id.mrz());
        return node;
    }

    private ObjectNode verification(Verification v) {
        ObjectNode node = mapper.createObjectNode();
        node.put("passive", v.passive().name());
        node.put("active", v.active().name());
        node.put("chip", v.chip().name());
        ObjectNode groups = node.putObject("dataGroups");
        new java.util.TreeMap<>(v.dataGroups()).forEach((number, verdict) -> groups.put("DG" + number, verdict.name()));
        node.put("assurance", v.assurance().name());
        ArrayNode problems = node.putArray("problems");
        v.problems().forEach(problems::add);
        return node;
    }

    private static String date(Optional<java.time.LocalDate> date) {
        return date.map(Object::toString).orElse(null);
    }
}
