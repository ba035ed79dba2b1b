package vn.kiosk.app.ui;

import javafx.scene.Node;
import vn.kiosk.app.flow.Step;

/** Which screen draws which step. */
final class Screens {
    private Screens() {
    }

    /** A screen that can take the next step of the same kind without being rebuilt (keeps its keyboard). */
    interface Updatable {
        boolean update(Step next);
    }

    static Node of(Step step, Ui ui) {
        if (step instanceof Step.Welcome) {
            return CommonScreens.welcome(ui);
        }
        if (step instanceof Step.ChooseService) {
            return CommonScreens.chooseService(ui, (Step.ChooseService) step);
        }
        if (step instanceof Step.Identify) {
            return IdentifyScreens.identify(ui, (Step.Identify) step);
        }
        if (step instanceof Step.EnterAccessKey) {
            return IdentifyScreens.accessKey(ui, (Step.EnterAccessKey) step);
        }
        if (step instanceof Step.Reading) {
            return new IdentifyScreens.Reading(ui, (Step.Reading) step);
        }
        if (step instanceof Step.ConfirmIdentity) {
            return IdentifyScreens.confirm(ui, (Step.ConfirmIdentity) step);
        }
        if (step instanceof Step.IdentityRefused) {
            return IdentifyScreens.refused(ui, (Step.IdentityRefused) step);
        }
        if (step instanceof Step.Working) {
            return CommonScreens.working(ui, (Step.Working) step);
        }
        if (step instanceof Step.ChooseProcedure) {
            return new PublicServiceScreens.Procedures(ui, (Step.ChooseProcedure) step);
        }
        if (step instanceof Step.FillForm) {
            return PublicServiceScreens.form(ui, (Step.FillForm) step);
        }
        if (step instanceof Step.ReviewDossier) {
            return PublicServiceScreens.review(ui, (Step.ReviewDossier) step);
        }
        if (step instanceof Step.InsuranceResult) {
            return ClinicScreens.insurance(ui, (Step.InsuranceResult) step);
        }
        if (step instanceof Step.ChooseDepartment) {
            return ClinicScreens.departments(ui, (Step.ChooseDepartment) step);
        }
        if (step instanceof Step.PriorityQuestions) {
            return ClinicScreens.priority(ui, (Step.PriorityQuestions) step);
        }
        if (step instanceof Step.ChooseRequestType) {
            return NotaryScreens.requestTypes(ui, (Step.ChooseRequestType) step);
        }
        if (step instanceof Step.Parties) {
            return NotaryScreens.parties(ui, (Step.Parties) step);
        }
        if (step instanceof Step.Receipt) {
            return CommonScreens.receipt(ui, (Step.Receipt) step);
        }
        return CommonScreens.failed(ui, (Step.Failed) step);
    }
}
