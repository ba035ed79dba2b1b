package vn.kiosk.app.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.flow.Text;

/** The screens every service shares: welcome, the service menu, waiting, failure, receipt. */
final class CommonScreens {
    private CommonScreens() {
    }

    static Node welcome(Ui ui) {
        Label title = ui.label(ui.t("welcome.title"), "welcome-title");
        Label app = ui.label(ui.t("app.title"), "welcome-app");
        Button start = ui.primary(ui.t("welcome.start"), new Action.Start());
        start.getStyleClass().add("start-button");
        VBox page = ui.page(title, app, ui.prompt(ui.t("welcome.prompt")), start, ui.label(ui.t("welcome.hint"), "hint"));
        page.setAlignment(Pos.CENTER);
        // the whole screen is the start button: a first-time user may touch anywhere
        page.setOnMouseClicked(e -> ui.send(new Action.Start()));
        return page;
    }

    static Node chooseService(Ui ui, Step.ChooseService step) {
        VBox list = new VBox(24);
        for (ServiceKind service : step.services()) {
            VBox choice = ui.choice(ui.t("service." + service.name()), ui.t("service." + service.name() + ".desc"),
                    new Action.ChooseService(service));
            choice.getStyleClass().add("service-choice");
            list.getChildren().add(choice);
        }
        list.setMaxWidth(1200);
        return ui.page(ui.title(ui.t("choose.title")), list);
    }

    static Node working(Ui ui, Step.Working step) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(160, 160);
        VBox page = ui.page(spinner, ui.title(ui.t(step.what())));
        page.setAlignment(Pos.CENTER);
        return page;
    }

    static Node failed(Ui ui, Step.Failed step) {
        VBox page = ui.page(ui.title(ui.t("failed.title")), ui.prompt(ui.t(step.message())));
        if (step.retry()) {
            page.getChildren().add(ui.primary(ui.t("failed.retry"), new Action.Next()));
        }
        page.setAlignment(Pos.CENTER);
        return page;
    }

    static Node receipt(Ui ui, Step.Receipt step) {
        var receipt = step.receipt();
        Label code = ui.label(receipt.headline(), "receipt-code");
        VBox left = new VBox(20, ui.title(ui.t(receipt.title())), code, ui.rows(receipt.rows()));
        for (Text note : receipt.notes()) {
            left.getChildren().add(ui.label(ui.t(note), receipt.queued() ? "notice" : "hint"));
        }
        left.setMaxWidth(1100);
        HBox content = new HBox(60, left);
        receipt.qrPayload().flatMap(payload -> Images.qr(payload, 360)).ifPresent(image -> {
            ImageView qr = new ImageView(image);
            qr.getStyleClass().add("receipt-qr");
            content.getChildren().add(qr);
        });
        content.setAlignment(Pos.CENTER);
        Label printed = ui.label(ui.t("receipt.printed." + step.printed().name()), "print-status");
        return ui.page(content, printed, ui.primary(ui.t("receipt.done"), new Action.Home()));
    }
}
