package vn.kiosk.app.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kiosk.app.backend.Notary;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.PersonView;
import vn.kiosk.app.flow.Step;

/** The notary screens: request type, and the parties identified so far. */
final class NotaryScreens {
    private NotaryScreens() {
    }

    static Node requestTypes(Ui ui, Step.ChooseRequestType step) {
        VBox list = new VBox(16);
        for (Notary.RequestType type : step.types()) {
            String name = ui.messages.vietnamese() ? type.nameVi() : type.nameEn();
            list.getChildren().add(ui.choice(name, ui.t("notary.parties", type.minParties(), type.maxParties()),
                    new Action.Choose(type.code())));
        }
        return ui.page(ui.title(ui.t("notary.title")), ui.scroll(list));
    }

    static Node parties(Ui ui, Step.Parties step) {
        HBox people = new HBox(30);
        people.setAlignment(Pos.CENTER);
        int number = 1;
        for (PersonView person : step.parties()) {
            VBox card = new VBox(10, ui.label(ui.t("parties.number", number++), "section"),
                    IdentifyScreens.portrait(ui, person, 100), ui.label(person.fullName(), "party-name"),
                    ui.label(person.maskedIdNumber(), "person-detail"), IdentifyScreens.assurance(ui, person.assurance()));
            card.getStyleClass().add("party-card");
            card.setAlignment(Pos.TOP_CENTER);
            people.getChildren().add(card);
        }
        String typeName = ui.messages.vietnamese() ? step.type().nameVi() : step.type().nameEn();
        VBox page = ui.page(ui.title(ui.t("parties.title") + " · " + typeName), people);
        page.setSpacing(18);
        HBox buttons = new HBox(30);
        if (!step.canSubmit()) {
            buttons.getChildren().add(ui.label(ui.t("parties.need", step.type().minParties()), "notice"));
        }
        buttons.setAlignment(Pos.CENTER);
        if (step.canAdd()) {
            buttons.getChildren().add(ui.secondary(ui.t("parties.add"), new Action.AddParty()));
        }
        Button submit = ui.primary(ui.t("parties.submit"), new Action.Submit());
        submit.setDisable(!step.canSubmit());
        buttons.getChildren().add(submit);
        page.getChildren().add(buttons);
        return page;
    }
}
