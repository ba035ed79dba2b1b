package vn.kiosk.app.print;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping on encoded clusters. Width is counted in bytes, i.e. character cells: a CP1258
 * combining tone mark is a byte of its own, and whether a printer overstrikes it or gives it a cell
 * differs between models, so counting it keeps every line inside the paper on all of them (a line
 * may end a little early, never late: a late one would be broken mid-word by the printer).
 */
final class LineWrapper {

    private LineWrapper() {
    }

    /**
     * @param clusters encoded user-perceived characters; a cluster that is exactly one space separates words
     * @param width    the most bytes per line
     * @return at least one line (an empty one for empty input), none longer than {@code width}
     *         unless a single cluster is wider than {@code width}
     */
    static List<byte[]> wrap(List<byte[]> clusters, int width) {
        List<byte[]> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (List<byte[]> word : words(clusters)) {
            int len = length(word);
            if (line.size() > 0 && line.size() + 1 + len <= width) {
                line.write(' ');
                append(line, word);
                continue;
            }
            if (line.size() > 0) {
                lines.add(line.toByteArray());
                line.reset();
            }
            if (len <= width) {
                append(line, word);
                continue;
            }
            // a word longer than the line (a long code, a URL): split it, but only between clusters
            for (byte[] cluster : word) {
                if (line.size() > 0 && line.size() + cluster.length > width) {
                    lines.add(line.toByteArray());
                    line.reset();
                }
                line.writeBytes(cluster);
            }
        }
        if (line.size() > 0 || lines.isEmpty()) {
            lines.add(line.toByteArray());
        }
        return lines;
    }

    private static List<List<byte[]>> words(List<byte[]> clusters) {
        List<List<byte[]>> words = new ArrayList<>();
        List<byte[]> word = new ArrayList<>();
        for (byte[] c : clusters) {
            if (c.length == 1 && c[0] == ' ') {
                if (!word.isEmpty()) {
                    words.add(word);
                    word = new ArrayList<>();
                }
            } else {
                word.add(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    private static int length(List<byte[]> word) {
        int n = 0;
        for (byte[] c : word) {
            n += c.length;
        }
        return n;
    }

    private static void append(ByteArrayOutputStream line, List<byte[]> word) {
        word.forEach(line::writeBytes);
    }
}
