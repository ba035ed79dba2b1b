package vn.kiosk.simulator.qr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * zbarimg (Debian's zbar-tools), the independent decoder our QR decoding is held against: whether it
 * is installed, what it reads from one file, and how much CPU it spends on a batch of files.
 */
final class Zbar {
    private static final List<String> QR_ONLY = List.of("zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable");
    /** POSIX {@code times}' second line: the shell's children's user and system time, e.g. "0m1.234s 0m0.056s". */
    private static final Pattern CHILD_TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s\\s*$");

    /** One zbarimg run over a batch: what it found and the CPU time (user + system) it used. */
    record Batch(int found, double cpuSeconds) {
    }

    private Zbar() {
    }

    static boolean installed() {
        try {
            Process p = new ProcessBuilder("zbarimg", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether zbarimg reads exactly {@code text} from {@code file}. */
    static boolean reads(Path file, String text) {
        try {
            List<String> command = new ArrayList<>(QR_ONLY);
            command.add(file.toString());
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return out.strip().equals(text);
        } catch (IOException e) {
            throw new IllegalStateException("zbarimg failed to run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * One zbarimg process over all {@code files}, run by {@code sh} so that the shell's {@code times}
     * reports the CPU zbarimg used: CPU time, unlike the wall clock, does not depend on what else the
     * machine is doing, and zbarimg is single-threaded, so it is its one core's time.
     */
    static Batch scan(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "\"$@\" 2>/dev/null; times >&2", "sh"));
        command.addAll(QR_ONLY);
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).start();
        byte[] err;
        String out;
        try (var stderr = p.getErrorStream()) {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            err = stderr.readAllBytes();
        }
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("zbarimg did not finish in 5 minutes");
        }
        String[] lines = new String(err, StandardCharsets.UTF_8).strip().split("\n");
        Matcher m = CHILD_TIMES.matcher(lines[lines.length - 1]);
        if (!m.find()) {
            throw new IOException("no CPU times from the shell: " + String.join(" / ", lines));
        }
        double cpu = 60 * Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2))
                + 60 * Double.parseDouble(m.group(3)) + Double.parseDouble(m.group(4));
        // --raw prints one line per symbol; a card QR's text has no newline of its own
        return new Batch((int) out.lines().filter(l -> !l.isBlank()).count(), cpu);
    }
}
