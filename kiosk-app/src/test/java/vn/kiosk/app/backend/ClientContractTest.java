package vn.kiosk.app.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backend client against {@code docs/api/openapi.yaml}: every call it makes is an operation of the
 * document, every body it sends has the operation's required properties with the declared types (and
 * nothing the schema does not declare), and it reads a success answer built from the operation's
 * response schema into {@link ApiResult.Ok}. The answers are generated from the document, not
 * hand-written, so a change to the contract that the client does not follow fails here.
 */
class ClientContractTest {

    private static final String KIOSK_ID = "KIOSK-HN-01";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode doc;
    /** Path prefix of the document's server URL, e.g. /api/v1. */
    private static String prefix;

    @BeforeAll
    static void loadContract() throws Exception {
        Path file = Path.of("../docs/api/openapi.yaml");
        if (!Files.exists(file)) {
            file = Path.of("docs/api/openapi.yaml"); // run from the repository root
        }
        doc = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        assertTrue(doc.path("openapi").asText().startsWith("3."), "an OpenAPI 3 document");
        prefix = URI.create(doc.path("servers").get(0).path("url").asText()).getPath().replaceAll("/+$", "");
    }

    /**
     * Departures this test found that are not fixed yet, by the start of the problem line, with why.
     * Each must still occur (the test fails once it is fixed, so the entry gets removed); anything
     * else fails at once.
     */
    /** Departures from the document that are known and not yet fixed, each with why; empty is the goal. */
    private static final Map<String, String> KNOWN_GAPS = Map.of();

    /** One client call, and the operation (method and path template) it is meant to be. */
    private record Call(String name, String method, String template, Function<BackendClient, ApiResult<?>> invoke) {
    }

