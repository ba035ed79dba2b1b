package vn.kiosk.simulator.citizen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A citizen as JSON, with the field names of the CLI contract's {@code identity} object plus
 * {@code can}. {@code expiryDate} is null for a card that never expires.
 */
public final class CitizenJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode toJson(Citizen c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("idNumber", c.idNumber());
        node.put("fullName", c.fullName());
        node.put("dateOfBirth", c.dateOfBirth().toString());
        node.put("sex", c.sex().name());
        node.put("nationality", c.nationality());
        node.put("ethnicity", c.ethnicity());
        node.put("religion", c.religion());
        node.put("placeOfOrigin", c.placeOfOrigin());
        node.put("placeOfResidence", c.placeOfResidence());
        node.put("identifyingFeatures", c.identifyingFeatures());
        node.put("issueDate", c.issueDate().toString());
        node.put("expiryDate", c.expiryDate().map(LocalDate::toString).orElse(null));
        node.put("oldIdNumber", c.oldIdNumber());
        node.put("fatherName", c.fatherName());
        node.put("motherName", c.motherName());
        node.put("spouseName", c.spouseName());
        node.put("can", c.can());
        return node;
    }

    public String write(Citizen c) throws IOException {
        return mapper.writeValueAsString(toJson(c));
    }

    public Citizen read(Path file) throws IOException {
        return fromJson(mapper.readTree(Files.readString(file)));
    }

    public Citizen fromJson(JsonNode n) throws IOException {
        try {
            return new Citizen(text(n, "idNumber"), text(n, "fullName"), LocalDate.parse(text(n, "dateOfBirth")),
                    Citizen.Sex.valueOf(text(n, "sex")), text(n, "nationality"), text(n, "ethnicity"),
                    text(n, "religion"), text(n, "placeOfOrigin"), text(n, "placeOfResidence"),
                    text(n, "identifyingFeatures"), LocalDate.parse(text(n, "issueDate")),
                    Optional.ofNullable(n.get("expiryDate")).filter(v -> !v.isNull()).map(JsonNode::asText)
                            .map(LocalDate::parse),
                    text(n, "oldIdNumber"), text(n, "fatherName"), text(n, "motherName"), text(n, "spouseName"));
        } catch (RuntimeException e) {
            throw new IOException("not a citizen record: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IOException("citizen record lacks " + field);
        }
        return value.asText();
    }
}
