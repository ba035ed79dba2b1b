package vn.kiosk.simulator.backend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A plain JDK HTTP client for the reference backend, as a kiosk would call it. */
final class TestClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final Duration timeout;

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    TestClient(URI base) {
        this(base, Duration.ofSeconds(10));
    }

    TestClient(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).timeout(timeout).GET().build());
    }

    Answer post(String path, JsonNode body) throws IOException, InterruptedException {
        return post(path, UUID.randomUUID().toString(), body);
    }

    Answer post(String path, String idempotencyKey, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body.toString()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), body, response);
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** A synthetic identity (not a real person) with the given ID number. */
    static ObjectNode identity(String idNumber) {
        ObjectNode identity = object();
        identity.put("idNumber", idNumber);
        identity.put("fullName", "Nguyễn Thị Thử");
        identity.put("dateOfBirth", "1990-04-12");
        identity.put("sex", "F");
        identity.put("placeOfResidence", "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội");
        return identity;
    }
}
