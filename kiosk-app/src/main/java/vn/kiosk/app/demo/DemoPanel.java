package vn.kiosk.app.demo;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.i18n.Messages;
import vn.kiosk.simulator.backend.ChaosMode;

/**
 * The strip under a demo kiosk that stands in for a person's hands: put a card on the reader,
 * show a QR, take the card away, cut the network. Only in demo mode; a configured kiosk has none.
 */
public final class DemoPanel {
    private DemoPanel() {
    }

    public static Node of(DemoWorld world, Messages messages, Consumer<Action> dispatch) {
        HBox bar = new HBox();
        bar.getStyleClass().add("demo-bar");
        Label title = new Label(messages.get("demo.title"));
        title.getStyleClass().add("demo-title");
        bar.getChildren().add(title);
        for (DemoCard card : world.presets()) {
            String name = messages.get("demo.label." + card.label());
            bar.getChildren().add(button(messages.get("demo.card", name, card.can()), () -> world.insert(card)));
        }
        for (DemoCard card : world.presets().subList(0, 2)) {
            String name = messages.get("demo.label." + card.label());
            bar.getChildren().add(button(messages.get("demo.qr", name),
                    () -> dispatch.accept(new Action.QrScanned(card.qrText()))));
        }
        bar.getChildren().add(button(messages.get("demo.remove"), world::remove));
        Button network = button(networkLabel(world, messages), () -> { });
        network.setOnAction(e -> {
            if (networkDown(world)) {
                world.backend().chaos().disableAll();
            } else {
                world.backend().chaos().enable(ChaosMode.RESET);
            }
            network.setText(networkLabel(world, messages));
        });
        bar.getChildren().add(network);
        return bar;
    }

    private static boolean networkDown(DemoWorld world) {
        return world.backend().chaos().enabled().contains(ChaosMode.RESET);
    }

    private static String networkLabel(DemoWorld world, Messages messages) {
        return messages.get(networkDown(world) ? "demo.backend.up" : "demo.backend.down");
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("demo-button");
        button.setFocusTraversable(false);
        // the card's personalisation takes a moment (RSA key): keep it off the JavaFX thread
        button.setOnAction(e -> new Thread(action, "demo-action").start());
        return button;
    }
}
