package vn.kiosk.simulator.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.Evidence;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Fault;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.testing.TestCards;

/**
 * The backend re-verifies what simulated cards produce: genuine, forged and cloned chips answering
 * its own challenge, read by the real reader code.
 */
class BackendLivenessTest {
    private static final Citizen CITIZEN = TestCards.citizen(7);
    private static final TrustStore TRUST = TrustStore.of(List.of(TestCards.PKI.csca().certificate()),
            List.of(TestCards.PKI.crl()));

    @TempDir
    Path data;

    private ReferenceBackend backend;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        backend = ReferenceBackend.start(BackendSettings.loopback(data).withTrust(TRUST));
        client = new TestClient(backend.baseUri());
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    private static ChipContent card(Fault... faults) {
        return new Personaliser(TestCards.PKI, new SecureRandom()).personalise(CITIZEN, CardProfile.CCCD_2021,
                List.of(faults));
    }

    private static Evidence read(ChipContent content, byte[] nonce) throws Exception {
        SecureRandom random = new SecureRandom();
        CardRead read = new IdCardReader(random).read(
                VirtualReaders.withCard(new VirtualChip(content, random)).firstTerminal(), AccessKey.can(CITIZEN.can()),
                ReadOptions.of(TRUST).withChallenge(nonce).withPhoto(false), event -> { });
        return read.evidence();
    }

    /** The evidence object exactly as {@code reader-cli read --json} prints it. */
    static ObjectNode evidenceJson(Evidence evidence) {
        ObjectNode node = TestClient.object();
        node.put("sod", Base64.getEncoder().encodeToString(evidence.sod()));
        ObjectNode groups = node.putObject("dataGroups");
        evidence.dataGroups().forEach((n, bytes) -> groups.put("DG" + n, Base64.getEncoder().encodeToString(bytes)));
        evidence.activeAuthentication().ifPresent(aa -> {
            ObjectNode transcript = node.putObject("activeAuthentication");
            transcript.put("challenge", HexFormat.of().formatHex(aa.challenge()));
            transcript.put("signature", HexFormat.of().formatHex(aa.signature()));
        });
        return node;
    }

    private static ObjectNode answer(String idNumber, Evidence evidence) {
        ObjectNode body = TestClient.object();
        ObjectNode identity = TestClient.identity(idNumber);
        identity.put("fullName", CITIZEN.fullName());
        body.set("identity", identity);
        body.set("evidence", evidenceJson(evidence));
        return body;
    }

    private TestClient.Answer challenge() throws Exception {
        TestClient.Answer challenge = client.post("/liveness/challenges", null);
        assertEquals(201, challenge.status());
        return challenge;
    }

    private TestClient.Answer respond(TestClient.Answer challenge, ObjectNode body) throws Exception {
        return client.post("/liveness/challenges/" + challenge.text("challengeId") + "/responses", body);
    }

    @Test
    void aGenuineChipSigningTheBackendsNonceIsValid() throws Exception {
        TestClient.Answer challenge = challenge();
        Evidence evidence = read(card(), HexFormat.of().parseHex(challenge.text("nonce")));
        TestClient.Answer result = respond(challenge, answer(CITIZEN.idNumber(), evidence));
        assertEquals(200, result.status(), result.body()::toString);
        assertEquals("VALID", result.text("passive"), result.body()::toString);
        assertEquals("VALID", result.text("active"));
        assertEquals("MATCHED", result.text("challenge"));
        assertEquals("MATCHED", result.text("identity"));
        assertEquals("VALID", result.text("verdict"));
        BackendOpenApiTest.assertConformsTo("LivenessResult", result.body());

        // Answered once: a second answer, even with the same evidence, could be a replay.
        TestClient.Answer replay = respond(challenge, answer(CITIZEN.idNumber(), evidence));
        assertEquals(409, replay.status());
        assertEquals("CHALLENGE_USED", replay.text("code"));
    }

    @Test
    void aForgedDataGroupIsInvalid() throws Exception {
        TestClient.Answer challenge = challenge();
        Evidence evidence = read(card(Fault.parse("forged-dg13")), HexFormat.of().parseHex(challenge.text("nonce")));
        TestClient.Answer result = respond(challenge, answer(CITIZEN.idNumber(), evidence));
        assertEquals("INVALID", result.text("passive"), result.body()::toString);
        assertEquals("INVALID", result.text("verdict"));
    }

