package vn.kiosk.reader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.Provider;
import java.util.List;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.kiosk.reader.error.LinkException;

class ReaderCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the CLI with {@code terminals} reading from {@code source}. */
    private int run(TerminalsCommand.FactorySource source, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == TerminalsCommand.class
                        ? type.cast(new TerminalsCommand(source))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine cli = ReaderCli.commandLine(factory);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run(() -> {
            throw new LinkException("no PC/SC service: is pcscd running?");
        }, args);
    }

    @Test
    void helpExitsZeroAndListsTheSubcommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("terminals"), out.toString());
        assertEquals(0, run("terminals", "--help"));
        assertTrue(out.toString().contains("--json"));
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Missing subcommand"), err.toString());
        assertEquals(2, run("terminals", "--no-such-option"));
        assertEquals(2, run("no-such-command"));
    }

    @Test
    void failureExitsOneWithOneLineSayingWhatToDo() {
        assertEquals(1, run("terminals"));
        assertEquals("reader-cli terminals: no PC/SC service: is pcscd running?", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void verboseAddsTheStackTrace() {
        assertEquals(1, run("--verbose", "terminals"));
        assertTrue(err.toString().contains("at vn.kiosk.reader.cli.ReaderCliTest"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("terminals", "--verbose"));
        assertTrue(err.toString().lines().count() > 1);
    }

    @Test
    void listsTerminalsAsTextAndJson() {
        TerminalFactory factory = factoryWith(List.of(terminal("Reader \"A\"", true), terminal("Đầu đọc B", false)));
        assertEquals(0, run(() -> factory, "terminals"));
        assertEquals("Reader \"A\"\tcard present\nĐầu đọc B\tno card\n", out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run(() -> factory, "terminals", "--json"));
        assertEquals("[{\"name\":\"Reader \\\"A\\\"\",\"cardPresent\":true},"
                + "{\"name\":\"\\u0110\\u1ea7u \\u0111\\u1ecdc B\",\"cardPresent\":false}]\n", out.toString());
    }

    @Test
    void noReadersIsAnEmptyListNotAFailure() {
        TerminalFactory factory = factoryWith(List.of());
        assertEquals(0, run(() -> factory, "terminals", "--json"));
        assertEquals("[]\n", out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run(() -> factory, "terminals"));
        assertFalse(out.toString().isBlank());
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001\\u00e9\"", ReaderCli.jsonString("a\"b\\c\n\t\u0001é"));
        assertEquals("\"\"", ReaderCli.jsonString(""));
    }

    @Test
    void oneLineFlattensMessages() {
        assertEquals("first second", ReaderCli.oneLine(new RuntimeException("first\n  second")));
        assertEquals("IllegalStateException: inner", ReaderCli.oneLine(new IllegalStateException(null, new RuntimeException("inner"))));
    }

    private static CardTerminal terminal(String name, boolean present) {
        return new CardTerminal() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Card connect(String protocol) throws CardException {
                throw new CardException("not in this test");
            }

            @Override
            public boolean isCardPresent() {
                return present;
            }

            @Override
            public boolean waitForCardPresent(long timeout) {
                return present;
            }

            @Override
            public boolean waitForCardAbsent(long timeout) {
                return !present;
            }
        };
    }

    private static TerminalFactory factoryWith(List<CardTerminal> terminals) {
        CardTerminals all = new CardTerminals() {
            @Override
            public List<CardTerminal> list(State state) {
                return terminals;
            }

            @Override
            public boolean waitForChange(long timeout) {
                return false;
            }
        };
        Provider provider = new Provider("CliTest", "1", "terminals for the CLI test") {
            {
                putService(new Service(this, "TerminalFactory", "CliTest", "unused", null, null) {
                    @Override
                    public Object newInstance(Object parameter) {
                        return new TerminalFactorySpi() {
                            @Override
                            protected CardTerminals engineTerminals() {
                                return all;
                            }
                        };
                    }
                });
            }
        };
        try {
            return TerminalFactory.getInstance("CliTest", null, provider);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
