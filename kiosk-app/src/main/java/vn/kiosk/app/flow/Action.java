package vn.kiosk.app.flow;

import java.util.Locale;
import java.util.Objects;
import vn.kiosk.app.backend.Clinic;

/** Everything that can happen to the kiosk: the citizen's touches, and the devices' events. */
public sealed interface Action {

    // --- anywhere ---

    /** Any touch: keeps the session alive. */
    record Touch() implements Action {
    }

    /** One step back. */
    record Back() implements Action {
    }

    /** Leave the session: wipe it and go back to the welcome screen. */
    record Home() implements Action {
    }

    record SetLanguage(Locale language) implements Action {
        public SetLanguage {
            Objects.requireNonNull(language, "language");
        }
    }

    record SetVoice(boolean on) implements Action {
    }

    /** The clock moved: checks the idle timeout. Sent every second by the app, by hand by tests. */
    record Tick() implements Action {
    }

    // --- devices ---

    record CardInserted(String terminal) implements Action {
        public CardInserted {
            Objects.requireNonNull(terminal, "terminal");
        }
    }

    record CardRemoved(String terminal) implements Action {
        public CardRemoved {
            Objects.requireNonNull(terminal, "terminal");
        }
    }

    /** A QR code's text (camera, or a scanner). */
    record QrScanned(String text) implements Action {
        public QrScanned {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "QrScanned[***]";
        }
    }

    // --- steps ---

    record Start() implements Action {
    }

    record ChooseService(ServiceKind service) implements Action {
        public ChooseService {
            Objects.requireNonNull(service, "service");
        }
    }

    record UseKeyEntry(KeyEntry entry) implements Action {
        public UseKeyEntry {
            Objects.requireNonNull(entry, "entry");
        }
    }

    record EnterCan(String digits) implements Action {
        @Override
        public String toString() {
            return "EnterCan[***]";
        }
    }

    /** MRZ fields as typed: document number, and dates as yyMMdd. */
    record EnterMrz(String documentNumber, String birth, String expiry) implements Action {
        @Override
        public String toString() {
            return "EnterMrz[***]";
        }
    }

    /** "This is me." */
    record Confirm() implements Action {
    }

    /** Pick an item of the list on screen by its code (procedure, department, request type). */
    record Choose(String code) implements Action {
        public Choose {
            Objects.requireNonNull(code, "code");
        }
    }

    record Search(String query) implements Action {
        public Search {
            Objects.requireNonNull(query, "query");
        }
    }

    record SetField(String name, String value) implements Action {
        public SetField {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "SetField[" + name + "]";
        }
    }

    record TogglePriority(Clinic.PriorityReason reason) implements Action {
    }

    /** Go on to the next step of the flow (also: continue as a paying patient). */
    record Next() implements Action {
    }

    /** Identify one more party (notary). */
    record AddParty() implements Action {
    }

    record Submit() implements Action {
    }
}
