package vn.kiosk.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.kiosk.app.i18n.Messages;
import vn.kiosk.app.keyboard.KeyPanel;

/** A citizen's finger on the kiosk's screen: taps what it sees, by the words on it. */
final class Finger {
    private static final int WAIT_SECONDS = 30;

    private final FxRobot robot;
    final Messages words;

    Finger(FxRobot robot, Messages words) {
        this.robot = robot;
        this.words = words;
    }

    /** Taps the control showing the bundle's text for {@code key}. */
    void tap(String key, Object... args) {
        tapText(words.get(key, args));
    }

    void tapText(String text) {
        press(waitFor(node -> node instanceof Labeled && text.equals(((Labeled) node).getText())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Taps a button (not a label) showing {@code text}: form options share words with the rows above them. */
    void tapButton(String text) {
        press(waitFor(node -> node instanceof Button && text.equals(((Button) node).getText())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Taps the node with this style class (e.g. the header's title, which the operator taps). */
    void tapStyled(String styleClass) {
        press(waitFor(node -> node.getStyleClass().contains(styleClass)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the bundle's text for {@code key} is on screen. */
    void see(String key, Object... args) {
        seeText(words.get(key, args));
    }

    void seeText(String text) {
        waitFor(node -> node instanceof Labeled && text.equals(((Labeled) node).getText()));
    }

    /** Types on the keyboard or keypad on screen, key by key ("char:1", "tone:acute", "done"...). */
    void keys(String... ids) {
        KeyPanel panel = (KeyPanel) waitFor(node -> node instanceof KeyPanel);
        for (String id : ids) {
            Button key = onFx(() -> panel.keyButton(id));
            if (key == null) {
                throw new AssertionError("no key " + id + " on the keyboard shown");
            }
            press(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types plain letters, digits and spaces (no tone marks) and presses done. */
    void type(String text) {
        List<String> ids = new ArrayList<>();
        text.chars().forEach(c -> ids.add(c == ' ' ? "space" : "char:" + (char) c));
        ids.add("done");
        keys(ids.toArray(String[]::new));
    }

    /** The input box under the form label {@code label}. */
    void tapField(String label) {
        Node title = waitFor(node -> node instanceof Labeled && ((Labeled) node).getText() != null
                && ((Labeled) node).getText().startsWith(label));
        Node box = onFx(() -> ((Pane) title.getParent()).getChildren().get(1));
        press(box);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the node into view first, as a person would before touching it. */
    private void press(Node node) {
        onFx(() -> {
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane) {
                    ScrollPane scroll = (ScrollPane) up;
                    Node content = scroll.getContent();
                    double y = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
                    double room = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                    if (room > 0) {
                        scroll.setVvalue(Math.min(1, Math.max(0, (y - 20) / room)));
                    }
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    Node waitFor(Predicate<Node> matches) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> find(matches).isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("nothing like that appeared; the screen shows: " + texts());
        }
        return find(matches).orElseThrow();
    }

    private Optional<Node> find(Predicate<Node> matches) {
        return onFx(() -> {
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                    Optional<Node> found = search(window.getScene().getRoot(), matches);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        });
    }

    /** The last visible match: overlays (keyboard sheet, dialogs) come after what they cover. */
    private static Optional<Node> search(Node node, Predicate<Node> matches) {
        if (!node.isVisible()) {
            return Optional.empty();
        }
        Optional<Node> found = matches.test(node) ? Optional.of(node) : Optional.empty();
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                Optional<Node> deeper = search(child, matches);
                if (deeper.isPresent()) {
                    found = deeper;
                }
            }
        }
        return found;
    }

    /** Every string the scene graph holds, and how many images it shows: where a citizen's data could linger. */
    List<String> texts() {
        return onFx(() -> {
            List<String> all = new ArrayList<>();
            for (Window window : Window.getWindows()) {
                if (window.getScene() != null) {
                    collect(window.getScene().getRoot(), all);
                }
            }
            return all;
        });
    }

    private static void collect(Node node, List<String> all) {
        if (node instanceof Labeled && ((Labeled) node).getText() != null) {
            all.add(((Labeled) node).getText());
        }
        if (node instanceof Text) {
            all.add(((Text) node).getText());
        }
        if (node instanceof TextInputControl) {
            all.add(((TextInputControl) node).getText());
        }
        if (node.getAccessibleText() != null) {
            all.add(node.getAccessibleText());
        }
        if (node instanceof ImageView && ((ImageView) node).getImage() != null) {
            all.add("[image]");
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                collect(child, all);
            }
        }
    }

    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
