package vn.kiosk.app.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import vn.kiosk.app.backend.Clinic;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.Dates;
import vn.kiosk.app.flow.Row;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.flow.Text;

/** The clinic screens: health insurance, department, priority. */
final class ClinicScreens {
    private ClinicScreens() {
    }

    static Node insurance(Ui ui, Step.InsuranceResult step) {
        VBox page = ui.page(ui.title(ui.t("insurance.title")));
        if (step.check().isEmpty()) {
            page.getChildren().add(ui.label(ui.t("insurance.unavailable"), "notice"));
        } else {
            Clinic.InsuranceCheck check = step.check().get();
            page.getChildren().add(ui.label(ui.t("insurance." + check.status().name()),
                    step.valid() ? "good-news" : "notice"));
            java.util.List<Row> rows = new java.util.ArrayList<>();
            if (check.cardNumber() != null) {
                rows.add(new Row(Text.key("insurance.card"), Text.plain(check.cardNumber())));
            }
            if (check.registeredFacility() != null) {
                rows.add(new Row(Text.key("insurance.facility"), Text.plain(check.registeredFacility())));
            }
            if (check.benefitLevel() != null) {
                rows.add(new Row(Text.key("insurance.benefit"), Text.key("insurance.benefit.value",
                        check.benefitLevel())));
            }
            if (check.validTo() != null) {
                rows.add(new Row(Text.key("insurance.valid-to"), Text.plain(
                        Dates.parseIso(check.validTo()).map(Dates::display).orElse(check.validTo()))));
            }
            if (!rows.isEmpty()) {
                page.getChildren().add(ui.rows(rows));
            }
        }
        if (step.valid()) {
            page.getChildren().add(ui.primary(ui.t("insurance.continue"), new Action.Next()));
        } else {
            page.getChildren().addAll(ui.prompt(ui.t("insurance.paying-note")),
                    ui.primary(ui.t("insurance.paying"), new Action.Next()));
        }
        return page;
    }

    static Node departments(Ui ui, Step.ChooseDepartment step) {
        VBox grid = new VBox(16);
        for (Clinic.DepartmentQueue d : step.departments()) {
            String name = ui.messages.vietnamese() ? d.nameVi() : d.nameEn();
            String detail = ui.t("department.room", d.room()) + " · " + ui.t("department.waiting", d.waiting())
                    + " · " + ui.t("department.wait", d.estimatedWaitMinutes());
            grid.getChildren().add(ui.choice(name, detail, new Action.Choose(d.code())));
        }
        VBox page = ui.page(ui.title(ui.t("department.title")));
        if (step.paying()) {
            page.getChildren().add(ui.label(ui.t("department.paying"), "notice"));
        }
        page.getChildren().add(ui.scroll(grid));
        return page;
    }

    static Node priority(Ui ui, Step.PriorityQuestions step) {
        FlowPane options = new FlowPane(20, 20);
        options.setAlignment(Pos.CENTER);
        for (Clinic.PriorityReason reason : step.offered()) {
            String text = ui.t("priority." + reason.name())
                    + (step.suggested().contains(reason) ? "\n" + ui.t("priority.suggested") : "");
            Button option = ui.button(text, "option", new Action.TogglePriority(reason));
            option.getStyleClass().add("priority-option");
            if (step.selected().contains(reason)) {
                option.getStyleClass().add("option-selected");
            }
            options.getChildren().add(option);
        }
        return ui.page(ui.title(ui.t("priority.title")), ui.prompt(ui.t("priority.hint")), options,
                ui.primary(ui.t("priority.submit"), new Action.Submit()));
    }
}
