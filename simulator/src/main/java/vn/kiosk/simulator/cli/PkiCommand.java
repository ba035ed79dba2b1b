package vn.kiosk.simulator.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.kiosk.simulator.pki.KeyAlgorithm;
import vn.kiosk.simulator.pki.TestPki;

/**
 * {@code simulator pki --out DIR}: a fresh test CSCA, document signer and CRL, written where
 * {@code simulator card --pki DIR} and {@code reader-cli read --trust DIR/trust} expect them.
 */
@Command(name = "pki", mixinStandardHelpOptions = true,
        description = {"Issues a test CSCA and document signer (TEST ONLY, not a real authority) and writes",
                "csca.pem, csca.key.pem, ds.pem, ds.key.pem and trust/ (csca.pem, crl.pem) into DIR."})
final class PkiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write (created if missing).")
    Path out;

    @Option(names = "--key", paramLabel = "TYPE", defaultValue = "ec-p256",
            description = "ec-p256, brainpool-p256r1 or rsa-2048 (default ${DEFAULT-VALUE}).")
    String key;

    @Option(names = "--force", description = "Replace a test PKI already in DIR.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        KeyAlgorithm algorithm = KeyAlgorithm.fromCliName(key).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown --key '" + key + "': use ec-p256, brainpool-p256r1 or rsa-2048"));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + " exists and is not a directory; choose another --out");
        }
        if (!force && Files.exists(out.resolve(TestPki.CSCA_FILE))) {
            // Overwriting would orphan every card and trust store made from the old CSCA.
            throw new IllegalArgumentException(out + " already holds a test PKI; use --force to replace it");
        }
        TestPki pki = TestPki.generate(algorithm);
        pki.write(out);

        PrintWriter err = spec.commandLine().getErr();
        err.println("test PKI (" + algorithm.cliName() + ") written to " + out.toAbsolutePath() + ":");
        err.println("  " + TestPki.CSCA_FILE + ", " + TestPki.CSCA_KEY_FILE + "  the CSCA (TEST ONLY)");
        err.println("  " + TestPki.DS_FILE + ", " + TestPki.DS_KEY_FILE + "      the document signer: simulator card --pki "
                + out);
        err.println("  " + TestPki.TRUST_DIRECTORY + "/                    trust anchors: reader-cli read --trust "
                + TestPki.trustDirectory(out));
        err.flush();
        return 0;
    }
}
