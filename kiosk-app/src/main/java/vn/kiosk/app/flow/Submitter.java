package vn.kiosk.app.flow;

import vn.kiosk.app.outbox.Submission;

/** Hands a submission to the backend, or keeps it until the backend can take it. Blocking. */
@FunctionalInterface
public interface Submitter {
    SubmitOutcome submit(Submission submission);
}
