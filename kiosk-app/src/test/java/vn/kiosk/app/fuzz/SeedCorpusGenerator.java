package vn.kiosk.app.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import vn.kiosk.app.backend.Clinic;
import vn.kiosk.app.backend.Dossiers;
import vn.kiosk.app.backend.Identity;
import vn.kiosk.app.backend.Notary;
import vn.kiosk.app.backend.Submissions;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.sm.SmCodec;
import vn.kiosk.reader.tlv.Tlv;
import vn.kiosk.simulator.backend.BackendSettings;
import vn.kiosk.simulator.backend.ReferenceBackend;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.citizen.CitizenGenerator;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Fault;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.pki.KeyAlgorithm;
import vn.kiosk.simulator.pki.TestPki;
import vn.kiosk.simulator.qr.CardFrontQr;

/**
 * Writes the fuzz targets' seed corpora (issue 9, docs/FUZZING.md) from the simulator: real card files
 * personalised for a few citizens on all three card profiles, secure-messaging responses made by the
 * virtual chip's codec, card-front QR texts, and the reference backend's own JSON answers. Not part of
 * the build; regenerate with
 *
 * <pre>
 * mvn -o -q install -DskipTests
 * mvn -o -pl kiosk-app test -Dtest=SeedCorpusGenerator -Dfuzz.seeds=write
 * </pre>
 *
 * It replaces only the files it names ({@code seed-*}); crash inputs that fuzzing found stay.
 */
@EnabledIfSystemProperty(named = "fuzz.seeds", matches = "write")
class SeedCorpusGenerator {
    /** The moment the seed PKI is made for; the passive-authentication target verifies at this time. */
    static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");
    private static final HexFormat HEX = HexFormat.of();

    private final Path repository = repositoryRoot();
    private final Path reader = repository.resolve("reader-driver/src/test/resources/vn/kiosk/reader/fuzz");
    private final Path kiosk = repository.resolve("kiosk-app/src/test/resources/vn/kiosk/app/fuzz");

    @TempDir
    Path backendData;

    @Test
    void write() throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(9);
        TestPki ecPki = TestPki.generate(KeyAlgorithm.EC_P256, NOW, random);
        TestPki rsaPki = TestPki.generate(KeyAlgorithm.RSA_2048, NOW, random);

        // three citizens on the three profiles; the first card's PKI and files are the PA fixtures
        List<Card> cards = List.of(
                new Card("cccd-2021", new Personaliser(ecPki, random).personalise(citizen(1), CardProfile.CCCD_2021, List.of())),
                new Card("can-cuoc-2024", new Personaliser(rsaPki, random).personalise(citizen(2), CardProfile.CAN_CUOC_2024, List.of())),
                new Card("bac-only", new Personaliser(ecPki, random).personalise(citizen(3), CardProfile.BAC_ONLY, List.of())),
                new Card("malformed-dg13", new Personaliser(ecPki, random).personalise(citizen(4), CardProfile.CCCD_2021,
                        List.of(new Fault.MalformedTlv()))),
                new Card("forged-dg1", new Personaliser(ecPki, random).personalise(citizen(5), CardProfile.CCCD_2021,
                        List.of(new Fault.ForgedDataGroup(1)))));

        for (Card card : cards) {
            card.content.cardAccess().ifPresent(bytes -> seed("CardAccessFuzzTest", "parse", card.name, bytes));
            seed("EfComFuzzTest", "parse", card.name, card.file(ElementaryFiles.COM));
            seed("SecurityObjectFuzzTest", "parse", card.name, card.file(ElementaryFiles.SOD));
            seed("SecurityObjectFuzzTest", "passiveAuthentication", card.name, card.file(ElementaryFiles.SOD));
            seed("Dg1FuzzTest", "parse", card.name, card.dg(1));
            seed("Dg1FuzzTest", "mrzText", card.name, withLineBreaks(card.dg(1)));
            seed("Dg13FuzzTest", "parse", card.name, card.dg(13));
            seed("Dg14FuzzTest", "parse", card.name, card.dg(14));
            seed("Dg15FuzzTest", "parse", card.name, card.dg(15));
            for (int fid : new int[] {ElementaryFiles.COM, ElementaryFiles.dataGroup(1), ElementaryFiles.dataGroup(13),
                    ElementaryFiles.dataGroup(14), ElementaryFiles.dataGroup(15)}) {
                seed("TlvFuzzTest", "parseAll", card.name + "-" + Integer.toHexString(fid), card.file(fid));
            }
        }
        // DG2 holds the portrait (kilobytes): two cards are enough
        seed("Dg2FuzzTest", "parse", "cccd-2021", cards.get(0).dg(2));
        seed("Dg2FuzzTest", "parse", "can-cuoc-2024", cards.get(1).dg(2));

