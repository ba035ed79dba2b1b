package vn.kiosk.simulator.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every route of the reference backend over real HTTP on loopback, and its idempotency and persistence. */
class BackendEndpointsTest {
    @TempDir
    Path data;

    private ReferenceBackend backend;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        backend = ReferenceBackend.start(BackendSettings.loopback(data));
        client = new TestClient(backend.baseUri());
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    private void restart() throws Exception {
        backend.close();
        backend = ReferenceBackend.start(BackendSettings.loopback(data));
        client = new TestClient(backend.baseUri());
    }

    @Test
    void theCatalogueHasTheEssentialServicesInBothLanguages() throws Exception {
        TestClient.Answer answer = client.get("/procedures");
        assertEquals(200, answer.status());
        List<String> codes = new ArrayList<>();
        for (JsonNode p : answer.body().path("procedures")) {
            codes.add(p.path("code").asText());
            assertFalse(p.path("nameVi").asText().isBlank());
            assertFalse(p.path("nameEn").asText().isBlank());
            assertTrue(p.path("identityFields").isArray());
            assertTrue(p.path("fee").path("amountVnd").isNumber());
            for (JsonNode f : p.path("extraFields")) {
                assertTrue(f.path("required").isBoolean());
                assertFalse(f.path("type").asText().isBlank());
            }
        }
        assertTrue(codes.containsAll(List.of("KHAI_SINH", "THUONG_TRU", "TAM_TRU", "LY_LICH_TU_PHAP",
                "XAC_NHAN_HON_NHAN", "KHAI_TU")), codes::toString);
        assertTrue(answer.body().toString().contains("Đăng ký khai sinh"));
    }

    static ObjectNode temporaryResidence(String idNumber) {
        ObjectNode dossier = TestClient.object();
        dossier.put("procedureCode", "TAM_TRU");
        dossier.set("identity", TestClient.identity(idNumber));
        ObjectNode fields = dossier.putObject("fields");
        fields.put("temporaryAddress", "Số 5 Phố Huế, Hà Nội");
        fields.put("until", "2027-01-01");
        ObjectNode attachment = dossier.putArray("attachments").addObject();
        attachment.put("name", "hop-dong-thue.pdf");
        attachment.put("mediaType", "application/pdf");
        attachment.put("content", "JVBERi0xLjQK");
        return dossier;
    }

    @Test
    void aDossierIsFiledAndItsStatusFound() throws Exception {
        TestClient.Answer filed = client.post("/dossiers", temporaryResidence("001090000123"));
        assertEquals(201, filed.status(), filed.body()::toString);
        String code = filed.text("dossierCode");
        assertTrue(code.matches("HS-\\d{8}-\\d{6}"), code);
        assertTrue(LocalDate.parse(filed.text("appointmentDate")).isAfter(LocalDate.now().minusDays(1)));
        assertEquals("QR_ONLY", filed.text("assurance"));

        TestClient.Answer status = client.get("/dossiers/" + code);
        assertEquals(200, status.status());
        assertEquals("RECEIVED", status.text("status"));
        assertEquals(filed.text("appointmentDate"), status.text("appointmentDate"));

        TestClient.Answer missing = client.get("/dossiers/HS-19000101-999999");
        assertEquals(404, missing.status());
        assertEquals("DOSSIER_NOT_FOUND", missing.text("code"));
        assertFalse(missing.text("messageVi").isBlank());
        assertFalse(missing.text("messageEn").isBlank());
    }

    @Test
    void aDossierMissingARequiredFieldIsRefusedInBothLanguages() throws Exception {
        ObjectNode dossier = temporaryResidence("001090000123");
        ((ObjectNode) dossier.path("fields")).remove("until");
        TestClient.Answer answer = client.post("/dossiers", dossier);
        assertEquals(422, answer.status());
        assertEquals("MISSING_FIELD", answer.text("code"));
        assertEquals(0, backend.dossierCount());
    }

    @Test
    void theSameKeyReturnsTheFirstResultEvenAfterARestart() throws Exception {
        ObjectNode dossier = temporaryResidence("001090000123");
        TestClient.Answer first = client.post("/dossiers", "key-1", dossier);
        TestClient.Answer again = client.post("/dossiers", "key-1", dossier);
        assertEquals(first.status(), again.status());
        assertEquals(first.body(), again.body());
        assertEquals("true", again.raw().headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, backend.dossierCount());

        restart();
        TestClient.Answer afterRestart = client.post("/dossiers", "key-1", dossier);
        assertEquals(201, afterRestart.status());
        assertEquals(first.body(), afterRestart.body());
        assertEquals(1, backend.dossierCount());
        assertEquals(200, client.get("/dossiers/" + first.text("dossierCode")).status());
    }

