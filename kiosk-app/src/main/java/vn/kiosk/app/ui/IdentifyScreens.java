package vn.kiosk.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.Dates;
import vn.kiosk.app.flow.KeyEntry;
import vn.kiosk.app.flow.PersonView;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.keyboard.NumericKeypad;
import vn.kiosk.reader.identity.Assurance;

/** The identify screens: tap or show, the card's key, reading, "is this you?", refusal. */
final class IdentifyScreens {
    private static final int CAN_DIGITS = 6;
    private static final int ID_DIGITS = 12;

    private IdentifyScreens() {
    }

    static Node identify(Ui ui, Step.Identify step) {
        String title = step.party() == 0 ? ui.t("identify.title") : ui.t("identify.title.party", step.party() + 1);
        VBox page = ui.page(ui.title(title), cardPicture(), ui.prompt(ui.t(step.qrIdentity()
                ? "identify.card-or-qr" : "identify.card")),
                ui.label(ui.t(step.qrIdentity() ? "identify.qr-ok" : "identify.chip-only"), "hint"));
        ui.notice(step.notice()).ifPresent(n -> page.getChildren().add(1, n));
        return page;
    }

    /** A card on a reader, drawn: the picture says "put it flat here" to people who do not read well. */
    private static Node cardPicture() {
        Rectangle reader = new Rectangle(0, 150, 440, 90);
        reader.getStyleClass().add("reader-shape");
        Rectangle card = new Rectangle(50, 0, 340, 214);
        card.getStyleClass().add("card-shape");
        Rectangle chip = new Rectangle(90, 70, 56, 44);
        chip.getStyleClass().add("chip-shape");
        return new Group(reader, card, chip);
    }

    static Node accessKey(Ui ui, Step.EnterAccessKey step) {
        return step.entry() == KeyEntry.CAN ? can(ui, step) : mrz(ui, step);
    }

    private static Node can(Ui ui, Step.EnterAccessKey step) {
        NumericKeypad keypad = new NumericKeypad(ui.messages.bundle(), CAN_DIGITS);
        Label typed = ui.label("", "digits");
        typed.textProperty().bind(keypad.textProperty().map(IdentifyScreens::spaced));
        keypad.setOnDone(digits -> ui.send(new Action.EnterCan(digits)));
        VBox left = new VBox(24, ui.prompt(ui.t("key.prompt.CAN")), typed);
        ui.notice(step.notice()).ifPresent(left.getChildren()::add);
        left.getChildren().addAll(ui.label(ui.t("key.or-qr"), "hint"),
                ui.secondary(ui.t("key.use-mrz"), new Action.UseKeyEntry(KeyEntry.MRZ)));
        left.setMaxWidth(820);
        HBox row = new HBox(60, left, keypad);
        row.setAlignment(Pos.CENTER);
        return ui.page(ui.title(ui.t("key.title.CAN")), row);
    }

