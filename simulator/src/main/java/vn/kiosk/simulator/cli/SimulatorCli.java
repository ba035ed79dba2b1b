package vn.kiosk.simulator.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code simulator}: virtual cards, synthetic citizens and (later) the reference backend from a
 * shell. Exit status 0 success, 1 failure with one line on stderr, 2 bad usage.
 */
@Command(name = "simulator",
        mixinStandardHelpOptions = true,
        version = "simulator 0.1.0",
        description = "Stands in for CCCD cards, readers and the kiosk backend in tests and demos.",
        subcommands = {BackendCommand.class, CardCommand.class, CitizenCommand.class, PkiCommand.class, QrCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:failure (message on stderr)", "2:bad usage"})
public final class SimulatorCli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "On failure, also print the stack trace.")
    private boolean verbose;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        SimulatorCli root = new SimulatorCli();
        CommandLine cli = new CommandLine(root);
        cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
            PrintWriter err = failed.getErr();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println(failed.getCommandSpec().qualifiedName() + ": " + message.replaceAll("\\s*[\\r\\n]+\\s*", " "));
            if (root.verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: try 'simulator card', 'simulator citizen', 'simulator pki', 'simulator backend' or 'simulator --help'");
    }
}
