package vn.kiosk.app.ui;

import java.util.Optional;
import vn.kiosk.app.flow.KeyEntry;
import vn.kiosk.app.flow.Notice;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.flow.Text;

/**
 * What the voice guide says on each screen: the one sentence that tells a person who cannot read
 * the screen well what to do now. A notice (wrong number, card taken away) is said first.
 */
final class Narration {
    private Narration() {
    }

    static Optional<Text> of(Step step) {
        if (step instanceof Step.Welcome) {
            return key("welcome.prompt");
        }
        if (step instanceof Step.ChooseService) {
            return key("choose.title");
        }
        if (step instanceof Step.Identify) {
            Step.Identify identify = (Step.Identify) step;
            return withNotice(identify.notice(), identify.qrIdentity() ? "identify.card-or-qr" : "identify.card");
        }
        if (step instanceof Step.EnterAccessKey) {
            Step.EnterAccessKey key = (Step.EnterAccessKey) step;
            return withNotice(key.notice(), key.entry() == KeyEntry.CAN ? "key.prompt.CAN" : "key.prompt.MRZ");
        }
        if (step instanceof Step.Reading) {
            return key("reading.keep");
        }
        if (step instanceof Step.ConfirmIdentity) {
            return key("confirm.title");
        }
        if (step instanceof Step.IdentityRefused) {
            return key("refused." + ((Step.IdentityRefused) step).reason().name());
        }
        if (step instanceof Step.ChooseProcedure) {
            return key("procedure.title");
        }
        if (step instanceof Step.FillForm) {
            return key("form.to-fill");
        }
        if (step instanceof Step.ReviewDossier) {
            return key("review.title");
        }
        if (step instanceof Step.InsuranceResult) {
            Step.InsuranceResult insurance = (Step.InsuranceResult) step;
            return key(insurance.check().map(c -> "insurance." + c.status().name()).orElse("insurance.unavailable"));
        }
        if (step instanceof Step.ChooseDepartment) {
            return key("department.title");
        }
        if (step instanceof Step.PriorityQuestions) {
            return key("priority.title");
        }
        if (step instanceof Step.ChooseRequestType) {
            return key("notary.title");
        }
        if (step instanceof Step.Parties) {
            return key("parties.title");
        }
        if (step instanceof Step.Receipt) {
            return key("receipt.printed." + ((Step.Receipt) step).printed().name());
        }
        if (step instanceof Step.Failed) {
            return Optional.of(((Step.Failed) step).message());
        }
        return Optional.empty();
    }

    private static Optional<Text> withNotice(Optional<Notice> notice, String key) {
        return key(notice.map(n -> "notice." + n.name()).orElse(key));
    }

    private static Optional<Text> key(String key) {
        return Optional.of(Text.key(key));
    }
}