        Card first = cards.get(0);
        fixture("csca.der", ecPki.csca().certificate().getEncoded());
        fixture("now.txt", (NOW + "\n").getBytes(StandardCharsets.US_ASCII));
        for (int number : new int[] {1, 2, 13, 14, 15}) {
            fixture("dg" + number + ".bin", first.dg(number));
        }

        secureMessaging(first);
        qr();
        backend();
    }

    /** Responses to the fuzz target's READ BINARY, protected as the virtual chip protects them. */
    private void secureMessaging(Card card) throws Exception {
        Map<String, byte[]> answers = Map.of(
                "ef-com", card.file(ElementaryFiles.COM),
                "dg1", card.dg(1),
                "dg13-head", java.util.Arrays.copyOf(card.dg(13), 0xDF),
                "status-only", new byte[0]);
        for (Map.Entry<String, byte[]> answer : answers.entrySet()) {
            for (int selector : new int[] {0, 1}) {
                SessionKeys keys = selector == 0 ? aesKeys() : desKeys();
                ResponseApdu protectedResponse = chipWrap(keys, new ResponseApdu(answer.getValue(), 0x9000));
                byte[] apdu = protectedResponse.encode();
                byte[] input = new byte[apdu.length + 1];
                input[0] = (byte) selector;
                System.arraycopy(apdu, 0, input, 1, apdu.length);
                String suite = selector == 0 ? "aes" : "3des";
                seed("SecureMessagingFuzzTest", "unwrap", suite + "-" + answer.getKey(), input);
                if (answer.getKey().equals("ef-com")) {
                    seed("TlvFuzzTest", "parseAll", "sm-" + suite, protectedResponse.data());
                }
            }
        }
        // an error a chip sends unprotected, and one it protects
        seed("SecureMessagingFuzzTest", "unwrap", "aes-plain-6a82", HEX.parseHex("006a82"));
        seed("SecureMessagingFuzzTest", "unwrap", "aes-6282",
                Tlv.concat(new byte[] {0}, chipWrap(aesKeys(), new ResponseApdu(new byte[0], 0x6282)).encode()));
        // the structured target reads its choices from the bytes: a few fixed byte strings to start from
        seed("SecureMessagingFuzzTest", "unwrapAuthenticated", "zeros", new byte[64]);
        seed("SecureMessagingFuzzTest", "unwrapAuthenticated", "ones", filled(64, (byte) 1));
        seed("SecureMessagingFuzzTest", "unwrapAuthenticated", "ramp", ramp(200));
    }

    /** What the chip does: one counter step for the command it answered, one for the response. */
    private static ResponseApdu chipWrap(SessionKeys keys, ResponseApdu response) {
        SmCodec chip = new SmCodec(keys);
        chip.nextSsc();
        byte[] ssc = chip.nextSsc();
        byte[] do87 = response.length() == 0 ? new byte[0] : chip.encryptedDataObject(ssc, response.data(), false);
        byte[] do99 = Tlv.encode(SmCodec.DO_STATUS, new byte[] {(byte) (response.sw() >> 8), (byte) response.sw()});
        byte[] macInput = Tlv.concat(do87, do99);
        return new ResponseApdu(Tlv.concat(macInput, chip.macDataObject(ssc, macInput)), response.sw());
    }

    /** The same keys as reader-driver's SecureMessagingFuzzTest. */
    private static SessionKeys aesKeys() {
        return SessionKeys.derive(CipherSuite.AES_128, "issue 9: fuzzing secure messaging".getBytes(StandardCharsets.US_ASCII));
    }

    private static SessionKeys desKeys() {
        return new SessionKeys(CipherSuite.DESEDE, HEX.parseHex("979EC13B1CBFE9DCD01AB0FED307EAE5"),
                HEX.parseHex("F1CB1F1FB5ADF208806B89DC579DC1F8"), HEX.parseHex("887022120C06C226"));
    }

    private void qr() {
        for (long seed = 1; seed <= 6; seed++) {
            byte[] text = CardFrontQr.text(citizen(seed)).getBytes(StandardCharsets.UTF_8);
            seed("QrFuzzTest", "parseText", "cccd-" + seed, text);
            seed("QrFuzzTest", "parseBytes", "cccd-" + seed, text);
        }
        // a card issued from July 2024 (căn cước: issue date on or after 01072024, more fields after it)
        Citizen c = citizen(7);
        String canCuoc = String.join("|", c.idNumber(), "", c.fullName(), "01011990", c.sex().vietnamese(),
                c.placeOfResidence(), "15082024", c.idNumber(), c.fullName());
        seed("QrFuzzTest", "parseText", "can-cuoc-2024", canCuoc.getBytes(StandardCharsets.UTF_8));
        String vneid = "https://vneid.gov.vn/qr?id=" + citizen(8).idNumber() + "&t=1767578400";
        seed("QrFuzzTest", "parseText", "vneid", vneid.getBytes(StandardCharsets.UTF_8));
        seed("QrFuzzTest", "parseBytes", "vneid", vneid.getBytes(StandardCharsets.UTF_8));
        // the same card QR as a Windows-1252 scanner sends it
        seed("QrFuzzTest", "parseBytes", "cccd-1-cp1252",
                CardFrontQr.text(citizen(1)).getBytes(java.nio.charset.Charset.forName("windows-1252")));
    }

    /** The reference backend's answers, as the kiosk receives them. */
    private void backend() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Submissions submissions = new Submissions();
        Identity parent = new Identity("001089012345", "Nguyễn Văn Hùng", "1989-03-14", "M", null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        try (ReferenceBackend backend = ReferenceBackend.start(BackendSettings.loopback(backendData))) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + backend.port() + "/api/v1";

            Answer procedures = get(http, base + "/procedures");
            apiSeed("procedures", procedures);
            for (JsonNode p : json.readTree(procedures.body).path("procedures")) {
                answerSeed("procedure", p.path("code").asText(), json.writeValueAsBytes(p));
            }
            Answer departments = get(http, base + "/clinic/departments");
            apiSeed("departments", departments);
            for (JsonNode d : json.readTree(departments.body).path("departments")) {
                answerSeed("departmentQueue", d.path("code").asText(), json.writeValueAsBytes(d));
            }
            Answer types = get(http, base + "/notary/request-types");
            apiSeed("notaryRequestTypes", types);
            for (JsonNode t : json.readTree(types.body).path("requestTypes")) {
                answerSeed("notaryRequestType", t.path("code").asText(), json.writeValueAsBytes(t));
            }
            Answer configuration = get(http, base + "/kiosks/KIOSK-HN-01/configuration");
            apiSeed("configuration", configuration);
            answerSeed("kioskConfiguration", "reference", configuration.body);

            Answer valid = post(http, base + "/clinic/insurance-checks", "{\"idNumber\":\"001089012342\"}");
            apiSeed("checkInsurance", valid);
            answerSeed("insuranceCheck", "valid", valid.body);
            answerSeed("insuranceCheck", "not-found",
                    post(http, base + "/clinic/insurance-checks", "{\"idNumber\":\"001089012340\"}").body);

            Answer registration = post(http, base + "/clinic/registrations", new String(submissions.clinicRegistration(
                    new Clinic.RegistrationRequest("NOI", parent, null, List.of(Clinic.PriorityReason.ELDERLY))).body(),
                    StandardCharsets.UTF_8));
            apiSeed("registerPatient", registration);
            answerSeed("clinicRegistration", "reference", registration.body);

            Answer dossier = post(http, base + "/dossiers", new String(submissions.dossier(new Dossiers.Submission(
                    "KHAI_SINH", parent, null, Map.of("childFullName", "Nguyễn Minh Khôi", "childDateOfBirth",
                    "2026-01-01", "childSex", "M", "placeOfBirth", "Bệnh viện Phụ sản Hà Nội", "relationship",
                    "FATHER"), null)).body(), StandardCharsets.UTF_8));
            apiSeed("submitDossier", dossier);
            answerSeed("dossierStatus", "reference", dossier.body);

            Identity buyer = new Identity("079304001234", "Trần Thị Mai", "2004-02-29", "F", null, null,
                    null, null, null, null, null, null, null, null, null, null, null);
            Answer notary = post(http, base + "/notary/requests", new String(submissions.notaryRequest(new Notary.Submission(
                    types.first(json, "requestTypes"), List.of(new Notary.Party("SELLER", parent, null),
                    new Notary.Party("BUYER", buyer, null)))).body(), StandardCharsets.UTF_8));
            apiSeed("submitNotaryRequest", notary);
            answerSeed("notaryRequest", "reference", notary.body);

            Answer rejected = post(http, base + "/dossiers", "{\"procedureCode\":\"NO_SUCH\",\"identity\":"
                    + json.writeValueAsString(json.readTree(submissions.dossier(new Dossiers.Submission("KHAI_SINH",
                    parent, null, null, null)).body()).path("identity")) + "}");
            apiSeed("submitDossier-rejected", rejected);
            answerSeed("problem", "reference", rejected.body);
        }
        // LivenessResult as docs/api/openapi.yaml describes it: a chip answer needs a card in the loop
        answerSeed("livenessResult", "openapi", ("{\"challengeId\":\"CH-20260105-0001\",\"passive\":\"VALID\","
                + "\"active\":\"VALID\",\"challenge\":\"MATCHED\",\"identity\":\"MATCHED\",\"dataGroups\":{\"DG1\":\"VALID\","
                + "\"DG2\":\"VALID\",\"DG13\":\"VALID\"},\"verdict\":\"VALID\",\"problems\":[]}").getBytes(StandardCharsets.UTF_8));
    }

    private record Answer(String endpoint, int status, byte[] body) {
        String first(ObjectMapper json, String list) throws IOException {
            return json.readTree(body).path(list).get(0).path("code").asText();
        }
    }

    private static Answer get(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(url, r.statusCode(), r.body());
    }

    private static Answer post(HttpClient http, String url, String body) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() >= 500) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return new Answer(url, r.statusCode(), r.body());
    }

    /** BackendJsonFuzzTest's Submissions.answer targets: the JSON alone. */
    private void answerSeed(String method, String name, byte[] body) {
        write(kiosk.resolve("BackendJsonFuzzTestInputs").resolve(method), name, body);
    }

    /** BackendJsonFuzzTest.apiResult: call index, status index, then the body (see the test). */
    private void apiSeed(String name, Answer answer) {
        String call = name.replaceFirst("-.*", "");
        int callIndex = BackendJsonFuzzTest.CALLS.indexOf(call);
        int statusIndex = BackendJsonFuzzTest.STATUSES.indexOf(answer.status);
        if (callIndex < 0 || statusIndex < 0) {
            throw new IllegalStateException("no call " + call + " or status " + answer.status + " in BackendJsonFuzzTest");
        }
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(callIndex);
        input.write(statusIndex);
        input.writeBytes(answer.body);
        write(kiosk.resolve("BackendJsonFuzzTestInputs").resolve("apiResult"), name, input.toByteArray());
    }

    private void seed(String testClass, String method, String name, byte[] bytes) {
        write(reader.resolve(testClass + "Inputs").resolve(method), name, bytes);
    }

    private void fixture(String name, byte[] bytes) {
        try {
            Files.createDirectories(reader.resolve("fixtures"));
            Files.write(reader.resolve("fixtures").resolve(name), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path directory, String name, byte[] bytes) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve("seed-" + name.replaceAll("[^A-Za-z0-9._-]", "_")), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] withLineBreaks(byte[] dg1) {
        try {
            return vn.kiosk.reader.lds.Dg1.parse(dg1).mrz().text().getBytes(StandardCharsets.ISO_8859_1);
        } catch (vn.kiosk.reader.error.MalformedDataException e) {
            // a forged DG1 is still an MRZ; anything else is a generator bug
            throw new IllegalStateException("the simulator wrote a DG1 that does not parse", e);
        }
    }

    private static Citizen citizen(long seed) {
        return CitizenGenerator.generate(seed);
    }

    private static byte[] filled(int n, byte value) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    private static byte[] ramp(int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) i;
        }
        return out;
    }

    private record Card(String name, ChipContent content) {
        byte[] file(int fid) {
            byte[] bytes = content.files().get(fid);
            if (bytes == null) {
                throw new IllegalStateException(name + " has no file " + Integer.toHexString(fid));
            }
            return bytes;
        }

        byte[] dg(int number) {
            return file(ElementaryFiles.dataGroup(number));
        }
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("reader-driver")) && Files.isDirectory(p.resolve("kiosk-app"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside the repository, not " + here);
    }
}
