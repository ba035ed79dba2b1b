package vn.kiosk.simulator.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The reference backend against docs/api/openapi.yaml: the document parses, it and the server list
 * the same routes, every documented route answers (no 404/405 for the route itself), mutating routes
 * declare the Idempotency-Key, and successful answers carry the fields their schema requires.
 */
class BackendOpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @TempDir
    Path data;

    private ReferenceBackend backend;
    private TestClient client;
    private JsonNode document;

    @BeforeEach
    void start() throws Exception {
        document = new YAMLMapper().readTree(Files.readString(openApiFile()));
        backend = ReferenceBackend.start(BackendSettings.loopback(data));
        client = new TestClient(backend.baseUri());
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    static Path openApiFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/api/openapi.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/api/openapi.yaml not found above " + Path.of("").toAbsolutePath());
    }

    private Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return operations;
    }

    @Test
    void theDocumentIsOpenApi3ForApiV1() {
        assertTrue(document.path("openapi").asText().startsWith("3.0"));
        assertTrue(document.path("servers").get(0).path("url").asText().endsWith("/api/v1"));
        assertFalse(documentedOperations().isEmpty());
    }

    @Test
    void theServerServesExactlyTheDocumentedRoutes() {
        assertEquals(documentedOperations(), new TreeSet<>(backend.routes()));
    }

    @Test
    void everyMutatingOperationRequiresAnIdempotencyKey() {
        for (String operation : documentedOperations()) {
            JsonNode op = operation(operation);
            boolean hasKey = false;
            for (JsonNode parameter : op.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                hasKey |= resolved.path("name").asText().equals("Idempotency-Key")
                        && resolved.path("required").asBoolean();
            }
            assertEquals(!operation.startsWith("GET"), hasKey, operation);
        }
    }

    @Test
    void everyDocumentedRouteAnswers() throws Exception {
        for (String operation : documentedOperations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x");
            HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path)).header("Idempotency-Key",
                    "walk-" + operation);
            request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
            TestClient.Answer answer = client.send(request.build());
            assertNotEquals(405, answer.status(), operation);
            assertNotEquals("NOT_FOUND", answer.text("code"), operation);
            assertTrue(answer.body().isObject(), operation);
            if (answer.status() >= 400) {
                assertConforms(schemaRef("Problem"), answer.body(), operation + " problem");
            }
        }
    }

    @Test
    void successfulAnswersCarryTheirSchemasRequiredFields() throws Exception {
        String challengeId = client.post("/liveness/challenges", null).text("challengeId");
        String dossierCode = client.post("/dossiers", BackendEndpointsTest.temporaryResidence("001090000123"))
                .text("dossierCode");
        ObjectNode insurance = TestClient.object().put("idNumber", "001090000125");
        ObjectNode registration = TestClient.object().put("departmentCode", "NHI");
        registration.set("identity", TestClient.identity("001090000125"));
        ObjectNode notary = TestClient.object().put("requestTypeCode", "DI_CHUC");
        notary.putArray("parties").addObject().set("identity", TestClient.identity("001090000125"));
        ObjectNode confirmation = TestClient.object();
        confirmation.set("identity", TestClient.identity("001090000125"));
        ObjectNode heartbeat = TestClient.object().put("status", "OK").put("queueDepth", 0);

        List<Object[]> calls = new ArrayList<>();
        calls.add(new Object[] {"GET /procedures", "/procedures", null});
        calls.add(new Object[] {"POST /dossiers", "/dossiers", BackendEndpointsTest.temporaryResidence("001090000124")});
        calls.add(new Object[] {"GET /dossiers/{code}", "/dossiers/" + dossierCode, null});
        calls.add(new Object[] {"POST /clinic/insurance-checks", "/clinic/insurance-checks", insurance});
        calls.add(new Object[] {"GET /clinic/departments", "/clinic/departments", null});
        calls.add(new Object[] {"POST /clinic/registrations", "/clinic/registrations", registration});
        calls.add(new Object[] {"GET /notary/request-types", "/notary/request-types", null});
        calls.add(new Object[] {"POST /notary/requests", "/notary/requests", notary});
        calls.add(new Object[] {"POST /identity/confirmations", "/identity/confirmations", confirmation});
        calls.add(new Object[] {"POST /liveness/challenges", "/liveness/challenges", null});
        calls.add(new Object[] {"POST /kiosks/{id}/heartbeat", "/kiosks/k1/heartbeat", heartbeat});
        calls.add(new Object[] {"GET /kiosks/{id}/configuration", "/kiosks/k1/configuration", null});
        Set<String> covered = new TreeSet<>();
        for (Object[] call : calls) {
            String operation = (String) call[0];
            TestClient.Answer answer = operation.startsWith("GET") ? client.get((String) call[1])
                    : client.post((String) call[1], (JsonNode) call[2]);
            JsonNode responses = operation(operation).path("responses");
            JsonNode documented = responses.path(String.valueOf(answer.status()));
            assertFalse(documented.isMissingNode(), operation + " answered " + answer.status() + ": " + answer.body());
            assertConforms(resolve(documented).path("content").path("application/json").path("schema"),
                    answer.body(), operation);
            covered.add(operation);
        }
        // The liveness answer needs a card; BackendLivenessTest checks its fields against the same schema.
        covered.add("POST /liveness/challenges/{id}/responses");
        assertEquals(documentedOperations(), covered, "an operation has no conformance call");
        assertFalse(challengeId.isBlank());
    }

    private JsonNode operation(String operation) {
        String method = operation.substring(0, operation.indexOf(' ')).toLowerCase(Locale.ROOT);
        return document.path("paths").path(operation.substring(operation.indexOf(' ') + 1)).path(method);
    }

    private JsonNode schemaRef(String name) {
        return document.path("components").path("schemas").path(name);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String[] parts = current.path("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    /** The schema's required fields, types of scalars, and enums, recursively; enough to catch drift. */
    private void assertConforms(JsonNode schema, JsonNode value, String where) {
        JsonNode s = resolve(schema);
        if (value.isNull() && s.path("nullable").asBoolean()) {
            return;
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "");
        switch (type) {
            case "object":
                assertTrue(value.isObject(), where + " is not an object");
                for (JsonNode required : s.path("required")) {
                    assertTrue(value.has(required.asText()), where + " lacks " + required.asText());
                }
                s.path("properties").fields().forEachRemaining(p -> {
                    if (value.has(p.getKey())) {
                        assertConforms(p.getValue(), value.get(p.getKey()), where + "." + p.getKey());
                    }
                });
                break;
            case "array":
                assertTrue(value.isArray(), where + " is not an array");
                for (JsonNode item : value) {
                    assertConforms(s.path("items"), item, where + "[]");
                }
                break;
            case "string":
                assertTrue(value.isTextual(), where + " is not a string");
                break;
            case "integer":
                assertTrue(value.isIntegralNumber(), where + " is not an integer");
                break;
            case "boolean":
                assertTrue(value.isBoolean(), where + " is not a boolean");
                break;
            case "":
                return;
            default:
                fail("unexpected schema type " + type + " at " + where);
        }
        if (s.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : s.path("enum")) {
                listed |= allowed.asText().equals(value.asText());
            }
            assertTrue(listed, where + " = " + value + " is not in " + s.path("enum"));
        }
    }

    /** For other tests: check a body against a named component schema. */
    static void assertConformsTo(String schemaName, JsonNode body) throws Exception {
        BackendOpenApiTest test = new BackendOpenApiTest();
        test.document = new YAMLMapper().readTree(Files.readString(openApiFile()));
        test.assertConforms(test.schemaRef(schemaName), body, schemaName);
    }
}
