package vn.kiosk.reader.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code reader-cli}: the reader driver from a shell, for operators, integrators and acceptance
 * checks (see the command-line contract). Each subcommand is its own class implementing
 * {@code Callable<Integer>}; adding one means listing it in {@code subcommands} below. A
 * subcommand reports failure by throwing (a ReaderException ideally, whose message says what to
 * do); this class turns that into exit status 1 and one line on stderr.
 *
 * <p>Exit status: 0 success, 1 failure, 2 bad usage.
 */
@Command(name = "reader-cli",
        mixinStandardHelpOptions = true,
        version = "reader-cli 0.1.0",
        description = "Reads Vietnamese chip ID cards (CCCD) through PC/SC card readers.",
        subcommands = {TerminalsCommand.class, ReadCommand.class, QrCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:failure (message on stderr)", "2:bad usage"})
public final class ReaderCli implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, also print the stack trace.")
    private boolean verbose;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status instead of exiting (for tests and embedding). */
    public static int execute(String... args) {
        return commandLine(CommandLine.defaultFactory()).execute(args);
    }

    /**
     * The configured command line; {@code factory} lets tests supply subcommands wired to fakes.
     * Usage errors keep picocli's handling (message and usage on stderr, status 2).
     */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        ReaderCli root = new ReaderCli();
        CommandLine cli = new CommandLine(root, factory);
        cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
            PrintWriter err = failed.getErr();
            err.println(failed.getCommandSpec().qualifiedName() + ": " + oneLine(e));
            if (root.verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return EXIT_FAILURE;
        });
        return cli;
    }

    /** Without a subcommand there is nothing to do: that is a usage error. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: try 'reader-cli terminals' or 'reader-cli --help'");
    }

    /** The failure's own message, on one line; the class name only when there is no message. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName() + (e.getCause() == null ? "" : ": " + oneLine(e.getCause()));
        }
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /**
     * A JSON string literal. Everything outside printable ASCII is escaped, so the output is
     * correct whatever encoding the console uses (Java 17 writes stdout in the locale's charset,
     * which is often ASCII on servers). For subcommands that print JSON.
     */
    static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
