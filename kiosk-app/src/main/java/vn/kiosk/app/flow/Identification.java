package vn.kiosk.app.flow;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.error.CardRemovedException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.error.WrongPasswordException;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.lds.ImageFormat;
import vn.kiosk.reader.qr.QrResult;
import vn.kiosk.reader.qr.QrTextParser;
import vn.kiosk.reader.read.CardRead;

/**
 * The identify steps every service shares: wait for a card or a QR, get the chip's key, read,
 * judge the result against the service's minimum, and show it back for confirmation.
 */
final class Identification {
    private final FlowContext context;
    private final QrTextParser qr;

    Identification(FlowContext context) {
        this.context = context;
        this.qr = new QrTextParser(context.clock());
    }

    static boolean owns(Step step) {
        return step instanceof Step.Identify || step instanceof Step.EnterAccessKey || step instanceof Step.Reading
                || step instanceof Step.ConfirmIdentity || step instanceof Step.IdentityRefused;
    }

    /** The first identify screen for the session's next party; a fresh card already on a reader is taken at once. */
    Transition enter(Session s, Set<String> cardsPresent, Optional<Notice> notice) {
        s.terminal = Optional.empty();
        s.candidate = Optional.empty();
        Optional<String> fresh = cardsPresent.stream().filter(t -> !s.usedTerminals.contains(t)).findFirst();
        if (fresh.isPresent() && notice.isEmpty()) {
            return cardArrived(s, fresh.get());
        }
        boolean previousStillThere = cardsPresent.stream().anyMatch(s.usedTerminals::contains);
        Optional<Notice> shown = notice.isPresent() ? notice
                : previousStillThere ? Optional.of(Notice.TAKE_PREVIOUS_CARD) : Optional.empty();
        return Transition.go(identify(s, shown));
    }

    Transition on(Action action, Step current, Session s, Set<String> cardsPresent) {
        if (action instanceof Action.CardInserted) {
            boolean waiting = current instanceof Step.Identify || current instanceof Step.IdentityRefused;
            return waiting ? cardArrived(s, ((Action.CardInserted) action).terminal()) : stay(current);
        }
        if (action instanceof Action.CardRemoved) {
            String terminal = ((Action.CardRemoved) action).terminal();
            if (current instanceof Step.EnterAccessKey && s.terminal.filter(terminal::equals).isPresent()) {
                return enter(s, cardsPresent, Optional.empty());
            }
            if (current instanceof Step.Identify
                    && ((Step.Identify) current).notice().filter(n -> n == Notice.TAKE_PREVIOUS_CARD).isPresent()) {
                return enter(s, cardsPresent, Optional.empty());
            }
            return stay(current);
        }
        if (action instanceof Action.QrScanned) {
            boolean listening = current instanceof Step.Identify || current instanceof Step.EnterAccessKey
                    || current instanceof Step.IdentityRefused;
            return listening ? qrScanned(s, ((Action.QrScanned) action).text(), current) : stay(current);
        }
        if (current instanceof Step.EnterAccessKey) {
            return onKeyEntry(action, (Step.EnterAccessKey) current, s, cardsPresent);
        }
        if (current instanceof Step.ConfirmIdentity && action instanceof Action.Confirm && s.candidate.isPresent()) {
            Identified person = s.candidate.get();
            s.candidate = Optional.empty();
            s.people.add(person);
            return s.people.size() == 1 ? s.flow.begin(person) : s.flow.partyAdded(person);
        }
        return stay(current);
    }

    private Transition onKeyEntry(Action action, Step.EnterAccessKey current, Session s, Set<String> present) {
        if (action instanceof Action.UseKeyEntry) {
            return Transition.go(new Step.EnterAccessKey(s.service, s.party(), ((Action.UseKeyEntry) action).entry(),
                    Optional.empty()));
        }
        Optional<AccessKey> key = Optional.empty();
        if (action instanceof Action.EnterCan) {
            String digits = ((Action.EnterCan) action).digits();
            key = digits != null && digits.matches("\\d{6}") ? Optional.of(AccessKey.can(digits)) : Optional.empty();
        } else if (action instanceof Action.EnterMrz) {
            key = mrzKey((Action.EnterMrz) action);
        } else {
            return stay(current);
        }
        if (s.terminal.isEmpty() || !present.contains(s.terminal.get())) {
            return enter(s, present, Optional.of(Notice.CARD_REMOVED));
        }
        if (key.isEmpty()) {
            return Transition.go(new Step.EnterAccessKey(s.service, s.party(), current.entry(),
                    Optional.of(Notice.WRONG_KEY)));
        }
        return new Transition.ReadChip(s.terminal.get(), key.get(), false);
    }

