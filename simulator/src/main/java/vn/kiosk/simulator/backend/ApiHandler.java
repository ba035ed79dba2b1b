package vn.kiosk.simulator.backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The HTTP side of every request: chaos first, then routing, the Idempotency-Key rules for mutating
 * calls, and the JSON answer. Logs name routes and statuses only, never bodies (they hold personal data).
 */
final class ApiHandler implements HttpHandler {
    static final String PREFIX = "/api/v1";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final int MAX_KEY_LENGTH = 200;
    private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());

    private final Router router;
    private final Database database;
    private final IdempotencyTable idempotency = new IdempotencyTable();
    private final Chaos chaos;
    private final ObjectMapper mapper;
    private final Clock clock;

    ApiHandler(Router router, Database database, Chaos chaos, ObjectMapper mapper, Clock clock) {
        this.router = router;
        this.database = database;
        this.chaos = chaos;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Chaos.Decision fate = chaos.next();
            if (!pause(fate.delay())) {
                return;
            }
            switch (fate.action()) {
                case RESET:
                    // Closing before any header is sent makes the JDK server drop the connection.
                    return;
                case HOLD_THEN_DROP:
                    pause(chaos.timeoutHold());
                    return;
                case FAIL_503:
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    write(exchange, new ProblemException(503, "UNAVAILABLE", "Hệ thống tạm thời gián đoạn, vui lòng thử lại.",
                            "The service is temporarily unavailable; try again.").response());
                    return;
                default:
                    break;
            }
            serve(exchange);
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        ApiResponse response;
        boolean replayed = false;
        try {
            if (body.length > MAX_BODY_BYTES) {
                throw new ProblemException(413, "TOO_LARGE", "Yêu cầu quá lớn.", "The request body is too large.");
            }
            if (!rawPath.startsWith(PREFIX + "/")) {
                throw notFound();
            }
            String path = rawPath.substring(PREFIX.length());
            RouteMatch match = router.match(method, path);
            if (match instanceof RouteMatch.MethodNotAllowed notAllowed) {
                exchange.getResponseHeaders().set("Allow", String.join(", ", notAllowed.allowed()));
                throw new ProblemException(405, "METHOD_NOT_ALLOWED", "Phương thức không được hỗ trợ.",
                        "This method is not allowed here.");
            }
            if (!(match instanceof RouteMatch.Found found)) {
                throw notFound();
            }
            Optional<String> key = Optional.ofNullable(exchange.getRequestHeaders().getFirst(IDEMPOTENCY_KEY));
            ApiRequest request = new ApiRequest(method, path, found.pathParameters(), parse(body), key);
            if (found.route().mutating()) {
                Served served = mutate(found.route(), request, body);
                response = served.response();
                replayed = served.replayed();
            } else {
                response = database.read(c -> found.route().endpoint().handle(request, c));
            }
        } catch (ProblemException e) {
            response = e.response();
        } catch (SQLException | RuntimeException e) {
            // The message may quote a constraint or a path but never a body; still, keep it to the type.
            LOG.log(Level.WARNING, method + " " + rawPath + " failed: " + e.getClass().getSimpleName());
            response = new ProblemException(500, "INTERNAL", "Lỗi hệ thống, vui lòng thử lại sau.",
                    "Internal error; try again later.").response();
        }
        if (replayed) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        write(exchange, response);
    }

    private record Served(ApiResponse response, boolean replayed) {
    }

    private Served mutate(Route route, ApiRequest request, byte[] body) throws SQLException {
        String key = request.idempotencyKey().filter(k -> !k.isBlank()).orElseThrow(() -> new ProblemException(400,
                "IDEMPOTENCY_KEY_REQUIRED", "Thiếu khóa Idempotency-Key.",
                "Every mutating call needs an Idempotency-Key header."));
        if (key.length() > MAX_KEY_LENGTH) {
            throw new ProblemException(400, "IDEMPOTENCY_KEY_INVALID", "Khóa Idempotency-Key quá dài.",
                    "The Idempotency-Key is longer than " + MAX_KEY_LENGTH + " characters.");
        }
        String hash = hash(request.method(), request.path(), body);
        return database.inTransaction(c -> {
            IdempotencyOutcome seen = idempotency.look(c, key, hash);
            if (seen instanceof IdempotencyOutcome.Replay replay) {
                return new Served(new ApiResponse(replay.status(), tree(replay.body())), true);
            }
            if (seen instanceof IdempotencyOutcome.Conflict) {
                throw new ProblemException(422, "IDEMPOTENCY_KEY_REUSED",
                        "Khóa Idempotency-Key đã được dùng cho một yêu cầu khác.",
                        "This Idempotency-Key was already used with a different request.");
            }
            ApiResponse response;
            Savepoint before = c.setSavepoint();
            try {
                response = route.endpoint().handle(request, c);
            } catch (ProblemException e) {
                // The caller's mistake is an answer too: undo any partial effect, remember the refusal.
                c.rollback(before);
                response = e.response();
            }
            idempotency.remember(c, key, hash, response.status(), json(response.body()), clock.instant());
            return new Served(response, false);
        });
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw ProblemException.badRequest("Dữ liệu gửi lên không phải JSON hợp lệ.", "The body is not valid JSON.");
        }
    }

    private JsonNode tree(String stored) {
        try {
            return mapper.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a remembered answer is not JSON", e);
        }
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a " + body.getClass().getSimpleName(), e);
        }
    }

    private void write(HttpExchange exchange, ApiResponse response) throws IOException {
        byte[] bytes = json(response.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("NOT_FOUND", "Không tìm thấy địa chỉ yêu cầu.", "No such resource.");
    }

    private static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** Sleeps; false when the server is stopping (interrupted) and the request should be abandoned. */
    private static boolean pause(Duration duration) {
        if (duration.isZero()) {
            return true;
        }
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
