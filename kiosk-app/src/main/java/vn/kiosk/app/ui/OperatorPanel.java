package vn.kiosk.app.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.kiosk.app.config.PinAttempts;
import vn.kiosk.app.flow.Row;
import vn.kiosk.app.flow.Text;
import vn.kiosk.app.keyboard.NumericKeypad;
import vn.kiosk.app.operator.CertificateStatus;
import vn.kiosk.app.operator.DeviceStatus;
import vn.kiosk.app.operator.JournalEntry;
import vn.kiosk.app.operator.OperatorDesk;
import vn.kiosk.app.operator.ReaderStatus;
import vn.kiosk.app.operator.Sample;
import vn.kiosk.app.operator.StatusBoard;
import vn.kiosk.app.operator.TestReadResult;
import vn.kiosk.app.operator.TrustStatus;
import vn.kiosk.app.outbox.OutboxStats;
import vn.kiosk.reader.access.AccessKey;

/**
 * The operator's screen over the kiosk: first the PIN, then the status of every device and
 * service, the last errors (scrubbed of personal data), a test read, and the only way out of the
 * kiosk. Everything slow (status probes, the test read) runs off the JavaFX thread.
 */
final class OperatorPanel extends StackPane {
    private static final int PIN_DIGITS = 12;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM")
            .withZone(ZoneId.systemDefault());

    private final Ui ui;
    private final OperatorDesk desk;
    private final Runnable close;
    private final Runnable exit;

    OperatorPanel(Ui ui, OperatorDesk desk, Runnable close, Runnable exit) {
        this.ui = ui;
        this.desk = desk;
        this.close = close;
        this.exit = exit;
        getStyleClass().add("operator");
        showPin(Optional.empty());
    }

    private void showPin(Optional<String> message) {
        NumericKeypad keypad = new NumericKeypad(ui.messages.bundle(), PIN_DIGITS);
        Label dots = ui.label("", "digits");
        dots.textProperty().bind(keypad.textProperty().map(t -> "•".repeat(t.length())));
        VBox box = new VBox(20, ui.title(ui.t("operator.title")), ui.prompt(ui.t("operator.pin")), dots);
        message.ifPresent(m -> box.getChildren().add(ui.label(m, "notice")));
        box.getChildren().addAll(keypad, button("operator.close", close));
        box.setAlignment(Pos.CENTER);
        keypad.setOnDone(pin -> {
            char[] typed = pin.toCharArray();
            PinAttempts.Outcome outcome = desk.pin().attempt(typed);
            Arrays.fill(typed, '\0');
            if (outcome instanceof PinAttempts.Outcome.Accepted) {
                showStatus();
            } else if (outcome instanceof PinAttempts.Outcome.LockedOut) {
                showPin(Optional.of(ui.t("operator.pin.locked")));
            } else {
                showPin(Optional.of(ui.t("operator.pin.wrong")));
            }
        });
        getChildren().setAll(box);
    }

    private void showStatus() {
        VBox page = new VBox(16, ui.title(ui.t("operator.title")), ui.prompt(ui.t("operator.loading")));
        page.setAlignment(Pos.TOP_CENTER);
        getChildren().setAll(page);
        CompletableFuture.supplyAsync(desk.status()::collect).thenAccept(board -> Platform.runLater(() -> {
            if (getChildren().contains(page)) {
                getChildren().setAll(status(board));
            }
        }));
    }

    private Node status(StatusBoard board) {
        VBox left = new VBox(12, ui.label(ui.t("operator.devices"), "section"), ui.rows(devices(board)));
        VBox right = new VBox(12, ui.label(ui.t("operator.trust"), "section"), ui.rows(trust(board.trust())),
                ui.label(ui.t("operator.errors"), "section"));
        if (board.lastErrors().isEmpty()) {
            right.getChildren().add(ui.label(ui.t("operator.none"), "hint"));
        }
        for (JournalEntry entry : board.lastErrors().subList(0, Math.min(8, board.lastErrors().size()))) {
            right.getChildren().add(ui.label(TIME.format(entry.at()) + "  " + entry.level() + "  " + entry.message(),
                    "operator-value"));
        }
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(900);
        right.setPrefWidth(900);
        HBox columns = new HBox(40, left, right);
        HBox buttons = new HBox(20, button("operator.refresh", this::showStatus),
                button("operator.test-read", this::askCan), button("operator.close", close),
                button("operator.exit", exit));
        buttons.setAlignment(Pos.CENTER);
        VBox page = new VBox(16, ui.title(ui.t("operator.title")), ui.scroll(columns), buttons);
        page.setAlignment(Pos.TOP_CENTER);
        return page;
    }

