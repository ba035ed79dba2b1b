package vn.kiosk.app.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import vn.kiosk.app.outbox.Submission;

/**
 * The backend's mutating calls as outbox submissions, and their answers read back. Every
 * submission goes through the outbox, so the contract's JSON is made here once, in the same way
 * the client would send it.
 */
public final class Submissions {
    private static final String API = "/api/v1";
    private final ObjectMapper json = Json.mapper();

    public Submission dossier(Dossiers.Submission submission) {
        return new Submission("dossier", "POST", API + "/dossiers", bytes(submission));
    }

    public Submission clinicRegistration(Clinic.RegistrationRequest request) {
        return new Submission("clinic-registration", "POST", API + "/clinic/registrations", bytes(request));
    }

    public Submission notaryRequest(Notary.Submission submission) {
        return new Submission("notary-request", "POST", API + "/notary/requests", bytes(submission));
    }

    /** A 2xx answer's body as the contract's record; empty when it does not match the contract. */
    public <T> Optional<T> answer(String body, Class<T> type) {
        try {
            return Optional.ofNullable(json.readValue(body, type));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            // the records are ours and always serialisable; never echo Jackson's message, it may quote data
            throw new IllegalStateException("cannot write a " + body.getClass().getSimpleName() + " as JSON");
        }
    }

}
