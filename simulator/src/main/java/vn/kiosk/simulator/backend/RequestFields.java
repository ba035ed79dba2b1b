package vn.kiosk.simulator.backend;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the fields of a JSON body, answering 400 with the field's name (never its value) when one is wrong. */
final class RequestFields {
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");

    private RequestFields() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ProblemException.badRequest("Thiếu hoặc sai trường '" + field + "'.",
                    "Missing or malformed field '" + field + "'.");
        }
        return value.asText();
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            throw ProblemException.badRequest("Thiếu đối tượng '" + field + "'.", "Missing object '" + field + "'.");
        }
        return value;
    }

    static JsonNode body(ApiRequest request) {
        if (!request.body().isObject()) {
            throw ProblemException.badRequest("Yêu cầu cần một đối tượng JSON.", "The body must be a JSON object.");
        }
        return request.body();
    }

    /** The identity object, checked to carry a well-formed 12-digit ID number and a name. */
    static JsonNode identity(JsonNode node, String field) {
        JsonNode identity = object(node, field);
        String idNumber = text(identity, "idNumber");
        if (!ID_NUMBER.matcher(idNumber).matches()) {
            throw new ProblemException(422, "INVALID_ID_NUMBER", "Số định danh cá nhân phải gồm 12 chữ số.",
                    "The ID number must be 12 digits.");
        }
        text(identity, "fullName");
        return identity;
    }
}
