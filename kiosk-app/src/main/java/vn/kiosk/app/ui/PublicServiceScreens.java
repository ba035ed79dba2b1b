package vn.kiosk.app.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.FieldProblem;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.flow.Text;
import vn.kiosk.app.keyboard.KeyPanel;
import vn.kiosk.app.keyboard.NumericKeypad;
import vn.kiosk.app.keyboard.OnScreenKeyboard;

/** The public-service screens: choose a procedure, fill its form, review. */
final class PublicServiceScreens {
    private static final int SEARCH_LENGTH = 40;
    private static final int FIELD_LENGTH = 120;

    private PublicServiceScreens() {
    }

    /**
     * The procedure list with its search box. Tapping the box opens the keyboard; typing filters
     * the list in place, so the keyboard stays open while the list changes under it.
     */
    static final class Procedures extends StackPane implements Screens.Updatable {
        private final Ui ui;
        private final VBox list = new VBox(16);
        private final Button query = new Button();

        Procedures(Ui ui, Step.ChooseProcedure step) {
            this.ui = ui;
            query.getStyleClass().add("search-box");
            query.setMaxWidth(Double.MAX_VALUE);
            query.setOnAction(e -> {
                OnScreenKeyboard keyboard = new OnScreenKeyboard(ui.messages.bundle(), SEARCH_LENGTH);
                keyboard.setText(currentQuery);
                keyboard.textProperty().addListener((o, old, now) -> ui.send(new Action.Search(now)));
                KeyboardSheet sheet = KeyboardSheet.open(this, ui, ui.t("procedure.search"), keyboard);
                keyboard.setOnDone(text -> sheet.close());
            });
            getChildren().add(ui.page(ui.title(ui.t("procedure.title")), query, ui.scroll(list)));
            update(step);
        }

        private String currentQuery = "";

        @Override
        public boolean update(Step next) {
            if (!(next instanceof Step.ChooseProcedure)) {
                return false;
            }
            Step.ChooseProcedure step = (Step.ChooseProcedure) next;
            currentQuery = step.query();
            query.setText("🔍  " + (step.query().isEmpty() ? ui.t("procedure.search") : step.query()));
            list.getChildren().clear();
            for (Catalogue.Procedure p : step.matches()) {
                String name = ui.messages.vietnamese() ? p.nameVi() : p.nameEn();
                list.getChildren().add(ui.choice(name, ui.t("procedure.days", p.processingDays()),
                        new Action.Choose(p.code())));
            }
            if (step.matches().isEmpty()) {
                list.getChildren().add(ui.prompt(ui.t("procedure.none")));
            }
            return true;
        }
    }

    static Node form(Ui ui, Step.FillForm step) {
        VBox fromCard = new VBox(12, ui.label(ui.t("form.from-card"), "section"), ui.rows(step.fromCard()));
        VBox toFill = new VBox(14, ui.label(ui.t("form.to-fill"), "section"));
        StackPane screen = new StackPane();
        for (Catalogue.FormField field : step.procedure().extraFields()) {
            toFill.getChildren().add(field(ui, step, field, screen));
        }
        fromCard.setPrefWidth(760);
        toFill.setPrefWidth(900);
        HBox columns = new HBox(50, fromCard, toFill);
        HBox.setHgrow(toFill, Priority.ALWAYS);
        // "continue" stays in sight below the scrolling fields: nobody should have to hunt for it
        screen.getChildren().add(ui.page(ui.title(ui.messages.vietnamese() ? step.procedure().nameVi()
                : step.procedure().nameEn()), ui.scroll(columns), ui.primary(ui.t("form.next"), new Action.Next())));
        return screen;
    }

    private static Node field(Ui ui, Step.FillForm step, Catalogue.FormField field, StackPane screen) {
        String label = (ui.messages.vietnamese() ? field.labelVi() : field.labelEn())
                + (field.required() ? "" : " " + ui.t("form.optional"));
        VBox box = new VBox(6, ui.label(label, "field-label"));
        String value = step.values().getOrDefault(field.name(), "");
        switch (field.type()) {
            case SELECT:
            case BOOLEAN:
                box.getChildren().add(options(ui, field, value));
                break;
            default:
                Button edit = new Button(value.isEmpty() ? ui.t("form.edit") : value);
                edit.getStyleClass().add("field-box");
                edit.setMaxWidth(Double.MAX_VALUE);
                edit.setOnAction(e -> openKeyboard(ui, field, label, value, screen));
                box.getChildren().add(edit);
        }
        FieldProblem problem = step.problems().get(field.name());
        if (problem != null) {
            box.getChildren().add(ui.label(ui.t("problem." + problem.name()), "field-problem"));
        }
        return box;
    }

    private static Node options(Ui ui, Catalogue.FormField field, String value) {
        List<String> options = field.type() == Catalogue.FieldType.BOOLEAN ? List.of("true", "false")
                : field.options() == null ? List.of() : field.options();
        FlowPane pane = new FlowPane(12, 12);
        for (String option : options) {
            Button button = ui.button(ui.t(Text.option(option)), "option",
                    new Action.SetField(field.name(), option));
            if (option.equals(value)) {
                button.getStyleClass().add("option-selected");
            }
            pane.getChildren().add(button);
        }
        return pane;
    }

    private static void openKeyboard(Ui ui, Catalogue.FormField field, String label, String value,
                                     StackPane screen) {
        boolean date = field.type() == Catalogue.FieldType.DATE;
        boolean digits = date || field.type() == Catalogue.FieldType.NUMBER;
        KeyPanel keys = digits ? new NumericKeypad(ui.messages.bundle(), date ? 8 : 18)
                : new OnScreenKeyboard(ui.messages.bundle(), FIELD_LENGTH);
        keys.setText(date ? value.replace("/", "") : value);
        KeyboardSheet sheet = KeyboardSheet.open(screen, ui, label, keys);
        keys.setOnDone(text -> {
            sheet.close();
            ui.send(new Action.SetField(field.name(), date ? asDate(text) : text));
        });
    }

    /** Digits typed for a date, shown and sent as DD/MM/YYYY. */
    private static String asDate(String digits) {
        StringBuilder date = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i == 2 || i == 4) {
                date.append('/');
            }
            date.append(digits.charAt(i));
        }
        return date.toString();
    }

    static Node review(Ui ui, Step.ReviewDossier step) {
        return ui.page(ui.title(ui.t("review.title")), ui.scroll(ui.rows(step.rows())),
                ui.primary(ui.t("review.submit"), new Action.Submit()));
    }
}