    @Test
    void concurrentRepeatsOfOneKeyFileOneDossier() throws Exception {
        ObjectNode dossier = temporaryResidence("001090000123");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TestClient.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> client.post("/dossiers", "same-key", dossier)));
            }
            JsonNode first = answers.get(0).get().body();
            for (Future<TestClient.Answer> answer : answers) {
                assertEquals(201, answer.get().status());
                assertEquals(first, answer.get().body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, backend.dossierCount());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() throws Exception {
        assertEquals(201, client.post("/dossiers", "key-2", temporaryResidence("001090000123")).status());
        TestClient.Answer reused = client.post("/dossiers", "key-2", temporaryResidence("001090000124"));
        assertEquals(422, reused.status());
        assertEquals("IDEMPOTENCY_KEY_REUSED", reused.text("code"));
        assertEquals(1, backend.dossierCount());
    }

    @Test
    void aRefusalIsRememberedUnderItsKeyToo() throws Exception {
        ObjectNode bad = temporaryResidence("001090000123");
        bad.put("procedureCode", "NO_SUCH");
        TestClient.Answer first = client.post("/dossiers", "key-3", bad);
        assertEquals(422, first.status());
        assertEquals(first.body(), client.post("/dossiers", "key-3", bad).body());
    }

    @Test
    void aMutatingCallWithoutAKeyIsRefused() throws Exception {
        TestClient.Answer answer = client.post("/dossiers", null, temporaryResidence("001090000123"));
        assertEquals(400, answer.status());
        assertEquals("IDEMPOTENCY_KEY_REQUIRED", answer.text("code"));
        assertEquals(0, backend.dossierCount());
    }

    @Test
    void unknownPathsAndMethodsAreProblems() throws Exception {
        assertEquals(404, client.get("/no/such/thing").status());
        TestClient.Answer wrongMethod = client.get("/dossiers");
        assertEquals(405, wrongMethod.status());
        assertEquals("POST", wrongMethod.raw().headers().firstValue("Allow").orElse(""));
        assertEquals("INVALID_REQUEST", client.post("/dossiers", TestClient.JSON.getNodeFactory().textNode("x"))
                .text("code"));
    }

    @Test
    void dossiersSurviveARestart() throws Exception {
        String code = client.post("/dossiers", temporaryResidence("001090000123")).text("dossierCode");
        restart();
        assertEquals(1, backend.dossierCount());
        assertEquals(code, client.get("/dossiers/" + code).text("dossierCode"));
        String next = client.post("/dossiers", temporaryResidence("001090000123")).text("dossierCode");
        assertFalse(next.equals(code));
    }

    private TestClient.Answer insurance(String idNumber) throws Exception {
        ObjectNode body = TestClient.object();
        body.put("idNumber", idNumber);
        return client.post("/clinic/insurance-checks", body);
    }

    @Test
    void bhytFollowsTheDocumentedRuleOnTheLastDigit() throws Exception {
        int year = LocalDate.now().getYear();
        assertEquals("NOT_FOUND", insurance("001090000120").text("status"));
        TestClient.Answer expired = insurance("001090000121");
        assertEquals("EXPIRED", expired.text("status"));
        assertEquals((year - 1) + "-12-31", expired.text("validTo"));
        TestClient.Answer valid = insurance("001090000125");
        assertEquals(200, valid.status());
        assertEquals("VALID", valid.text("status"));
        assertEquals(95, valid.body().path("benefitLevel").asInt());
        assertEquals(year + "-01-01", valid.text("validFrom"));
        assertTrue(valid.text("cardNumber").endsWith("1090000125"), valid.text("cardNumber"));
        assertFalse(valid.text("registeredFacility").isBlank());
        assertEquals(80, insurance("001090000122").body().path("benefitLevel").asInt());
        assertEquals(100, insurance("001090000129").body().path("benefitLevel").asInt());
        assertEquals(422, insurance("12345").status());
    }

    private ObjectNode registration(String department, String dateOfBirth, String... reasons) {
        ObjectNode body = TestClient.object();
        body.put("departmentCode", department);
        ObjectNode identity = TestClient.identity("001090000125");
        identity.put("dateOfBirth", dateOfBirth);
        body.set("identity", identity);
        for (String reason : reasons) {
            body.withArray("priorityReasons").add(reason);
        }
        return body;
    }

    @Test
    void patientsRegisterIntoQueuesAndPriorityGoesFirst() throws Exception {
        JsonNode departments = client.get("/clinic/departments").body().path("departments");
        List<String> names = new ArrayList<>();
        departments.forEach(d -> names.add(d.path("nameVi").asText()));
        assertTrue(names.containsAll(List.of("Khám Nội", "Khám Nhi", "Khám Sản", "Răng Hàm Mặt", "Tai Mũi Họng",
                "Khám Mắt")), names::toString);

        TestClient.Answer first = client.post("/clinic/registrations", registration("NOI", "1990-01-01"));
        assertEquals(201, first.status(), first.body()::toString);
        assertEquals("NOI-001", first.text("queueNumber"));
        assertEquals(0, first.body().path("estimatedWaitMinutes").asInt());
        assertFalse(first.body().path("priority").asBoolean());
        assertEquals("VALID", first.text("insuranceStatus"));
        TestClient.Answer second = client.post("/clinic/registrations", registration("NOI", "1990-01-01"));
        assertEquals("NOI-002", second.text("queueNumber"));
        assertTrue(second.body().path("estimatedWaitMinutes").asInt() > 0);

        TestClient.Answer disabled = client.post("/clinic/registrations",
                registration("NOI", "1990-01-01", "DISABILITY"));
        assertTrue(disabled.body().path("priority").asBoolean());
        assertEquals("UT-NOI-001", disabled.text("queueNumber"));
        assertEquals(0, disabled.body().path("estimatedWaitMinutes").asInt());

        String eightyYearsAgo = LocalDate.now().minusYears(85).toString();
        TestClient.Answer elderly = client.post("/clinic/registrations", registration("NOI", eightyYearsAgo));
        assertEquals("[\"ELDERLY\"]", elderly.body().path("priorityReasons").toString());

        JsonNode noi = client.get("/clinic/departments").body().path("departments").get(0);
        assertEquals("NOI", noi.path("code").asText());
        assertEquals(2, noi.path("waiting").asInt());
        assertEquals(2, noi.path("priorityWaiting").asInt());

        assertEquals("UNKNOWN_PRIORITY_REASON", client.post("/clinic/registrations",
                registration("NOI", "1990-01-01", "VIP")).text("code"));
        assertEquals(422, client.post("/clinic/registrations", registration("NO_SUCH", "1990-01-01")).status());
    }

    @Test
    void notaryRequestsNeedTheirPartiesAndGetADesk() throws Exception {
        JsonNode types = client.get("/notary/request-types").body().path("requestTypes");
        assertTrue(types.size() >= 4);
        ObjectNode request = TestClient.object();
        request.put("requestTypeCode", "MUA_BAN_NHA");
        ObjectNode seller = request.putArray("parties").addObject();
        seller.put("role", "SELLER");
        seller.set("identity", TestClient.identity("001090000123"));
        assertEquals("WRONG_PARTY_COUNT", client.post("/notary/requests", request).text("code"));

        ObjectNode buyer = request.withArray("parties").addObject();
        buyer.put("role", "BUYER");
        buyer.set("identity", TestClient.identity("079085000456"));
        TestClient.Answer answer = client.post("/notary/requests", request);
        assertEquals(201, answer.status(), answer.body()::toString);
        assertTrue(answer.text("requestNumber").matches("CC-\\d{6}"));
        assertFalse(answer.text("desk").isBlank());
        assertFalse(answer.text("appointmentTime").isBlank());
        assertEquals("QR_ONLY", answer.body().path("parties").get(1).path("assurance").asText());
    }

    @Test
    void qrOnlyIdentitiesAreConfirmedByTheRegister() throws Exception {
        ObjectNode body = TestClient.object();
        body.set("identity", TestClient.identity("001090000123"));
        TestClient.Answer confirmed = client.post("/identity/confirmations", body);
        assertEquals(201, confirmed.status());
        assertEquals("CONFIRMED", confirmed.text("status"));
        body.set("identity", TestClient.identity("001090000100"));
        assertEquals("NOT_FOUND", client.post("/identity/confirmations", body).text("status"));
    }

    @Test
    void livenessChallengesAreEightFreshBytes() throws Exception {
        TestClient.Answer a = client.post("/liveness/challenges", null);
        TestClient.Answer b = client.post("/liveness/challenges", null);
        assertEquals(201, a.status());
        assertTrue(a.text("nonce").matches("[0-9a-f]{16}"), a.text("nonce"));
        assertFalse(a.text("nonce").equals(b.text("nonce")));
        assertFalse(a.text("challengeId").equals(b.text("challengeId")));
    }

    @Test
    void kiosksReportInAndFetchTheirConfiguration() throws Exception {
        ObjectNode beat = TestClient.object();
        beat.put("status", "OK");
        beat.put("queueDepth", 3);
        TestClient.Answer ack = client.post("/kiosks/kiosk-07/heartbeat", beat);
        assertEquals(200, ack.status());
        assertEquals("kiosk-07", ack.text("kioskId"));
        assertTrue(ack.body().path("nextHeartbeatSeconds").asInt() > 0);
        TestClient.Answer configuration = client.get("/kiosks/kiosk-07/configuration");
        assertEquals(200, configuration.status());
        assertEquals("vi", configuration.text("defaultLanguage"));
        assertEquals(3, configuration.body().path("flows").size());
    }
}
