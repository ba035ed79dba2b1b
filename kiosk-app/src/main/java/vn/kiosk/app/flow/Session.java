package vn.kiosk.app.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.kiosk.reader.access.AccessKey;

/**
 * One citizen's visit, from choosing a service to the receipt. Everything personal the kiosk holds
 * hangs off this object, so wiping it and dropping it ends the visit. Confined to the flow thread.
 */
final class Session {
    final ServiceKind service;
    final ServiceFlow flow;
    /** People who confirmed their identity, in order (parties of a notary request). */
    final List<Identified> people = new ArrayList<>();
    /** Screens to go back to. */
    final Deque<Step> history = new ArrayDeque<>();
    /** Readers whose card was read in this visit and has not left since: a second party must bring theirs. */
    final Set<String> usedTerminals = new HashSet<>();

    /** Read and waiting for "this is me". */
    Optional<Identified> candidate = Optional.empty();
    /** The key a card-front QR gave, for the card about to be read. */
    Optional<AccessKey> qrKey = Optional.empty();
    /** The reader holding the card we are asking the key for, or reading. */
    Optional<String> terminal = Optional.empty();

    Session(ServiceKind service, ServiceFlow flow) {
        this.service = service;
        this.flow = flow;
    }

    /** The party being identified now, from 0. */
    int party() {
        return people.size();
    }

    void wipe() {
        people.forEach(Identified::wipe);
        people.clear();
        candidate.ifPresent(Identified::wipe);
        candidate = Optional.empty();
        qrKey = Optional.empty();
        terminal = Optional.empty();
        history.clear();
        usedTerminals.clear();
    }
}
