package vn.kiosk.app.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;

import vn.kiosk.app.backend.ApiResult;
import vn.kiosk.app.backend.BackendClient;
import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.backend.ChipEvidence;
import vn.kiosk.app.backend.Clinic;
import vn.kiosk.app.backend.Dossiers;
import vn.kiosk.app.backend.Identity;
import vn.kiosk.app.backend.Kiosk;
import vn.kiosk.app.backend.Liveness;
import vn.kiosk.app.backend.Notary;
import vn.kiosk.app.backend.Problem;
import vn.kiosk.app.backend.RetryPolicy;
import vn.kiosk.app.backend.Sleeper;
import vn.kiosk.app.backend.Submissions;

/**
 * The backend's JSON as the kiosk reads it (issue 9). The contract: {@link Submissions#answer} returns a
 * record or {@code Optional.empty()}, {@link BackendClient} an {@link ApiResult}, and neither throws.
 * Beyond not throwing, what they accept must be usable: a value the kiosk takes as the backend's answer
 * has every property docs/api/openapi.yaml requires and no null inside its lists, because the flows read
 * them without checking (a null list element fails {@code List.copyOf}, a null code {@code equals}).
 */
class BackendJsonFuzzTest {
    /** The calls {@link #apiResult} can make; the first input byte picks one. */
    static final List<String> CALLS = List.of("procedures", "departments", "notaryRequestTypes", "configuration",
            "checkInsurance", "registerPatient", "submitDossier", "submitNotaryRequest", "dossier", "answerLiveness");
    /**
     * The status the scripted backend answers with; the second input byte picks one. No 1xx: OkHttp rightly
     * waits for the final answer after an interim one, which here would only cost each input a read timeout.
     */
    static final List<Integer> STATUSES = List.of(200, 201, 202, 204, 299, 301, 304, 400, 401, 403, 404, 408, 409,
            422, 429, 499, 500, 502, 503, 504, 599);

    private static final Submissions SUBMISSIONS = new Submissions();
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1");
    private static final ObjectMapper WRITER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();
    private static final JsonNode OPENAPI = openApi();
    private static final Identity CITIZEN = new Identity("001089012345", "Nguyễn Văn Hùng", "1989-03-14", "M", null,
            null, null, null, null, null, null, null, null, null, null, null, null);

    private static final ChipEvidence EVIDENCE = new ChipEvidence(new byte[] {0x77, 0}, Map.of("DG1", new byte[] {0x61, 0}),
            null);

    private static MockWebServer server;
    private static BackendClient client;

    @FuzzTest(maxDuration = "30s")
    void procedure(byte[] body) {
        answer(body, Catalogue.Procedure.class, "Procedure");
    }

    @FuzzTest(maxDuration = "30s")
    void insuranceCheck(byte[] body) {
        answer(body, Clinic.InsuranceCheck.class, "InsuranceCheck");
    }

    @FuzzTest(maxDuration = "30s")
    void departmentQueue(byte[] body) {
        answer(body, Clinic.DepartmentQueue.class, "DepartmentQueue");
    }

    @FuzzTest(maxDuration = "30s")
    void clinicRegistration(byte[] body) {
        answer(body, Clinic.Registration.class, "ClinicRegistration");
    }

    @FuzzTest(maxDuration = "30s")
    void notaryRequestType(byte[] body) {
        answer(body, Notary.RequestType.class, "NotaryRequestType");
    }

    @FuzzTest(maxDuration = "30s")
    void notaryRequest(byte[] body) {
        answer(body, Notary.Request.class, "NotaryRequest");
    }

    @FuzzTest(maxDuration = "30s")
    void dossierStatus(byte[] body) {
        answer(body, Dossiers.Status.class, "DossierStatus");
    }

    @FuzzTest(maxDuration = "30s")
    void kioskConfiguration(byte[] body) {
        answer(body, Kiosk.Configuration.class, "KioskConfiguration");
    }

    @FuzzTest(maxDuration = "30s")
    void livenessResult(byte[] body) {
        answer(body, Liveness.Result.class, "LivenessResult");
    }

    @FuzzTest(maxDuration = "30s")
    void problem(byte[] body) {
        answer(body, Problem.class, "Problem");
    }

    /**
     * The whole client path over HTTP: a scripted backend answers one call with the fuzzed status and body.
     * Byte 0 picks the call ({@link #CALLS}), byte 1 the status ({@link #STATUSES}), the rest is the body.
     */
    @FuzzTest(maxDuration = "30s")
    void apiResult(byte[] input) throws InterruptedException {
        if (input.length < 2) {
            return;
        }
        String call = CALLS.get((input[0] & 0xFF) % CALLS.size());
        int status = STATUSES.get((input[1] & 0xFF) % STATUSES.size());
        byte[] body = java.util.Arrays.copyOfRange(input, 2, input.length);
        MockWebServer backend = server();
        // the scripted backend on loopback is the one host this target talks to (Jazzer's SSRF detector)
        try (SilentCloseable allowed = BugDetectors.allowNetworkConnections(
                (host, port) -> port == backend.getPort() && LOOPBACK.contains(host))) {
            exchange(backend, call, status, body);
        }
    }

