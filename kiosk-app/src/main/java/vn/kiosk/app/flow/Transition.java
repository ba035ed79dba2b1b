package vn.kiosk.app.flow;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** What a flow wants next: a screen now, work off the screen's thread first, or one more identity. */
sealed interface Transition {

    record Go(Step step) implements Transition {
        public Go {
            Objects.requireNonNull(step, "step");
        }
    }

    /**
     * Runs {@code job} on a worker thread while the {@code busy} screen shows, then {@code then} on
     * the flow's thread with its result. If the session ended or moved on meanwhile, the result is
     * dropped. A job that throws ends in the generic "try again" screen.
     */
    record Work<T>(Text busy, Callable<T> job, Function<T, Transition> then) implements Transition {
        public Work {
            Objects.requireNonNull(busy, "busy");
            Objects.requireNonNull(job, "job");
            Objects.requireNonNull(then, "then");
        }
    }

    /** Read the chip on {@code terminal}; the engine runs it and reports back to {@link Identification}. */
    record ReadChip(String terminal, vn.kiosk.reader.access.AccessKey key, boolean keyFromQr) implements Transition {
        public ReadChip {
            Objects.requireNonNull(terminal, "terminal");
            Objects.requireNonNull(key, "key");
        }
    }

    /** Identify one more party; the flow hears of them through {@link ServiceFlow#partyAdded}. */
    record IdentifyAnother() implements Transition {
    }

    static Transition go(Step step) {
        return new Go(step);
    }
}