    private List<Row> devices(StatusBoard board) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("operator.version", board.appVersion() + " · " + ui.t("operator.uptime", hours(board.uptime()))));
        rows.add(row("operator.readers", show(board.readers(), readers -> readers.isEmpty() ? ui.t("operator.none")
                : String.join("\n", readers.stream().map(this::reader).toList()))));
        rows.add(row("operator.backend", board.backend().state() + " · " + board.backend().latencyMillis() + " ms"
                + board.backend().lastErrorCode().map(c -> " · " + c).orElse("")));
        rows.add(row("operator.outbox", show(board.outbox(), this::outbox)));
        rows.add(row("operator.printer", device(board.printer())));
        rows.add(row("operator.scanner", device(board.scanner())));
        return rows;
    }

    private static String device(DeviceStatus device) {
        return device.state() + " · " + device.name() + (device.detail().isEmpty() ? "" : " · " + device.detail());
    }

    private String reader(ReaderStatus reader) {
        return reader.name() + ": " + ui.t(reader.cardPresent() ? "operator.card-present" : "operator.no-card");
    }

    private String outbox(OutboxStats stats) {
        return ui.t("operator.outbox.value", stats.pending(), stats.rejected(),
                stats.oldestPendingAge().map(OperatorPanel::minutes).orElse("—"),
                stats.lastDelivered().map(TIME::format).orElse("—"));
    }

    private List<Row> trust(Sample<TrustStatus> trust) {
        List<Row> rows = new ArrayList<>();
        if (trust instanceof Sample.Failed) {
            rows.add(row("operator.trust.version", ((Sample.Failed<TrustStatus>) trust).problem()));
            return rows;
        }
        TrustStatus status = ((Sample.Ok<TrustStatus>) trust).value();
        rows.add(row("operator.trust.version", status.version()));
        for (CertificateStatus certificate : status.certificates()) {
            String expiry = certificate.expired() ? ui.t("operator.expired")
                    : ui.t("operator.days-left", certificate.daysLeft());
            rows.add(new Row(Text.plain(certificate.role() + " " + certificate.subject()),
                    Text.plain(TIME.format(certificate.notAfter()) + " · " + expiry)));
        }
        return rows;
    }

    /** The test read: the CAN on a keypad, then the verdicts, never the holder's data. */
    private void askCan() {
        NumericKeypad keypad = new NumericKeypad(ui.messages.bundle(), 6);
        Label typed = ui.label("", "digits");
        typed.textProperty().bind(keypad.textProperty());
        VBox box = new VBox(20, ui.title(ui.t("operator.test-read")), ui.prompt(ui.t("key.prompt.CAN")), typed, keypad,
                button("operator.close", this::showStatus));
        box.setAlignment(Pos.CENTER);
        keypad.setOnDone(can -> {
            if (!can.matches("\\d{6}")) {
                return;
            }
            getChildren().setAll(new VBox(20, ui.title(ui.t("operator.test-read")), ui.prompt(ui.t("reading.title"))));
            CompletableFuture.supplyAsync(() -> testRead(can)).thenAccept(result -> Platform.runLater(() ->
                    getChildren().setAll(testResult(result))));
        });
        getChildren().setAll(box);
    }

    private TestReadResult testRead(String can) {
        List<ReaderStatus> readers = desk.status().collect().readers().known().orElse(List.of());
        Optional<String> withCard = readers.stream().filter(ReaderStatus::cardPresent).map(ReaderStatus::name)
                .findFirst();
        return withCard.map(terminal -> desk.testRead().run(terminal, AccessKey.can(can)))
                .orElseGet(() -> new TestReadResult.Failed("NoCard", ui.t("operator.no-card")));
    }

    private Node testResult(TestReadResult result) {
        List<Row> rows = new ArrayList<>();
        if (result instanceof TestReadResult.Read) {
            TestReadResult.Read read = (TestReadResult.Read) result;
            rows.add(row("operator.read.protocol", read.protocol().name()));
            rows.add(row("operator.read.passive", read.passive().name()));
            rows.add(row("operator.read.active", read.activeAuthentication().name()));
            rows.add(row("operator.read.chip", read.chipAuthentication().name()));
            rows.add(row("operator.read.assurance", ui.t("assurance." + read.assurance().name())));
            rows.add(row("operator.read.cost", read.apdus() + " APDU · " + read.millis() + " ms"));
            read.problems().forEach(p -> rows.add(new Row(Text.key("operator.read.problem"), Text.plain(p))));
        } else {
            TestReadResult.Failed failed = (TestReadResult.Failed) result;
            rows.add(new Row(Text.plain(failed.kind()), Text.plain(failed.message())));
        }
        VBox box = new VBox(20, ui.title(ui.t("operator.test-read")), ui.rows(rows),
                button("operator.close", this::showStatus));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Row row(String key, String value) {
        return new Row(Text.key(key), Text.plain(value));
    }

    private static <T> String show(Sample<T> sample, java.util.function.Function<T, String> ok) {
        return sample instanceof Sample.Ok ? ok.apply(((Sample.Ok<T>) sample).value())
                : ((Sample.Failed<T>) sample).problem();
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(ui.t(key));
        button.getStyleClass().add("secondary-button");
        button.setOnAction(e -> action.run());
        return button;
    }

    private static String minutes(Duration age) {
        return age.toMinutes() + " min";
    }

    private static String hours(Duration uptime) {
        return String.format("%d:%02d", uptime.toHours(), uptime.toMinutesPart());
    }
}