    private static Optional<AccessKey> mrzKey(Action.EnterMrz mrz) {
        try {
            String document = mrz.documentNumber() == null ? "" : mrz.documentNumber().trim().toUpperCase();
            // the CCCD's MRZ carries the last nine digits of the twelve-digit ID number
            if (document.length() == 12) {
                document = document.substring(3);
            }
            return Optional.of(AccessKey.mrz(new MrzKey(document, mrz.birth(), mrz.expiry())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Transition cardArrived(Session s, String terminal) {
        s.terminal = Optional.of(terminal);
        if (s.qrKey.isPresent()) {
            return new Transition.ReadChip(terminal, s.qrKey.get(), true);
        }
        return Transition.go(new Step.EnterAccessKey(s.service, s.party(), KeyEntry.CAN, Optional.empty()));
    }

    private Transition qrScanned(Session s, String text, Step current) {
        QrResult result = qr.parse(text);
        if (!(result instanceof QrResult.Recognised)) {
            return Transition.go(identify(s, Optional.of(Notice.QR_UNRECOGNISED)));
        }
        QrResult.Recognised recognised = (QrResult.Recognised) result;
        Assurance required = context.settings().minimum(s.service);
        boolean cardWaiting = current instanceof Step.EnterAccessKey;
        vn.kiosk.reader.identity.Identity shown = recognised.identity();
        // a VNeID QR may carry only the ID number: not enough to register anyone under
        boolean complete = !shown.idNumber().isBlank() && !shown.fullName().isBlank();
        if (!cardWaiting && complete && Assurance.QR_ONLY.atLeast(required)) {
            return showForConfirmation(s, new Identified(shown, Optional.empty(), Optional.empty(), Assurance.QR_ONLY));
        }
        Optional<AccessKey> key = recognised.accessKey().preferred();
        if (key.isEmpty()) {
            return Transition.go(new Step.IdentityRefused(s.service, s.party(), Refusal.QR_NEEDS_CHIP,
                    Assurance.QR_ONLY, required));
        }
        s.qrKey = key;
        if (cardWaiting && s.terminal.isPresent()) {
            return new Transition.ReadChip(s.terminal.get(), key.get(), true);
        }
        return Transition.go(identify(s, Optional.of(Notice.QR_KEY_READY)));
    }

    /** The chip was read: judge it, then ask "is this you?". */
    Transition readSucceeded(Session s, String terminal, CardRead read) {
        s.usedTerminals.add(terminal);
        s.qrKey = Optional.empty();
        Optional<byte[]> jpeg = read.photo().filter(p -> p.format() == ImageFormat.JPEG).map(p -> p.data());
        Identified person = new Identified(read.identity(), jpeg, Optional.of(read.evidence()),
                read.verification().assurance());
        Assurance required = context.settings().minimum(s.service);
        Optional<LocalDate> expiry = s.service == ServiceKind.NOTARY ? read.identity().expiryDate() : Optional.empty();
        Optional<Refusal> refusal = Assessment.of(read.verification(), required, expiry,
                LocalDate.now(context.clock()));
        if (refusal.isPresent()) {
            person.wipe();
            return Transition.go(new Step.IdentityRefused(s.service, s.party(), refusal.get(), person.assurance(),
                    required));
        }
        return showForConfirmation(s, person);
    }

    Transition readFailed(Session s, ReaderException failure, boolean keyFromQr) {
        if (failure instanceof WrongPasswordException) {
            s.qrKey = Optional.empty();
            return Transition.go(new Step.EnterAccessKey(s.service, s.party(), KeyEntry.CAN,
                    Optional.of(Notice.WRONG_KEY)));
        }
        s.terminal = Optional.empty();
        Notice notice = failure instanceof CardRemovedException ? Notice.CARD_REMOVED : Notice.CARD_UNREADABLE;
        return Transition.go(identify(s, Optional.of(notice)));
    }

    private Transition showForConfirmation(Session s, Identified person) {
        Optional<Notice> refused = s.flow.refuse(person);
        if (refused.isPresent()) {
            person.wipe();
            return Transition.go(identify(s, refused));
        }
        s.candidate = Optional.of(person);
        return Transition.go(new Step.ConfirmIdentity(s.service, s.party(), person.view()));
    }

    private Step.Identify identify(Session s, Optional<Notice> notice) {
        boolean qrIdentity = Assurance.QR_ONLY.atLeast(context.settings().minimum(s.service));
        return new Step.Identify(s.service, s.party(), qrIdentity, notice);
    }

    private static Transition stay(Step current) {
        return Transition.go(current);
    }
}
