package vn.kiosk.reader.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.transport.Terminals;

/** {@code reader-cli terminals}: which card readers PC/SC offers, and which hold a card. */
@Command(name = "terminals",
        mixinStandardHelpOptions = true,
        description = {"Lists the PC/SC card readers and whether a card is present in each.",
                "An empty list is not an error: no reader is plugged in."})
public final class TerminalsCommand implements Callable<Integer> {

    /** Where the readers come from: the real PC/SC service, or a fake in tests. */
    @FunctionalInterface
    interface FactorySource {
        TerminalFactory open() throws ReaderException;
    }

    /** One line of the listing; also the shape of the JSON objects. */
    record Row(String name, boolean cardPresent) {
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array of {\"name\", \"cardPresent\"}.")
    private boolean json;

    private final FactorySource factories;

    public TerminalsCommand() {
        this(Terminals::pcsc);
    }

    TerminalsCommand(FactorySource factories) {
        this.factories = factories;
    }

    @Override
    public Integer call() throws ReaderException {
        List<Row> rows = rows(factories.open());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(rows) : text(rows));
        out.flush();
        return ReaderCli.EXIT_OK;
    }

    private static List<Row> rows(TerminalFactory factory) throws ReaderException {
        List<Row> rows = new ArrayList<>();
        for (CardTerminal terminal : Terminals.list(factory)) {
            try {
                rows.add(new Row(terminal.getName(), terminal.isCardPresent()));
            } catch (CardException | RuntimeException e) {
                throw new LinkException("cannot ask " + terminal.getName()
                        + " for its card: is pcscd still running? (" + ReaderCli.oneLine(e) + ")", e);
            }
        }
        return rows;
    }

    static String text(List<Row> rows) {
        if (rows.isEmpty()) {
            return "No card readers found.\n";
        }
        StringBuilder out = new StringBuilder();
        for (Row row : rows) {
            out.append(row.name()).append('\t').append(row.cardPresent() ? "card present" : "no card").append('\n');
        }
        return out.toString();
    }

    static String json(List<Row> rows) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"name\":").append(ReaderCli.jsonString(row.name()))
                    .append(",\"cardPresent\":").append(row.cardPresent()).append('}');
        }
        return out.append("]\n").toString();
    }
}
