package vn.kiosk.reader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class QrCommandTest {
    private static final String QR = "001089012345|163456789|Nguyễn Văn Đức|15031989|Nam|Hà Nội|20042021";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ReaderCli.commandLine(CommandLine.defaultFactory());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void textToJsonWithTheContractsNames() throws Exception {
        assertEquals(0, run("qr", "--text", QR, "--json"), err::toString);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("CCCD", json.get("kind").asText());
        assertEquals("Nguyễn Văn Đức", json.get("identity").get("fullName").asText());
        assertEquals("1989-03-15", json.get("identity").get("dateOfBirth").asText());
        assertEquals("M", json.get("identity").get("sex").asText());
        assertEquals("Hà Nội", json.get("identity").get("placeOfResidence").asText());
        assertEquals("", json.get("identity").get("mrz").asText());
        assertEquals("012345", json.get("accessKey").get("can").asText());
        assertEquals("089012345,890315,290315", json.get("accessKey").get("mrz").asText());
        assertTrue(out.toString().chars().allMatch(c -> c < 0x80), "non-ASCII is escaped");
    }

    @Test
    void anUnknownTextIsAnAnswerNotAFailure() throws Exception {
        assertEquals(0, run("qr", "--text", "hello", "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("UNKNOWN", json.get("kind").asText());
        assertTrue(json.get("identity").isNull());
        assertTrue(json.get("accessKey").get("can").isNull());
        assertTrue(json.get("problems").size() > 0);
    }

    @Test
    void usageAndFailures() {
        assertEquals(2, run("qr"));
        assertEquals(2, run("qr", "--text", QR, "--image", "x.png"));
        assertEquals(1, run("qr", "--image", "/no/such/file.png"));
        assertTrue(err.toString().contains("no such image file"), err::toString);
    }

    @Test
    void readWithAQrThatGivesNoKeyIsBadUsage() {
        assertEquals(2, run("read", "--qr", "not|a|card"));
        assertTrue(err.toString().contains("--qr: not a usable ID card QR"), err::toString);
        err.getBuffer().setLength(0);
        assertEquals(2, run("read", "--qr", "https://vneid.gov.vn/"));
        assertTrue(err.toString().contains("VNEID"), err::toString);
    }
}
