package vn.kiosk.reader.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kiosk.reader.qr.QrAccessKey;
import vn.kiosk.reader.qr.QrResult;

/**
 * {@code qr --json}: {@code kind}, {@code identity} (the names of {@code read --json}, null when the
 * QR is of no known kind), {@code accessKey} ({@code can}, {@code mrz} as DOCNO,YYMMDD,YYMMDD, each
 * null when not derivable) and {@code problems} (an addition to the contract).
 */
final class QrJson {
    private QrJson() {
    }

    static String write(QrResult result) {
        // Non-ASCII escaped: the output is right whatever charset the console uses.
        ObjectMapper mapper = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", result.kind().name());
        QrAccessKey key = QrAccessKey.NONE;
        if (result instanceof QrResult.Recognised recognised) {
            root.set("identity", ReadJson.identity(mapper, recognised.identity()));
            key = recognised.accessKey();
        } else {
            root.putNull("identity");
        }
        ObjectNode access = root.putObject("accessKey");
        access.put("can", key.can().orElse(null));
        access.put("mrz", key.mrzText().orElse(null));
        ArrayNode problems = root.putArray("problems");
        result.problems().forEach(problems::add);
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always serialises", e);
        }
    }
}
