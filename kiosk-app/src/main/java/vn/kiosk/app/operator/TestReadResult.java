package vn.kiosk.app.operator;

import java.util.List;
import java.util.Objects;
import vn.kiosk.reader.access.AccessProtocol;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.read.Verification;
import vn.kiosk.reader.verify.PassiveVerdict;

/** How an operator's test read of a card went: the verdicts and the link's cost, never whose card it was. */
public sealed interface TestReadResult {

    /**
     * The card was read.
     *
     * @param problems the verification's problems, in plain words
     */
    record Read(AccessProtocol protocol, PassiveVerdict passive, Verification.Check activeAuthentication,
                Verification.Check chipAuthentication, Assurance assurance, long apdus, long millis,
                List<String> problems) implements TestReadResult {
        public Read {
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(passive, "passive");
            Objects.requireNonNull(activeAuthentication, "activeAuthentication");
            Objects.requireNonNull(chipAuthentication, "chipAuthentication");
            Objects.requireNonNull(assurance, "assurance");
            problems = List.copyOf(problems);
        }
    }

    /**
     * The card could not be read.
     *
     * @param kind    the reader-driver's error type, e.g. {@code WrongPasswordException}
     * @param message what it said, scrubbed
     */
    record Failed(String kind, String message) implements TestReadResult {
        public Failed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }
}