    /** Six empty boxes fill as digits are typed: "1 2 3 _ _ _". */
    private static String spaced(String digits) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < CAN_DIGITS; i++) {
            shown.append(i < digits.length() ? digits.charAt(i) : '_').append(i < CAN_DIGITS - 1 ? " " : "");
        }
        return shown.toString();
    }

    private static Node mrz(Ui ui, Step.EnterAccessKey step) {
        NumericKeypad keypad = new NumericKeypad(ui.messages.bundle(), ID_DIGITS);
        String[] values = {"", "", ""};
        String[] keys = {"key.mrz.document", "key.mrz.birth", "key.mrz.expiry"};
        int[] lengths = {ID_DIGITS, CAN_DIGITS, CAN_DIGITS};
        int[] selected = {0};
        List<Button> fields = new ArrayList<>();
        VBox left = new VBox(18, ui.prompt(ui.t("key.prompt.MRZ")));
        for (int i = 0; i < keys.length; i++) {
            int index = i;
            Button field = new Button(ui.t(keys[i]));
            field.getStyleClass().add("field-box");
            field.setMaxWidth(Double.MAX_VALUE);
            field.setOnAction(e -> {
                values[selected[0]] = keypad.getText();
                selected[0] = index;
                keypad.setText(values[index]);
                fields.forEach(f -> f.getStyleClass().remove("field-selected"));
                field.getStyleClass().add("field-selected");
            });
            fields.add(field);
            left.getChildren().add(field);
        }
        fields.get(0).getStyleClass().add("field-selected");
        keypad.textProperty().addListener((o, old, now) -> {
            String clipped = now.length() > lengths[selected[0]] ? now.substring(0, lengths[selected[0]]) : now;
            values[selected[0]] = clipped;
            fields.get(selected[0]).setText(ui.t(keys[selected[0]]) + ":  " + clipped);
        });
        Runnable open = () -> {
            values[selected[0]] = keypad.getText();
            // typed day-month-year as Vietnamese write dates; the chip wants year-month-day
            ui.send(new Action.EnterMrz(values[0], yymmdd(values[1]), yymmdd(values[2])));
        };
        keypad.setOnDone(text -> open.run());
        ui.notice(step.notice()).ifPresent(left.getChildren()::add);
        Button submit = new Button(ui.t("key.submit"));
        submit.getStyleClass().add("primary-button");
        submit.setOnAction(e -> open.run());
        left.getChildren().addAll(submit, ui.secondary(ui.t("key.use-can"), new Action.UseKeyEntry(KeyEntry.CAN)));
        left.setMaxWidth(820);
        HBox row = new HBox(60, left, keypad);
        row.setAlignment(Pos.CENTER);
        return ui.page(ui.title(ui.t("key.title.MRZ")), row);
    }

    private static String yymmdd(String ddmmyy) {
        return ddmmyy.length() == 6 ? ddmmyy.substring(4) + ddmmyy.substring(2, 4) + ddmmyy.substring(0, 2) : ddmmyy;
    }

    /** The reading screen, updated in place as the progress moves. */
    static final class Reading extends VBox implements Screens.Updatable {
        private final Ui ui;
        private final ProgressBar bar = new ProgressBar(0);
        private final Label stage;

        Reading(Ui ui, Step.Reading step) {
            super(32);
            this.ui = ui;
            this.stage = ui.prompt("");
            getStyleClass().add("page");
            setAlignment(Pos.CENTER);
            bar.getStyleClass().add("read-progress");
            getChildren().addAll(ui.title(ui.t("reading.title")), bar, stage, ui.label(ui.t("reading.keep"), "hint"));
            update(step);
        }

        @Override
        public boolean update(Step next) {
            if (!(next instanceof Step.Reading)) {
                return false;
            }
            Step.Reading reading = (Step.Reading) next;
            bar.setProgress(reading.percent() / 100.0);
            stage.setText(ui.t("reading.stage." + reading.stage().name()));
            return true;
        }
    }

    static Node confirm(Ui ui, Step.ConfirmIdentity step) {
        PersonView person = step.person();
        HBox buttons = new HBox(30, ui.primary(ui.t("confirm.yes"), new Action.Confirm()),
                ui.secondary(ui.t("confirm.no"), new Action.Back()));
        VBox details = new VBox(18, ui.label(person.fullName(), "person-name"),
                ui.label(ui.t("confirm.id") + ": " + person.maskedIdNumber(), "person-detail"));
        person.dateOfBirth().ifPresent(d -> details.getChildren().add(
                ui.label(ui.t("confirm.birth") + ": " + Dates.display(d), "person-detail")));
        details.getChildren().addAll(assurance(ui, person.assurance()), buttons);
        HBox row = new HBox(60, portrait(ui, person, 360), details);
        row.setAlignment(Pos.CENTER);
        return ui.page(ui.title(ui.t("confirm.title")), row);
    }

    static Node portrait(Ui ui, PersonView person, double width) {
        return person.photoJpeg().flatMap(Images::jpeg).<Node>map(image -> {
            ImageView view = new ImageView(image);
            view.setFitWidth(width);
            view.setPreserveRatio(true);
            view.getStyleClass().add("portrait");
            return view;
        }).orElseGet(() -> {
            Label none = ui.label(ui.t("confirm.no-photo"), "no-portrait");
            none.setMinSize(width, width * 4 / 3);
            none.setAlignment(Pos.CENTER);
            return none;
        });
    }

    static Label assurance(Ui ui, Assurance assurance) {
        Label badge = ui.label(ui.t("assurance." + assurance.name()), "assurance");
        badge.getStyleClass().add(assurance.atLeast(Assurance.CHIP_VERIFIED) ? "assurance-chip" : "assurance-weak");
        return badge;
    }

    static Node refused(Ui ui, Step.IdentityRefused step) {
        VBox page = ui.page(ui.title(ui.t("refused.title")), ui.label(ui.t("refused." + step.reason().name()),
                "refusal"), ui.prompt(ui.t("refused.help")), ui.primary(ui.t("refused.again"), new Action.Back()));
        page.setAlignment(Pos.CENTER);
        return page;
    }
}
