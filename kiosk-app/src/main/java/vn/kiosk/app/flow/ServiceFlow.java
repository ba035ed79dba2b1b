package vn.kiosk.app.flow;

import java.util.Optional;

/**
 * One service's own steps, after the citizen is identified. An instance lives for one session and
 * holds that session's choices; it is only ever called on the flow thread.
 */
interface ServiceFlow {

    ServiceKind kind();

    /** The first own step, once the first person has confirmed their identity. */
    Transition begin(Identified person);

    /** An action on one of this flow's own steps. */
    Transition on(Action action, Step current);

    /** Another party has confirmed their identity (only flows that ask for {@link Transition.IdentifyAnother}). */
    default Transition partyAdded(Identified person) {
        throw new IllegalStateException(kind() + " identifies one person only");
    }

    /** Why this person cannot be added (e.g. already a party), before they are shown to confirm. */
    default Optional<Notice> refuse(Identified person) {
        return Optional.empty();
    }
}