    @Test
    void aCloneIsInvalid() throws Exception {
        TestClient.Answer challenge = challenge();
        Evidence evidence = read(card(Fault.parse("clone")), HexFormat.of().parseHex(challenge.text("nonce")));
        TestClient.Answer result = respond(challenge, answer(CITIZEN.idNumber(), evidence));
        // The clone fails chip authentication first, so the reader sends no AA signature at all.
        assertEquals("VALID", result.text("passive"), result.body()::toString);
        assertEquals("NOT_CHECKED", result.text("active"));
        assertEquals("INVALID", result.text("verdict"));
    }

    @Test
    void aSignatureNotMadeByTheChipsKeyIsInvalid() throws Exception {
        TestClient.Answer challenge = challenge();
        ObjectNode body = answer(CITIZEN.idNumber(), read(card(), HexFormat.of().parseHex(challenge.text("nonce"))));
        ObjectNode transcript = (ObjectNode) body.path("evidence").path("activeAuthentication");
        byte[] signature = HexFormat.of().parseHex(transcript.path("signature").asText());
        signature[signature.length / 2] ^= 0x01;
        transcript.put("signature", HexFormat.of().formatHex(signature));
        TestClient.Answer result = respond(challenge, body);
        assertEquals("VALID", result.text("passive"), result.body()::toString);
        assertEquals("INVALID", result.text("active"));
        assertEquals("INVALID", result.text("verdict"));
    }

    @Test
    void aSignatureOverAnotherChallengeIsInvalid() throws Exception {
        TestClient.Answer challenge = challenge();
        Evidence evidence = read(card(), HexFormat.of().parseHex("0102030405060708"));
        TestClient.Answer result = respond(challenge, answer(CITIZEN.idNumber(), evidence));
        assertEquals("VALID", result.text("active"), result.body()::toString);
        assertEquals("MISMATCHED", result.text("challenge"));
        assertEquals("INVALID", result.text("verdict"));
    }

    @Test
    void genuineEvidenceWithSomeoneElsesIdentityIsInvalid() throws Exception {
        TestClient.Answer challenge = challenge();
        Evidence evidence = read(card(), HexFormat.of().parseHex(challenge.text("nonce")));
        TestClient.Answer result = respond(challenge, answer("001090000999", evidence));
        assertEquals("MISMATCHED", result.text("identity"), result.body()::toString);
        assertEquals("INVALID", result.text("verdict"));
    }

    @Test
    void withoutTrustAnchorsAGenuineChipIsOnlyUntrusted() throws Exception {
        backend.close();
        backend = ReferenceBackend.start(BackendSettings.loopback(data));
        client = new TestClient(backend.baseUri());
        TestClient.Answer challenge = challenge();
        Evidence evidence = read(card(), HexFormat.of().parseHex(challenge.text("nonce")));
        TestClient.Answer result = respond(challenge, answer(CITIZEN.idNumber(), evidence));
        assertEquals("UNTRUSTED", result.text("passive"), result.body()::toString);
        assertEquals("UNTRUSTED", result.text("verdict"));
    }

    @Test
    void aDossierWithForgedEvidenceIsRejectedAndAGenuineOneRecordedAsVerified() throws Exception {
        byte[] nonce = new byte[8];
        ObjectNode forged = BackendEndpointsTest.temporaryResidence(CITIZEN.idNumber());
        forged.set("evidence", evidenceJson(read(card(Fault.parse("forged-dg1")), nonce)));
        TestClient.Answer rejected = client.post("/dossiers", forged);
        assertEquals(422, rejected.status(), rejected.body()::toString);
        assertEquals("EVIDENCE_INVALID", rejected.text("code"));

        ObjectNode genuine = BackendEndpointsTest.temporaryResidence(CITIZEN.idNumber());
        genuine.set("evidence", evidenceJson(read(card(), nonce)));
        TestClient.Answer accepted = client.post("/dossiers", genuine);
        assertEquals(201, accepted.status(), accepted.body()::toString);
        assertEquals("CHIP_VERIFIED", accepted.text("assurance"));
        assertEquals(1, backend.dossierCount());
    }

    @Test
    void malformedEvidenceIsABadRequest() throws Exception {
        TestClient.Answer challenge = challenge();
        ObjectNode body = TestClient.object();
        body.set("identity", TestClient.identity(CITIZEN.idNumber()));
        body.putObject("evidence").put("sod", "not base64!").putObject("dataGroups");
        TestClient.Answer answer = respond(challenge, body);
        assertEquals(400, answer.status());
        assertEquals("INVALID_REQUEST", answer.text("code"));
    }
}
