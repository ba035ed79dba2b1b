package vn.kiosk.packaging.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway root file system (src/test/sh/throwaway-root.sh: copy-on-write overlays of the
 * host's /usr, /etc, /var, /opt in private mount and PID namespaces) that lives while this object
 * does, and commands run inside it as root with {@code nsenter}. Closing it kills the namespace's
 * first process, which takes every process and mount of the namespace with it.
 */
final class ThrowawayRoot implements AutoCloseable {
    private static final String READY = "THROWAWAY-ROOT-READY";
    private static final List<String> CLEAN_ENV = List.of("env", "-i",
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root", "LANG=C.UTF-8");

    /** What a command printed (stdout and stderr together) and its exit code. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private final Process holder;
    private final long namespacePid;

    private ThrowawayRoot(Process holder, long namespacePid) {
        this.holder = holder;
        this.namespacePid = namespacePid;
    }

    /**
     * @param script throwaway-root.sh
     * @param base   an empty host folder to mount the root's tmpfs on
     * @param binds  host folder to the folder inside the root (read-only)
     */
    static ThrowawayRoot start(Path script, Path base, Map<Path, String> binds) throws IOException, InterruptedException {
        Files.createDirectories(base);
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--kill-child",
                "--propagation", "private", "bash", script.toString(), base.toString()));
        binds.forEach((host, inside) -> {
            command.add("--bind");
            command.add(host.toAbsolutePath() + ":" + inside);
        });
        // the holder, the namespace's init: says it is ready, then keeps the namespace alive (at most
        // 30 minutes, in case this JVM dies without closing it); a shell rather than one long sleep,
        // because init must reap the orphans of the namespace (the shell does at each sleep's end)
        command.addAll(List.of("--", "sh", "-c",
                "echo " + READY + "; i=0; while [ $i -lt 1800 ]; do sleep 1; i=$((i+1)); done"));
        Process holder = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals(READY)) {
                        return null;
                    }
                    seen.append(line).append('\n');
                }
            } catch (IOException e) {
                seen.append(e);
            }
            return seen.toString();
        });
        String failure;
        try {
            failure = ready.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            holder.destroyForcibly();
            throw new IOException("the throwaway root did not come up: " + e, e);
        }
        if (failure != null) {
            holder.destroyForcibly();
            throw new IOException("the throwaway root did not come up:\n" + failure);
        }
        long pid = holder.toHandle().children().findFirst()
                .orElseThrow(() -> new IOException("no namespace process under unshare " + holder.pid())).pid();
        return new ThrowawayRoot(holder, pid);
    }

    /** Runs {@code sh -c script} as root inside the root, with a clean environment. */
    Result sh(String script, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("nsenter", "--target", Long.toString(namespacePid),
                "--mount", "--pid", "--root", "--wd"));
        command.addAll(CLEAN_ENV);
        command.addAll(List.of("timeout", "--kill-after=5", Long.toString(timeout.toSeconds()), "sh", "-c", script));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        if (!process.waitFor(timeout.toSeconds() + 30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Result(process.waitFor(), output.join());
    }

    /** {@link #sh} with a 2-minute limit. */
    Result sh(String script) throws IOException, InterruptedException {
        return sh(script, Duration.ofMinutes(2));
    }

    /** Runs {@code script} as the kiosk's user (its groups, its HOME, umask 027 like the unit). */
    Result asKiosk(String script, Duration timeout) throws IOException, InterruptedException {
        return sh("umask 027; exec setpriv --reuid=cccd-kiosk --regid=cccd-kiosk --init-groups --reset-env sh -c "
                + quote(script), timeout);
    }

    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() throws InterruptedException {
        holder.destroy();
        if (!holder.waitFor(20, TimeUnit.SECONDS)) {
            holder.destroyForcibly();
            holder.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
