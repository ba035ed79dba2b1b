package vn.kiosk.app.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.Notice;
import vn.kiosk.app.flow.Row;
import vn.kiosk.app.i18n.Messages;

/**
 * What every screen is built with: the words in the current language, a way to send actions to
 * the flow engine, and the kiosk's few kinds of widget, so every screen looks and behaves alike
 * (large type, large targets, the same colours for the same meaning).
 */
final class Ui {
    private static final PseudoClass PRESSED = PseudoClass.getPseudoClass("pressed");
    final Messages messages;
    private final Consumer<Action> dispatch;

    Ui(Messages messages, Consumer<Action> dispatch) {
        this.messages = messages;
        this.dispatch = dispatch;
    }

    void send(Action action) {
        dispatch.accept(action);
    }

    String t(String key, Object... args) {
        return messages.get(key, args);
    }

    String t(vn.kiosk.app.flow.Text text) {
        return messages.text(text);
    }

    Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    Label title(String text) {
        return label(text, "title");
    }

    Label prompt(String text) {
        return label(text, "prompt");
    }

    /** The main action of a screen. */
    Button primary(String text, Action action) {
        return button(text, "primary-button", action);
    }

    Button secondary(String text, Action action) {
        return button(text, "secondary-button", action);
    }

    Button button(String text, String styleClass, Action action) {
        Button button = new Button(text);
        button.getStyleClass().add(styleClass);
        button.setWrapText(true);
        button.setOnAction(e -> send(action));
        return button;
    }

    /**
     * A big list entry: a name and a line of detail under it, the whole tile a touch target. Not
     * a Button with a graphic: a Button sizes wrapped text in its graphic badly (tiles grew to
     * hundreds of pixels of empty space in a scroll pane).
     */
    VBox choice(String name, String detail, Action action) {
        VBox tile = new VBox(6, label(name, "choice-name"));
        if (!detail.isEmpty()) {
            tile.getChildren().add(label(detail, "choice-detail"));
        }
        tile.getStyleClass().add("choice");
        tile.setAlignment(Pos.CENTER_LEFT);
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setAccessibleRole(AccessibleRole.BUTTON);
        tile.setAccessibleText(name);
        tile.setOnMousePressed(e -> tile.pseudoClassStateChanged(PRESSED, true));
        tile.setOnMouseReleased(e -> tile.pseudoClassStateChanged(PRESSED, false));
        tile.setOnMouseClicked(e -> send(action));
        return tile;
    }

    /** Label and value rows, labels on the left. */
    GridPane rows(List<Row> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("rows");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(34);
        ColumnConstraints values = new ColumnConstraints();
        values.setPercentWidth(66);
        grid.getColumnConstraints().addAll(labels, values);
        int line = 0;
        for (Row row : rows) {
            grid.add(label(t(row.label()), "row-label"), 0, line);
            grid.add(label(t(row.value()), "row-value"), 1, line);
            line++;
        }
        return grid;
    }

    Optional<Node> notice(Optional<Notice> notice) {
        return notice.map(n -> label(t("notice." + n.name()), "notice"));
    }

    /** The usual screen: a column, centred, with room around it. */
    VBox page(Node... children) {
        VBox page = new VBox(28, children);
        page.getStyleClass().add("page");
        page.setAlignment(Pos.TOP_CENTER);
        return page;
    }

    ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().add("list-scroll");
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }
}