    private static void exchange(MockWebServer backend, String call, int status, byte[] body)
            throws InterruptedException {
        MockResponse.Builder response = new MockResponse.Builder().code(status)
                .setHeader("Content-Type", "application/json");
        if (status != 204 && status != 304 && status >= 200) {
            response.body(new Buffer().write(body));
        }
        backend.enqueue(response.build());
        ApiResult<?> result = call(call);
        // the request must have reached the scripted backend (and be taken off its queue for the next input)
        assertNotNull(backend.takeRequest(Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS),
                "the client sent nothing");
        assertNotNull(result, "the client returned null");
        if (result instanceof ApiResult.Ok<?> ok) {
            assertNotNull(ok.value());
            Object value = ok.value();
            String schema = schemaOf(call);
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    conforms(list.get(i), schema, call + "[" + i + "]");
                }
            } else {
                conforms(value, schema, call);
            }
        } else if (result instanceof ApiResult.Rejected<?> rejected) {
            assertNotNull(rejected.problem());
        } else {
            ApiResult.Unavailable<?> unavailable = (ApiResult.Unavailable<?>) result;
            assertNotNull(unavailable.reason());
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static <T> void answer(byte[] body, Class<T> type, String schema) {
        Optional<T> value = SUBMISSIONS.answer(new String(body, StandardCharsets.UTF_8), type);
        assertNotNull(value, "answer returned null instead of an Optional");
        value.ifPresent(v -> conforms(v, schema, schema));
    }

    /** Written back as JSON (nulls left out), the value has what the schema requires, and no null in a list. */
    private static void conforms(Object value, String schema, String where) {
        if (value == null) {
            throw new AssertionError(where + ": the kiosk accepted a null " + schema);
        }
        JsonNode node = WRITER.valueToTree(value);
        List<String> problems = new ArrayList<>();
        check(where, node, ref("#/components/schemas/" + schema), problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("the kiosk accepted a " + schema + " the contract does not allow: " + problems);
        }
    }

    private static void check(String at, JsonNode node, JsonNode schemaOrRef, List<String> problems) {
        JsonNode schema = resolve(schemaOrRef);
        if (node == null || node.isNull()) {
            if (!schema.path("nullable").asBoolean()) {
                problems.add(at + ": null");
            }
            return;
        }
        if (node.isObject()) {
            for (JsonNode required : schema.path("required")) {
                JsonNode field = node.get(required.asText());
                if (field == null || field.isNull()) {
                    if (!resolve(schema.path("properties").path(required.asText())).path("nullable").asBoolean()) {
                        problems.add(at + "." + required.asText() + ": required, missing");
                    }
                }
            }
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (properties.has(field.getKey())) {
                    check(at + "." + field.getKey(), field.getValue(), properties.get(field.getKey()), problems);
                } else if (additional.isObject()) {
                    check(at + "." + field.getKey(), field.getValue(), additional, problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(at + "[" + i + "]", node.get(i), schema.path("items"), problems);
            }
        }
    }

    private static String schemaOf(String call) {
        return switch (call) {
            case "procedures" -> "Procedure";
            case "departments" -> "DepartmentQueue";
            case "notaryRequestTypes" -> "NotaryRequestType";
            case "configuration" -> "KioskConfiguration";
            case "checkInsurance" -> "InsuranceCheck";
            case "registerPatient" -> "ClinicRegistration";
            case "submitDossier", "dossier" -> "DossierStatus";
            case "submitNotaryRequest" -> "NotaryRequest";
            case "answerLiveness" -> "LivenessResult";
            default -> throw new IllegalArgumentException(call);
        };
    }

    private static ApiResult<?> call(String call) {
        BackendClient backend = client();
        UUID key = UUID.nameUUIDFromBytes(call.getBytes(StandardCharsets.UTF_8));
        return switch (call) {
            case "procedures" -> backend.procedures();
            case "departments" -> backend.departments();
            case "notaryRequestTypes" -> backend.notaryRequestTypes();
            case "configuration" -> backend.configuration();
            case "checkInsurance" -> backend.checkInsurance(CITIZEN.idNumber(), key);
            case "registerPatient" -> backend.registerPatient(new Clinic.RegistrationRequest("NOI", CITIZEN, null,
                    null), key);
            case "submitDossier" -> backend.submitDossier(new Dossiers.Submission("KHAI_SINH", CITIZEN, null, null,
                    null), key);
            case "submitNotaryRequest" -> backend.submitNotaryRequest(new Notary.Submission("MUA_BAN_NHA",
                    List.of(new Notary.Party("SELLER", CITIZEN, null))), key);
            case "dossier" -> backend.dossier("HS-20260105-000042");
            case "answerLiveness" -> backend.answerLiveness("CH-1", CITIZEN, EVIDENCE, key);
            default -> throw new IllegalArgumentException(call);
        };
    }

    private static synchronized MockWebServer server() {
        if (server == null) {
            try {
                server = new MockWebServer();
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** One attempt per call (no retries, no sleeping): each input is one exchange. */
    private static synchronized BackendClient client() {
        if (client == null) {
            URI base = server().url("/").uri();
            BackendConfig config = new BackendConfig(base, "KIOSK-HN-01", Duration.ofSeconds(2), Duration.ofSeconds(5),
                    Duration.ofSeconds(10), RetryPolicy.never(), Optional.empty());
            client = new BackendClient(config, Sleeper.system(),
                    Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneOffset.UTC));
        }
        return client;
    }

    private static JsonNode ref(String ref) {
        JsonNode node = OPENAPI;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        if (node.isMissingNode()) {
            throw new IllegalStateException("docs/api/openapi.yaml has no " + ref);
        }
        return node;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        for (int depth = 0; n.has("$ref"); depth++) {
            if (depth > 20) {
                throw new IllegalStateException("$ref cycle at " + node);
            }
            n = ref(n.get("$ref").asText());
        }
        return n;
    }

    private static JsonNode openApi() {
        Path file = Path.of("../docs/api/openapi.yaml");
        if (!Files.exists(file)) {
            file = Path.of("docs/api/openapi.yaml");
        }
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
