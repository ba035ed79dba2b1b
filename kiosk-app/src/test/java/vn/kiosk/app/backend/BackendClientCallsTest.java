package vn.kiosk.app.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each typed call: what goes on the wire and how the answer is mapped. */
@SuppressWarnings("unchecked")
class BackendClientCallsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOSSIER_STATUS = "{\"dossierCode\":\"HS-20260105-000042\",\"procedureCode\":\"KHAI_SINH\","
            + "\"status\":\"RECEIVED\",\"submittedAt\":\"2026-01-05T09:00:00+07:00\",\"appointmentDate\":\"2026-01-08\","
            + "\"assurance\":\"CHIP_VERIFIED\"}";

    private MockBackend backend;
    private BackendClient client;

    @BeforeEach
    void start() throws Exception {
        backend = new MockBackend();
        client = backend.client();
    }

    @AfterEach
    void stop() {
        client.close();
        backend.close();
    }

    private static JsonNode body(RecordedRequest r) throws Exception {
        return JSON.readTree(r.getBody().utf8());
    }

    @Test
    void procedureCatalogue() throws Exception {
        backend.server.enqueue(MockBackend.json(200, "{\"procedures\":[{\"code\":\"KHAI_SINH\",\"nameVi\":\"Đăng ký khai sinh\","
                + "\"nameEn\":\"Birth registration\",\"identityFields\":[\"idNumber\",\"fullName\"],"
                + "\"extraFields\":[{\"name\":\"childName\",\"type\":\"TEXT\",\"required\":true,\"labelVi\":\"Họ tên trẻ\","
                + "\"labelEn\":\"Child's name\",\"options\":[]},{\"name\":\"x\",\"type\":\"SIGNATURE\",\"required\":false,"
                + "\"labelVi\":\"x\",\"labelEn\":\"x\",\"options\":[]}],"
                + "\"fee\":{\"amountVnd\":0,\"noteVi\":\"Miễn phí\",\"noteEn\":\"Free\"},\"processingDays\":3,\"newField\":1}]}"));

        ApiResult<List<Catalogue.Procedure>> result = client.procedures();

        List<Catalogue.Procedure> procedures = MockBackend.ok(result);
        Catalogue.Procedure p = procedures.get(0);
        assertEquals("KHAI_SINH", p.code());
        assertEquals("Đăng ký khai sinh", p.nameVi());
        assertEquals(List.of("idNumber", "fullName"), p.identityFields());
        assertEquals(Catalogue.FieldType.TEXT, p.extraFields().get(0).type());
        assertEquals(Catalogue.FieldType.UNKNOWN, p.extraFields().get(1).type(), "a newer type must not break the kiosk");
        assertEquals(0, p.fee().amountVnd());
        assertEquals(3, p.processingDays());

        RecordedRequest r = backend.take();
        assertEquals("GET", r.getMethod());
        assertEquals("/api/v1/procedures", r.getUrl().encodedPath());
        assertEquals("application/json", r.getHeaders().get("Accept"));
        assertNull(r.getHeaders().get("Idempotency-Key"));
    }

    @Test
    void submitDossierSendsIdentityEvidenceAndKey() throws Exception {
        backend.server.enqueue(MockBackend.json(201, DOSSIER_STATUS));
        UUID key = UUID.randomUUID();
        Identity identity = new Identity("001089012345", "Nguyễn Thị Hương", "1989-03-14", "F", null, null, null,
                null, "Số 5 Ngõ 12, Phường Láng Hạ, Đống Đa, Hà Nội", null, null, null, null, null, null, null, null);
        ChipEvidence evidence = new ChipEvidence(new byte[] {1, 2, 3}, Map.of("DG1", new byte[] {4, 5}, "DG13", new byte[] {6}),
                new ChipEvidence.ActiveAuthentication("0011223344556677", "abcdef"));
        Dossiers.Submission submission = new Dossiers.Submission("KHAI_SINH", identity, evidence,
                Map.of("childName", "Nguyễn Minh Khôi"),
                List.of(new Dossiers.Attachment("giay-chung-sinh.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII))));

        ApiResult<Dossiers.Status> result = client.submitDossier(submission, key);

        Dossiers.Status status = ((ApiResult.Ok<Dossiers.Status>) assertInstanceOf(ApiResult.Ok.class, result)).value();
        assertEquals("HS-20260105-000042", status.dossierCode());
        assertEquals(Dossiers.State.RECEIVED, status.status());
        assertEquals(Dossiers.Assurance.CHIP_VERIFIED, status.assurance());
        assertEquals("2026-01-08", status.appointmentDate());

        RecordedRequest r = backend.take();
        assertEquals("POST", r.getMethod());
        assertEquals("/api/v1/dossiers", r.getUrl().encodedPath());
        assertEquals(key.toString(), r.getHeaders().get("Idempotency-Key"));
        assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
        JsonNode json = body(r);
        assertEquals("KHAI_SINH", json.get("procedureCode").asText());
        assertEquals("001089012345", json.at("/identity/idNumber").asText());
        assertEquals("Nguyễn Thị Hương", json.at("/identity/fullName").asText());
        assertEquals("1989-03-14", json.at("/identity/dateOfBirth").asText());
        assertFalse(json.get("identity").has("religion"), "fields the flow did not set must not leave the kiosk");
        assertFalse(json.get("identity").has("mrz"));
        assertEquals(Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}), json.at("/evidence/sod").asText());
        assertEquals(Base64.getEncoder().encodeToString(new byte[] {4, 5}), json.at("/evidence/dataGroups/DG1").asText());
        assertEquals("0011223344556677", json.at("/evidence/activeAuthentication/challenge").asText());
        assertEquals("abcdef", json.at("/evidence/activeAuthentication/signature").asText());
        assertEquals("Nguyễn Minh Khôi", json.at("/fields/childName").asText());
        assertEquals("application/pdf", json.at("/attachments/0/mediaType").asText());
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII),
                Base64.getDecoder().decode(json.at("/attachments/0/content").asText()));
    }

    @Test
    void dossierStatusAndNotFoundProblem() throws Exception {
        backend.server.enqueue(MockBackend.json(200, DOSSIER_STATUS.replace("RECEIVED", "COMPLETED")));
        backend.server.enqueue(MockBackend.json(404, "{\"code\":\"NOT_FOUND\",\"messageVi\":\"Không tìm thấy hồ sơ.\","
                + "\"messageEn\":\"No such dossier.\"}"));

        ApiResult<Dossiers.Status> found = client.dossier("HS-20260105-000042");
        ApiResult<Dossiers.Status> missing = client.dossier("HS-20260105-999999");

        assertEquals(Dossiers.State.COMPLETED, ((ApiResult.Ok<Dossiers.Status>) found).value().status());
        ApiResult.Rejected<?> rejected = assertInstanceOf(ApiResult.Rejected.class, missing);
        assertEquals(404, rejected.httpStatus());
        assertEquals(new Problem("NOT_FOUND", "Không tìm thấy hồ sơ.", "No such dossier."), rejected.problem());
        RecordedRequest r = backend.take();
        assertEquals("GET", r.getMethod());
        assertEquals("/api/v1/dossiers/HS-20260105-000042", r.getUrl().encodedPath());
        assertEquals(2, backend.server.getRequestCount(), "a 404 is final: no retry");
    }

    @Test
    void aCodeThatCouldWalkThePathIsRefusedLocally() {
        ApiResult<Dossiers.Status> result = client.dossier("../kiosks/x");
        assertEquals("INVALID_REQUEST", assertInstanceOf(ApiResult.Rejected.class, result).problem().code());
        assertEquals(0, backend.server.getRequestCount());
    }

    @Test
    void insuranceCheck() throws Exception {
        backend.server.enqueue(MockBackend.json(200, "{\"status\":\"VALID\",\"cardNumber\":\"GD4791234567890\","
                + "\"registeredFacility\":\"Bệnh viện Bạch Mai\",\"benefitLevel\":80,\"validFrom\":\"2026-01-01\","
                + "\"validTo\":\"2026-12-31\"}"));
        UUID key = UUID.randomUUID();

        ApiResult<Clinic.InsuranceCheck> result = client.checkInsurance("001089012342", key);

        Clinic.InsuranceCheck check = ((ApiResult.Ok<Clinic.InsuranceCheck>) assertInstanceOf(ApiResult.Ok.class, result)).value();
        assertEquals(Clinic.InsuranceStatus.VALID, check.status());
        assertEquals(80, check.benefitLevel());
        assertEquals("2026-12-31", check.validTo());
        RecordedRequest r = backend.take();
        assertEquals("POST", r.getMethod());
        assertEquals("/api/v1/clinic/insurance-checks", r.getUrl().encodedPath());
        assertEquals(key.toString(), r.getHeaders().get("Idempotency-Key"));
        assertEquals("{\"idNumber\":\"001089012342\"}", r.getBody().utf8());
    }

    @Test
    void insuranceNotFoundHasNullDetails() {
        backend.server.enqueue(MockBackend.json(200, "{\"status\":\"NOT_FOUND\",\"cardNumber\":null,\"benefitLevel\":null}"));
        ApiResult<Clinic.InsuranceCheck> result = client.checkInsurance("001089012340", UUID.randomUUID());
        Clinic.InsuranceCheck check = ((ApiResult.Ok<Clinic.InsuranceCheck>) result).value();
        assertEquals(Clinic.InsuranceStatus.NOT_FOUND, check.status());
        assertNull(check.benefitLevel());
    }

    @Test
    void livenessChallengeAndAnswer() throws Exception {
        backend.server.enqueue(MockBackend.json(201, "{\"challengeId\":\"6f1c2b1e-0c1a-4b7e-9a51-0e0c3e1d2f00\","
                + "\"nonce\":\"0011223344556677\",\"expiresAt\":\"2026-01-05T02:05:00Z\"}"));
        backend.server.enqueue(MockBackend.json(200, "{\"challengeId\":\"6f1c2b1e-0c1a-4b7e-9a51-0e0c3e1d2f00\","
                + "\"passive\":\"VALID\",\"active\":\"VALID\",\"challenge\":\"MATCHED\",\"identity\":\"MATCHED\","
                + "\"dataGroups\":{\"DG1\":\"VALID\"},\"verdict\":\"VALID\",\"problems\":[]}"));
        UUID k1 = UUID.randomUUID();
        UUID k2 = UUID.randomUUID();

        Liveness.Challenge challenge = ((ApiResult.Ok<Liveness.Challenge>) client.livenessChallenge(k1)).value();
        ApiResult<Liveness.Result> answer = client.answerLiveness(challenge.challengeId(),
                Identity.minimal("001089012345", "Trần Văn Bình"),
                new ChipEvidence(new byte[] {9}, Map.of("DG1", new byte[] {1}),
                        new ChipEvidence.ActiveAuthentication(challenge.nonce(), "99")), k2);

        assertEquals("0011223344556677", challenge.nonce());
        Liveness.Result result = ((ApiResult.Ok<Liveness.Result>) assertInstanceOf(ApiResult.Ok.class, answer)).value();
        assertEquals(Liveness.Verdict.VALID, result.verdict());
        assertEquals("VALID", result.dataGroups().get("DG1"));

        RecordedRequest first = backend.take();
        assertEquals("POST", first.getMethod());
        assertEquals("/api/v1/liveness/challenges", first.getUrl().encodedPath());
        assertEquals(k1.toString(), first.getHeaders().get("Idempotency-Key"));
        assertEquals(0, first.getBodySize());
        RecordedRequest second = backend.take();
        assertEquals("/api/v1/liveness/challenges/6f1c2b1e-0c1a-4b7e-9a51-0e0c3e1d2f00/responses",
                second.getUrl().encodedPath());
        assertEquals(k2.toString(), second.getHeaders().get("Idempotency-Key"));
        JsonNode json = body(second);
        assertEquals("Trần Văn Bình", json.at("/identity/fullName").asText());
        assertEquals("0011223344556677", json.at("/evidence/activeAuthentication/challenge").asText());
    }

    @Test
    void heartbeatAndConfiguration() throws Exception {
        backend.server.enqueue(MockBackend.json(200, "{\"kioskId\":\"KIOSK-HN-01\",\"receivedAt\":\"2026-01-05T02:00:00Z\","
                + "\"nextHeartbeatSeconds\":60,\"configurationVersion\":\"7\"}"));
        backend.server.enqueue(MockBackend.json(200, "{\"kioskId\":\"KIOSK-HN-01\",\"configurationVersion\":\"7\","
                + "\"defaultLanguage\":\"vi\",\"languages\":[\"vi\",\"en\"],\"idleTimeoutSeconds\":90,\"heartbeatSeconds\":60,"
                + "\"flows\":[{\"flow\":\"CLINIC\",\"enabled\":true,\"minimumAssurance\":\"CHIP_VERIFIED\"}]}"));
        UUID key = UUID.randomUUID();

        ApiResult<Kiosk.HeartbeatAck> ack = client.heartbeat(new Kiosk.Heartbeat(Kiosk.Health.OK, "PRESENT", 3, "0.1.0", null), key);
        ApiResult<Kiosk.Configuration> config = client.configuration();

        assertEquals(60, ((ApiResult.Ok<Kiosk.HeartbeatAck>) ack).value().nextHeartbeatSeconds());
        assertEquals(Kiosk.Flow.CLINIC, ((ApiResult.Ok<Kiosk.Configuration>) config).value().flows().get(0).flow());
        RecordedRequest r = backend.take();
        assertEquals("/api/v1/kiosks/KIOSK-HN-01/heartbeat", r.getUrl().encodedPath());
        assertEquals(key.toString(), r.getHeaders().get("Idempotency-Key"));
        assertEquals("{\"status\":\"OK\",\"readerStatus\":\"PRESENT\",\"queueDepth\":3,\"appVersion\":\"0.1.0\"}",
                r.getBody().utf8());
        RecordedRequest c = backend.take();
        assertEquals("GET", c.getMethod());
        assertEquals("/api/v1/kiosks/KIOSK-HN-01/configuration", c.getUrl().encodedPath());
    }

    @Test
    void departmentsAndRegistration() throws Exception {
        backend.server.enqueue(MockBackend.json(200, "{\"departments\":[{\"code\":\"NOI\",\"nameVi\":\"Khám Nội\",\"nameEn\":"
                + "\"Internal medicine\",\"room\":\"P.101\",\"waiting\":12,\"priorityWaiting\":2,\"estimatedWaitMinutes\":40}]}"));
        backend.server.enqueue(MockBackend.json(201, "{\"registrationId\":42,\"departmentCode\":\"NOI\",\"queueNumber\":"
                + "\"UT-NOI-003\",\"room\":\"P.101\",\"priority\":true,\"priorityReasons\":[\"ELDERLY\"],"
                + "\"estimatedWaitMinutes\":10,\"insuranceStatus\":\"VALID\"}"));
        UUID key = UUID.randomUUID();

        List<Clinic.DepartmentQueue> departments = ((ApiResult.Ok<List<Clinic.DepartmentQueue>>) client.departments()).value();
        ApiResult<Clinic.Registration> reg = client.registerPatient(new Clinic.RegistrationRequest("NOI",
                Identity.minimal("001040012345", "Lê Văn Cường"), null, List.of(Clinic.PriorityReason.DISABILITY)), key);

        assertEquals(12, departments.get(0).waiting());
        Clinic.Registration registration = ((ApiResult.Ok<Clinic.Registration>) reg).value();
        assertEquals("UT-NOI-003", registration.queueNumber());
        assertEquals(List.of(Clinic.PriorityReason.ELDERLY), registration.priorityReasons());
        backend.take();
        RecordedRequest r = backend.take();
        assertEquals("/api/v1/clinic/registrations", r.getUrl().encodedPath());
        JsonNode json = body(r);
        assertEquals("DISABILITY", json.at("/priorityReasons/0").asText());
        assertFalse(json.has("evidence"), "a QR-only identity sends no evidence");
    }

    @Test
    void aTwoHundredThatBreaksTheContractIsUnavailableNotAnException() {
        backend.server.enqueue(MockBackend.json(200, "<html>captive portal</html>"));
        backend.server.enqueue(MockBackend.json(200, "{}"));
        ApiResult<List<Catalogue.Procedure>> garbage = client.procedures();
        ApiResult<List<Catalogue.Procedure>> empty = client.procedures();
        assertEquals(UnavailableReason.INVALID_RESPONSE, assertInstanceOf(ApiResult.Unavailable.class, garbage).reason());
        assertEquals(UnavailableReason.INVALID_RESPONSE, assertInstanceOf(ApiResult.Unavailable.class, empty).reason());
    }

    @Test
    void personalDataStaysOutOfToString() {
        Identity identity = Identity.minimal("001089012345", "Nguyễn Thị Hương");
        Dossiers.Submission s = new Dossiers.Submission("KHAI_SINH", identity, null, null, null);
        assertFalse(identity.toString().contains("001089012345"));
        assertFalse(s.toString().contains("Hương"));
    }
}
