package vn.kiosk.app.backend;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kiosk.app.outbox.Delivery;
import vn.kiosk.app.outbox.DeliveryResult;
import vn.kiosk.app.outbox.OutboxEntry;
import vn.kiosk.app.outbox.Submission;

/**
 * Delivers outbox entries through the backend client: one attempt per {@link #send}, because the
 * outbox worker owns the back-off and the ordering (a retry loop here would stall the queue behind
 * one entry). Reasons are stored in clear and shown to the operator, so they carry only the HTTP
 * status, the problem's machine code and the failure kind, never the body or the backend's messages.
 */
public final class OutboxDelivery implements Delivery {

    private static final Pattern PROBLEM_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final BackendClient client;

    public OutboxDelivery(BackendClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public DeliveryResult send(OutboxEntry entry) {
        Submission s = entry.submission();
        HttpCall call = new HttpCall(s.method(), s.path(), Optional.of(s.body()),
                Optional.of(entry.idempotencyKey().toString()));
        RawOutcome outcome = client.transport().exchangeOnce(call);
        if (outcome instanceof RawOutcome.NoAnswer) {
            return new DeliveryResult.RetryLater(((RawOutcome.NoAnswer) outcome).reason().name());
        }
        RawOutcome.Answer answer = (RawOutcome.Answer) outcome;
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return new DeliveryResult.Delivered(new String(answer.body(), StandardCharsets.UTF_8));
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            String code = client.problem(answer.body()).map(Problem::code)
                    .filter(c -> PROBLEM_CODE.matcher(c).matches()).map(c -> " " + c).orElse("");
            return new DeliveryResult.Rejected("HTTP " + status + code);
        }
        // 408, 429, 5xx; and 1xx/3xx, which the API never sends: most likely a misconfigured proxy the
        // operator can fix, and a rejection would drop the citizen's submission for good
        return new DeliveryResult.RetryLater("HTTP " + status);
    }
}
