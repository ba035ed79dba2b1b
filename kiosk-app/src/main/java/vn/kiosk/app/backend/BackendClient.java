package vn.kiosk.app.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The kiosk's typed client for the backend API ({@code docs/api/openapi.yaml}, {@code /api/v1}).
 *
 * <p>Every call returns an {@link ApiResult} and never throws. GETs, and POSTs (which all carry the
 * caller's {@code Idempotency-Key}), are repeated per the {@link RetryPolicy} on connect failures,
 * timeouts, broken connections, 408/429/502/503/504, honouring {@code Retry-After}. Mutating calls
 * take the key from the caller so that the caller can repeat the same logical request later (e.g.
 * after a restart) and still get the first result back.
 *
 * <p>Thread-safe; one instance per kiosk, closed at shutdown.
 */
public final class BackendClient implements AutoCloseable {

    private static final String API = "/api/v1";
    /** Ids the client puts into a path: server-issued codes and UUIDs; nothing that could walk the path. */
    private static final Pattern PATH_ID = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private final BackendConfig config;
    private final Transport transport;
    private final ObjectMapper json = Json.mapper();

    /** @throws BackendConfigException when the TLS files cannot be loaded */
    public BackendClient(BackendConfig config, Sleeper sleeper, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = new Transport(config, Objects.requireNonNull(sleeper, "sleeper"),
                Objects.requireNonNull(clock, "clock"));
    }

    public static BackendClient create(BackendConfig config) {
        return new BackendClient(config, Sleeper.system(), Clock.systemUTC());
    }

    public BackendConfig config() {
        return config;
    }

    // --- public service ---

    public ApiResult<List<Catalogue.Procedure>> procedures() {
        return get("/procedures", Catalogue.ProcedureList.class, Catalogue.ProcedureList::procedures);
    }

    public ApiResult<Dossiers.Status> submitDossier(Dossiers.Submission submission, UUID idempotencyKey) {
        return post("/dossiers", submission, idempotencyKey, Dossiers.Status.class);
    }

    public ApiResult<Dossiers.Status> dossier(String dossierCode) {
        Optional<ApiResult<Dossiers.Status>> bad = checkPathId(dossierCode);
        return bad.orElseGet(() -> get("/dossiers/" + dossierCode, Dossiers.Status.class, Function.identity()));
    }

    // --- clinic ---

    public ApiResult<Clinic.InsuranceCheck> checkInsurance(String idNumber, UUID idempotencyKey) {
        return post("/clinic/insurance-checks", new Clinic.InsuranceCheckRequest(idNumber), idempotencyKey,
                Clinic.InsuranceCheck.class);
    }

    public ApiResult<List<Clinic.DepartmentQueue>> departments() {
        return get("/clinic/departments", Clinic.DepartmentList.class, Clinic.DepartmentList::departments);
    }

    public ApiResult<Clinic.Registration> registerPatient(Clinic.RegistrationRequest request, UUID idempotencyKey) {
        return post("/clinic/registrations", request, idempotencyKey, Clinic.Registration.class);
    }

    // --- notary ---

    public ApiResult<List<Notary.RequestType>> notaryRequestTypes() {
        return get("/notary/request-types", Notary.RequestTypeList.class, Notary.RequestTypeList::requestTypes);
    }

    public ApiResult<Notary.Request> submitNotaryRequest(Notary.Submission submission, UUID idempotencyKey) {
        return post("/notary/requests", submission, idempotencyKey, Notary.Request.class);
    }

    // --- identity ---

    /** For a QR-only identity: ask the population register to confirm it. */
    public ApiResult<IdentityConfirmation> confirmIdentity(Identity identity, UUID idempotencyKey) {
        return post("/identity/confirmations", new IdentityConfirmation.Request(identity), idempotencyKey,
                IdentityConfirmation.class);
    }

    public ApiResult<Liveness.Challenge> livenessChallenge(UUID idempotencyKey) {
        // the operation has no request body; an empty one keeps OkHttp's POST valid
        HttpCall call = HttpCall.post(API + "/liveness/challenges", new byte[0], idempotencyKey.toString());
        return map(transport.exchange(call), json.constructType(Liveness.Challenge.class), Function.identity());
    }

    public ApiResult<Liveness.Result> answerLiveness(String challengeId, Identity identity, ChipEvidence evidence,
                                                     UUID idempotencyKey) {
        Optional<ApiResult<Liveness.Result>> bad = checkPathId(challengeId);
        return bad.orElseGet(() -> post("/liveness/challenges/" + challengeId + "/responses",
                new Liveness.Answer(identity, evidence), idempotencyKey, Liveness.Result.class));
    }

    // --- kiosk ---

    public ApiResult<Kiosk.HeartbeatAck> heartbeat(Kiosk.Heartbeat heartbeat, UUID idempotencyKey) {
        return post("/kiosks/" + config.kioskId() + "/heartbeat", heartbeat, idempotencyKey, Kiosk.HeartbeatAck.class);
    }

    public ApiResult<Kiosk.Configuration> configuration() {
        return get("/kiosks/" + config.kioskId() + "/configuration", Kiosk.Configuration.class, Function.identity());
    }

    // --- plumbing ---

    /** For {@link OutboxDelivery}: one attempt, the outbox owns the back-off. */
    Transport transport() {
        return transport;
    }

    private <W, T> ApiResult<T> get(String path, Class<W> wire, Function<W, T> unwrap) {
        return map(transport.exchange(HttpCall.get(API + path)), json.constructType(wire), unwrap);
    }

    private <T> ApiResult<T> post(String path, Object body, UUID idempotencyKey, Class<T> wire) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException | RuntimeException e) {
            // Jackson's message could quote the data: report only that it happened
            return new ApiResult.Unavailable<>(UnavailableReason.CLIENT_FAILURE, OptionalInt.empty());
        }
        HttpCall call = HttpCall.post(API + path, bytes, idempotencyKey.toString());
        return map(transport.exchange(call), json.constructType(wire), Function.identity());
    }

    private <W, T> ApiResult<T> map(RawOutcome outcome, JavaType wire, Function<W, T> unwrap) {
        if (outcome instanceof RawOutcome.NoAnswer) {
            return new ApiResult.Unavailable<>(((RawOutcome.NoAnswer) outcome).reason(), OptionalInt.empty());
        }
        RawOutcome.Answer answer = (RawOutcome.Answer) outcome;
        int status = answer.status();
        if (status >= 200 && status < 300) {
            try {
                W value = json.readValue(answer.body(), wire);
                T result = value == null ? null : unwrap.apply(value);
                if (result != null) {
                    return new ApiResult.Ok<>(result);
                }
            } catch (java.io.IOException | RuntimeException e) {
                // fall through: a body that does not match the contract is the backend's fault, not the citizen's
            }
            return new ApiResult.Unavailable<>(UnavailableReason.INVALID_RESPONSE, OptionalInt.of(status));
        }
        if (status == 408) {
            return new ApiResult.Unavailable<>(UnavailableReason.TIMEOUT, OptionalInt.of(status));
        }
        if (status == 429) {
            return new ApiResult.Unavailable<>(UnavailableReason.THROTTLED, OptionalInt.of(status));
        }
        if (status >= 400 && status < 500) {
            return new ApiResult.Rejected<>(status, problem(answer.body()).orElse(Problem.ofStatus(status)));
        }
        if (status >= 500) {
            return new ApiResult.Unavailable<>(UnavailableReason.SERVER_ERROR, OptionalInt.of(status));
        }
        return new ApiResult.Unavailable<>(UnavailableReason.INVALID_RESPONSE, OptionalInt.of(status));
    }

    /** The problem JSON of a 4xx, when there is a well-formed one. */
    Optional<Problem> problem(byte[] body) {
        try {
            return Optional.ofNullable(json.readValue(body, Problem.class));
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static <T> Optional<ApiResult<T>> checkPathId(String id) {
        if (id != null && PATH_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        // refused locally: no request could be right, and the id must not be echoed anywhere
        return Optional.of(new ApiResult.Rejected<>(400, new Problem("INVALID_REQUEST",
                "Mã không hợp lệ.", "The identifier is not valid.")));
    }

    @Override
    public void close() {
        transport.close();
    }
}
