package vn.kiosk.simulator.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.backend.BackendSettings;
import vn.kiosk.simulator.backend.Chaos;
import vn.kiosk.simulator.backend.ChaosMode;
import vn.kiosk.simulator.backend.ReferenceBackend;
import vn.kiosk.simulator.backend.TlsSettings;

/**
 * {@code simulator backend}: the reference kiosk backend until killed, on plain HTTP, or on HTTPS with
 * client certificates when {@code --tls-keystore} and {@code --tls-client-ca} are given.
 */
@Command(name = "backend", mixinStandardHelpOptions = true,
        description = {"Serves the kiosk backend API (/api/v1, docs/api/openapi.yaml) over HTTP until killed.",
                "Data persists in DIR/backend.sqlite."})
final class BackendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (0: any free one; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "backend-data",
            description = "Directory of the SQLite database (created if missing; default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--trust", paramLabel = "DIR",
            description = "CSCA certificates and CRLs for re-verifying evidence (default: none, every card is UNTRUSTED).")
    Path trust;

    @Option(names = "--chaos", paramLabel = "NAME", description = "latency, error5xx, reset or timeout; may be repeated.")
    List<String> chaosNames = new ArrayList<>();

    @Option(names = "--tls-keystore", paramLabel = "FILE.p12",
            description = "PKCS#12 with the backend's key and certificate: serve HTTPS instead of HTTP.")
    Path tlsKeyStore;

    @Option(names = "--tls-client-ca", paramLabel = "FILE.p12",
            description = "PKCS#12 with the CA certificates of accepted kiosks (client certificates are required).")
    Path tlsClientCa;

    /** Passwords come from the environment, never the command line, where any local user could read them. */
    static final String TLS_PASSWORD_VARIABLE = "SIMULATOR_TLS_PASSWORD";

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535, not " + port);
        }
        Chaos chaos = new Chaos();
        for (String name : chaosNames) {
            chaos.enable(ChaosMode.fromCliName(name).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "unknown --chaos '" + name + "': use latency, error5xx, reset or timeout")));
        }
        TrustStore store = trust == null ? TrustStore.empty() : TrustStore.load(trust);
        BackendSettings settings = new BackendSettings(new InetSocketAddress(bind, port), data, store, chaos,
                Clock.systemUTC(), tls());
        ReferenceBackend backend = ReferenceBackend.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            backend.close();
            stopped.countDown();
        }, "backend-shutdown"));

        PrintWriter err = spec.commandLine().getErr();
        err.println("reference backend listening on " + backend.baseUri());
        err.println("  data: " + data.toAbsolutePath().resolve("backend.sqlite"));
        err.println("  trust: " + (trust == null ? "none (every card is UNTRUSTED)" : store.summary()));
        err.println("  tls: " + (tlsKeyStore == null ? "off (plain HTTP)" : "on, client certificates required"));
        err.println("  chaos: " + (chaos.enabled().isEmpty() ? "off" : chaos.enabled()));
        err.flush();
        stopped.await();
        return 0;
    }

    private Optional<TlsSettings> tls() {
        if (tlsKeyStore == null && tlsClientCa == null) {
            return Optional.empty();
        }
        if (tlsKeyStore == null || tlsClientCa == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "HTTPS needs both --tls-keystore and --tls-client-ca");
        }
        String password = System.getenv(TLS_PASSWORD_VARIABLE);
        if (password == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "set " + TLS_PASSWORD_VARIABLE + " to the PKCS#12 password of --tls-keystore and --tls-client-ca");
        }
        return Optional.of(new TlsSettings(tlsKeyStore, password.toCharArray(), tlsClientCa, password.toCharArray()));
    }
}