    private static List<Call> calls() {
        Identity full = fullIdentity("001089012345");
        ChipEvidence evidence = evidence();
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("procedures", "GET", "/procedures", BackendClient::procedures));
        calls.add(new Call("submitDossier", "POST", "/dossiers", c -> c.submitDossier(new Dossiers.Submission(
                "KHAI_SINH", full, evidence, Map.of("childFullName", "Nguyễn Minh Khôi", "childDateOfBirth", "2026-01-01"),
                List.of(new Dossiers.Attachment("giay-chung-sinh.pdf", "application/pdf", new byte[] {37, 80, 68, 70}))),
                UUID.randomUUID())));
        calls.add(new Call("submitDossier (QR only, minimal)", "POST", "/dossiers", c -> c.submitDossier(
                new Dossiers.Submission("KHAI_SINH", Identity.minimal("001089012345", "Nguyễn Văn Hùng"), null, null,
                        null), UUID.randomUUID())));
        calls.add(new Call("dossier", "GET", "/dossiers/{code}", c -> c.dossier("HS-20260105-000042")));
        calls.add(new Call("checkInsurance", "POST", "/clinic/insurance-checks",
                c -> c.checkInsurance("001089012342", UUID.randomUUID())));
        calls.add(new Call("departments", "GET", "/clinic/departments", BackendClient::departments));
        calls.add(new Call("registerPatient", "POST", "/clinic/registrations", c -> c.registerPatient(
                new Clinic.RegistrationRequest("NOI", full, evidence,
                        List.of(Clinic.PriorityReason.ELDERLY, Clinic.PriorityReason.DISABILITY)), UUID.randomUUID())));
        calls.add(new Call("notaryRequestTypes", "GET", "/notary/request-types", BackendClient::notaryRequestTypes));
        calls.add(new Call("submitNotaryRequest", "POST", "/notary/requests", c -> c.submitNotaryRequest(
                new Notary.Submission("HOP_DONG_MUA_BAN", List.of(new Notary.Party("SELLER", full, evidence),
                        new Notary.Party("BUYER", fullIdentity("079190001234"), null))), UUID.randomUUID())));
        calls.add(new Call("confirmIdentity", "POST", "/identity/confirmations",
                c -> c.confirmIdentity(full, UUID.randomUUID())));
        calls.add(new Call("livenessChallenge", "POST", "/liveness/challenges",
                c -> c.livenessChallenge(UUID.randomUUID())));
        calls.add(new Call("answerLiveness", "POST", "/liveness/challenges/{id}/responses",
                c -> c.answerLiveness("c0ffee-42", full, evidence, UUID.randomUUID())));
        calls.add(new Call("heartbeat", "POST", "/kiosks/{id}/heartbeat", c -> c.heartbeat(
                new Kiosk.Heartbeat(Kiosk.Health.DEGRADED, "PRESENT", 3, "0.1.0", "ts-2026-01"), UUID.randomUUID())));
        calls.add(new Call("heartbeat (minimal)", "POST", "/kiosks/{id}/heartbeat", c -> c.heartbeat(
                new Kiosk.Heartbeat(Kiosk.Health.OK, null, null, null, null), UUID.randomUUID())));
        calls.add(new Call("configuration", "GET", "/kiosks/{id}/configuration", BackendClient::configuration));
        return calls;
    }

    @Test
    void everyClientCallIsAnOperationOfTheDocumentWithValidBodiesAndReadsItsSuccessAnswer() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        try (MockBackend backend = new MockBackend(); BackendClient client = backend.client()) {
            for (Call call : calls()) {
                JsonNode operation = doc.path("paths").path(call.template()).path(call.method().toLowerCase());
                if (operation.isMissingNode()) {
                    problems.add(call.name() + ": " + call.method() + " " + call.template() + " is not in the document");
                    continue;
                }
                covered.add(call.method() + " " + call.template());
                Map.Entry<Integer, JsonNode> success = successSchema(operation);
                // twice: once with only the required fields, once with every declared field
                for (boolean everything : new boolean[] {false, true}) {
                    JsonNode answer = sample(success.getValue(), everything);
                    backend.server.enqueue(MockBackend.json(success.getKey(), JSON.writeValueAsString(answer)));
                    ApiResult<?> result = call.invoke().apply(client);
                    RecordedRequest request = backend.take();
                    String label = call.name() + (everything ? " [all fields]" : " [required fields]");
                    checkRequest(label, call, operation, request, problems);
                    if (!(result instanceof ApiResult.Ok)) {
                        problems.add(label + ": the answer " + answer + " was read as " + result);
                    }
                }
            }
        }
        List<String> known = new ArrayList<>();
        problems.removeIf(p -> {
            boolean isKnown = KNOWN_GAPS.keySet().stream().anyMatch(p::startsWith);
            if (isKnown) {
                known.add(p);
            }
            return isKnown;
        });
        if (!problems.isEmpty()) {
            fail("the client departs from docs/api/openapi.yaml:\n  " + String.join("\n  ", problems));
        }
        for (String gap : KNOWN_GAPS.keySet()) {
            assertTrue(known.stream().anyMatch(p -> p.startsWith(gap)),
                    "known gap \"" + gap + "\" is fixed: remove it from KNOWN_GAPS");
        }
        Set<String> documented = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(m)) {
                documented.add(m.toUpperCase() + " " + p.getKey());
            }
        }));
        assertEquals(documented, covered, "the client has a call for every operation of the document");
    }

    @Test
    void theValidatorCatchesWhatItShould() {
        // the checker itself: a body missing a required property, with a wrong type, or an undeclared one fails
        JsonNode schema = ref("#/components/schemas/DossierSubmission");
        List<String> problems = new ArrayList<>();
        ObjectNode body = NODES.objectNode();
        body.put("procedureCode", 42);
        body.putObject("identity").put("idNumber", "12345");
        body.put("extra", "x");
        validate("$", body, schema, problems);
        String all = String.join("\n", problems);
        assertTrue(all.contains("$.procedureCode"), all);
        assertTrue(all.contains("$.identity.fullName"), all);
        assertTrue(all.contains("$.identity.idNumber"), all);
        assertTrue(all.contains("$.extra"), all);
    }

    // ------------------------------------------------------------------ the request

    private static void checkRequest(String label, Call call, JsonNode operation, RecordedRequest request,
                                     List<String> problems) throws Exception {
        if (!call.method().equals(request.getMethod())) {
            problems.add(label + ": sent " + request.getMethod() + ", the document says " + call.method());
        }
        String path = request.getUrl().encodedPath();
        String regex = Pattern.quote(prefix) + call.template().replaceAll("\\{[^}]+}", "[^/]+");
        if (!path.matches(regex)) {
            problems.add(label + ": sent to " + path + ", the document's path is " + prefix + call.template());
        }
        boolean needsKey = false;
        for (JsonNode p : operation.path("parameters")) {
            JsonNode param = resolve(p);
            if ("header".equals(param.path("in").asText()) && param.path("required").asBoolean()) {
                String value = request.getHeaders().get(param.path("name").asText());
                if (value == null || value.isEmpty()) {
                    problems.add(label + ": required header " + param.path("name").asText() + " missing");
                }
                needsKey |= "Idempotency-Key".equalsIgnoreCase(param.path("name").asText());
            }
        }
        if ("POST".equals(call.method()) && !needsKey) {
            problems.add(label + ": a mutating operation without a required Idempotency-Key in the document");
        }
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        JsonNode requestBody = resolve(operation.path("requestBody"));
        if (requestBody.isMissingNode()) {
            if (body.length != 0) {
                problems.add(label + ": sent a body to an operation that takes none");
            }
            return;
        }
        JsonNode schema = requestBody.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            problems.add(label + ": the request body is not application/json in the document");
            return;
        }
        String contentType = request.getHeaders().get("Content-Type");
        if (contentType == null || !contentType.startsWith("application/json")) {
            problems.add(label + ": Content-Type " + contentType);
        }
        JsonNode sent;
        try {
            sent = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (Exception e) {
            problems.add(label + ": the body is not JSON");
            return;
        }
        validate(label + " $", sent, schema, problems);
    }

    /** Checks {@code node} against {@code schema}: required properties, types, enums, patterns, formats. */
    private static void validate(String at, JsonNode node, JsonNode schemaOrRef, List<String> problems) {
        JsonNode schema = resolve(schemaOrRef);
        if (node == null || node.isNull()) {
            if (!schema.path("nullable").asBoolean()) {
                problems.add(at + ": null where the schema does not allow it");
            }
            return;
        }
        JsonNode enumeration = schema.path("enum");
        if (enumeration.isArray()) {
            boolean found = false;
            for (JsonNode e : enumeration) {
                found |= e.asText().equals(node.asText());
            }
            if (!found) {
                problems.add(at + ": " + node + " is not one of " + enumeration);
            }
        }
        String type = typeOf(schema);
        switch (type) {
            case "object": {
                if (!node.isObject()) {
                    problems.add(at + ": expected an object, got " + node.getNodeType());
                    return;
                }
                for (JsonNode r : schema.path("required")) {
                    if (!node.has(r.asText()) || node.get(r.asText()).isNull()) {
                        problems.add(at + "." + r.asText() + ": required, missing");
                    }
                }
                JsonNode properties = schema.path("properties");
                JsonNode additional = schema.path("additionalProperties");
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (properties.has(f.getKey())) {
                        validate(at + "." + f.getKey(), f.getValue(), properties.get(f.getKey()), problems);
                    } else if (additional.isObject()) {
                        validate(at + "." + f.getKey(), f.getValue(), additional, problems);
                    } else {
                        problems.add(at + "." + f.getKey() + ": not declared by the schema");
                    }
                }
                break;
            }
            case "array": {
                if (!node.isArray()) {
                    problems.add(at + ": expected an array, got " + node.getNodeType());
                    return;
                }
                if (schema.has("maxItems") && node.size() > schema.get("maxItems").asInt()) {
                    problems.add(at + ": more than " + schema.get("maxItems").asInt() + " items");
                }
                for (int i = 0; i < node.size(); i++) {
                    validate(at + "[" + i + "]", node.get(i), schema.path("items"), problems);
                }
                break;
            }
            case "string": {
                if (!node.isTextual()) {
                    problems.add(at + ": expected a string, got " + node.getNodeType());
                    return;
                }
                String s = node.asText();
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
                    problems.add(at + ": does not match " + schema.get("pattern").asText());
                }
                String format = schema.path("format").asText("");
                try {
                    if (format.equals("date")) {
                        LocalDate.parse(s);
                    } else if (format.equals("date-time")) {
                        OffsetDateTime.parse(s);
                    } else if (format.equals("byte")) {
                        Base64.getDecoder().decode(s);
                    }
                } catch (RuntimeException e) {
                    problems.add(at + ": not a valid " + format);
                }
                break;
            }
            case "integer":
                if (!node.isIntegralNumber()) {
                    problems.add(at + ": expected an integer, got " + node.getNodeType());
                } else if (schema.has("minimum") && node.asLong() < schema.get("minimum").asLong()) {
                    problems.add(at + ": below the minimum");
                }
                break;
            case "number":
                if (!node.isNumber()) {
                    problems.add(at + ": expected a number, got " + node.getNodeType());
                }
                break;
            case "boolean":
                if (!node.isBoolean()) {
                    problems.add(at + ": expected a boolean, got " + node.getNodeType());
                }
                break;
            default:
                problems.add(at + ": the schema has a type this test does not know: " + type);
        }
    }

    // ------------------------------------------------------------------ the answer

    /** The first 2xx response of the operation: status and JSON schema. */
    private static Map.Entry<Integer, JsonNode> successSchema(JsonNode operation) {
        for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> r = it.next();
            if (r.getKey().startsWith("2")) {
                JsonNode schema = resolve(r.getValue()).path("content").path("application/json").path("schema");
                assertNotNull(schema, "2xx response without a JSON schema");
                return Map.entry(Integer.parseInt(r.getKey()), schema);
            }
        }
        throw new AssertionError("operation " + operation.path("operationId").asText() + " has no 2xx response");
    }

    /** A value of the schema: required properties (or all of them) filled with values of the declared type. */
    private static JsonNode sample(JsonNode schemaOrRef, boolean everything) {
        JsonNode schema = resolve(schemaOrRef);
        JsonNode enumeration = schema.path("enum");
        if (enumeration.isArray() && enumeration.size() > 0) {
            return enumeration.get(0).deepCopy();
        }
        String type = typeOf(schema);
        switch (type) {
            case "object": {
                ObjectNode o = NODES.objectNode();
                JsonNode properties = schema.path("properties");
                if (everything) {
                    properties.fields().forEachRemaining(p -> o.set(p.getKey(), sample(p.getValue(), true)));
                } else {
                    for (JsonNode r : schema.path("required")) {
                        o.set(r.asText(), sample(properties.path(r.asText()), false));
                    }
                }
                if (schema.path("additionalProperties").isObject()) {
                    o.set("DG1", sample(schema.get("additionalProperties"), everything));
                }
                return o;
            }
            case "array": {
                ArrayNode a = NODES.arrayNode();
                a.add(sample(schema.path("items"), everything));
                return a;
            }
            case "string":
                return NODES.textNode(sampleString(schema));
            case "integer":
                return NODES.numberNode(schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1L);
            case "number":
                return NODES.numberNode(1.5);
            case "boolean":
                return NODES.booleanNode(true);
            default:
                throw new AssertionError("unknown schema type " + type + " in " + schema);
        }
    }

    private static final Map<String, String> PATTERN_SAMPLES = new LinkedHashMap<>();

    static {
        PATTERN_SAMPLES.put("^[0-9]{12}$", "001089012345");
        PATTERN_SAMPLES.put("^[0-9a-f]{16}$", "0123456789abcdef");
    }

    private static String sampleString(JsonNode schema) {
        if (schema.has("pattern")) {
            String sample = PATTERN_SAMPLES.get(schema.get("pattern").asText());
            if (sample == null) {
                throw new AssertionError("add a sample for pattern " + schema.get("pattern").asText());
            }
            return sample;
        }
        switch (schema.path("format").asText("")) {
            case "date":
                return "2026-01-05";
            case "date-time":
                return "2026-01-05T09:00:00+07:00";
            case "byte":
                return Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});
            default:
                return schema.has("example") ? schema.get("example").asText() : "x";
        }
    }

    // ------------------------------------------------------------------ the document

    private static String typeOf(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        return schema.has("properties") || schema.has("additionalProperties") ? "object" : "unknown";
    }

    /** Follows local {@code $ref}s ({@code #/components/...}) to the node they name. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        for (int depth = 0; n != null && n.has("$ref"); depth++) {
            if (depth > 20) {
                throw new AssertionError("$ref cycle at " + node);
            }
            n = ref(n.get("$ref").asText());
        }
        return n;
    }

    private static JsonNode ref(String ref) {
        if (!ref.startsWith("#/")) {
            throw new AssertionError("only local $refs are supported: " + ref);
        }
        JsonNode target = doc.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new AssertionError("dangling $ref " + ref);
        }
        return target;
    }

    // ------------------------------------------------------------------ request data

    private static Identity fullIdentity(String idNumber) {
        return new Identity(idNumber, "Nguyễn Văn Hùng", "1989-03-14", "M", "Việt Nam", "Kinh", "Không",
                "Hà Nội", "Số 1 Phố Huế, Hà Nội", "Nốt ruồi", "2021-04-01", "2029-03-14", "012345678", "Nguyễn Văn A",
                "Trần Thị B", "Lê Thị C", "IDVNM0890123451001089012345<<0");
    }

    private static ChipEvidence evidence() {
        return new ChipEvidence(new byte[] {0x77, 1, 2}, Map.of("DG1", new byte[] {0x61, 1}, "DG2", new byte[] {0x75, 2}),
                new ChipEvidence.ActiveAuthentication("0011223344556677", "a1b2c3"));
    }
}
