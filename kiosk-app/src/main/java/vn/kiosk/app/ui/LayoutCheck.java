package vn.kiosk.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Finds what a person would see as broken on a screen: words cut off with an ellipsis, controls
 * pushed outside the visible area (not inside a scroll pane), and text drawn in a font other than
 * the one that has every Vietnamese letter. Used by the screenshot tour on every screen.
 */
public final class LayoutCheck {
    static final String FONT_FAMILY = "Noto Sans";

    private LayoutCheck() {
    }

    /** @return one line per problem; empty when the screen is clean */
    public static List<String> problems(Parent root) {
        List<String> problems = new ArrayList<>();
        Bounds window = root.localToScene(root.getLayoutBounds());
        walk(root, window, false, problems);
        return problems;
    }

    private static void walk(Node node, Bounds window, boolean scrolled, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        // the screen area clips what is in it: anything below its edge is cut off, not just off-window
        Bounds area = node.getStyleClass().contains("content") ? node.localToScene(node.getLayoutBounds()) : window;
        if (node instanceof Labeled) {
            check((Labeled) node, area, scrolled, problems);
        }
        if (node instanceof Parent) {
            boolean inScroll = scrolled || node instanceof ScrollPane;
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                walk(child, area, inScroll, problems);
            }
        }
    }

    private static void check(Labeled labeled, Bounds window, boolean scrolled, List<String> problems) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        for (Node shown : labeled.getChildrenUnmodifiable()) {
            if (shown instanceof Text) {
                String drawn = ((Text) shown).getText();
                if (!drawn.equals(text) && (drawn.endsWith("…") || drawn.endsWith("..."))) {
                    problems.add("cut off: \"" + text + "\" shows as \"" + drawn + "\"");
                }
            }
        }
        Font font = labeled.getFont();
        if (!font.getFamily().startsWith(FONT_FAMILY)) {
            problems.add("font " + font.getFamily() + " (not " + FONT_FAMILY + "): \"" + text + "\"");
        }
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        if (!scrolled && (bounds.getMinX() < window.getMinX() - 1 || bounds.getMaxX() > window.getMaxX() + 1
                || bounds.getMinY() < window.getMinY() - 1 || bounds.getMaxY() > window.getMaxY() + 1)) {
            problems.add("outside the window: \"" + text + "\" at " + (int) bounds.getMinX() + ","
                    + (int) bounds.getMinY() + " to " + (int) bounds.getMaxX() + "," + (int) bounds.getMaxY());
        }
    }
}
