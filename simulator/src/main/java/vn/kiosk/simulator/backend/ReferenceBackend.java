package vn.kiosk.simulator.backend;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The reference kiosk backend ({@code docs/api/openapi.yaml}) over plain HTTP, or HTTPS with client
 * certificates when {@link BackendSettings#tls()} is given: start it with
 * {@link #start(BackendSettings)}, talk to {@link #baseUri()}, stop it with {@link #close()}.
 */
public final class ReferenceBackend implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers;
    private final Database database;
    private final Router router;
    private final Chaos chaos;
    private final boolean https;

    private ReferenceBackend(HttpServer server, ExecutorService workers, Database database, Router router, Chaos chaos) {
        this.server = server;
        this.workers = workers;
        this.database = database;
        this.router = router;
        this.chaos = chaos;
        this.https = server instanceof HttpsServer;
    }

    public static ReferenceBackend start(BackendSettings settings) throws IOException {
        Database database;
        try {
            database = Database.open(settings.dataDirectory());
        } catch (SQLException e) {
            throw new IOException("cannot open the backend database in " + settings.dataDirectory() + ": "
                    + e.getMessage(), e);
        }
        // The JDK server leaves Nagle's algorithm on, so every answer waits ~40 ms for a delayed ACK.
        // The property is read once, when the first server is made in this JVM.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            Router router = new Router(routes(settings));
            HttpServer server = settings.tls().isPresent()
                    ? https(settings.address(), settings.tls().get().context())
                    : HttpServer.create(settings.address(), 64);
            // Held (timeout chaos) and slow requests each keep a thread; the others must not wait behind them.
            ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
            server.setExecutor(workers);
            server.createContext("/", new ApiHandler(router, database, settings.chaos(),
                    new ObjectMapper(), settings.clock()));
            server.start();
            return new ReferenceBackend(server, workers, database, router, settings.chaos());
        } catch (IOException | RuntimeException e) {
            try {
                database.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** HTTPS that refuses any client without a certificate from the configured kiosk CA. */
    private static HttpsServer https(InetSocketAddress address, SSLContext context) throws IOException {
        HttpsServer server = HttpsServer.create(address, 64);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = context.getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        return server;
    }

    private static List<Route> routes(BackendSettings settings) {
        EvidenceVerifier verifier = new EvidenceVerifier(settings.trust(), settings.clock());
        EvidenceGate gate = new EvidenceGate(verifier);
        DossierEndpoints dossiers = new DossierEndpoints(gate, settings.clock());
        ClinicEndpoints clinic = new ClinicEndpoints(gate, settings.clock());
        NotaryEndpoints notary = new NotaryEndpoints(gate, settings.clock());
        IdentityEndpoints identity = new IdentityEndpoints(verifier, new SecureRandom(), settings.clock());
        KioskEndpoints kiosks = new KioskEndpoints(settings.clock(), settings.trust().version());
        return List.of(
                new Route("GET", "/procedures", dossiers::procedures),
                new Route("POST", "/dossiers", dossiers::submit),
                new Route("GET", "/dossiers/{code}", dossiers::status),
                new Route("POST", "/clinic/insurance-checks", clinic::insuranceCheck),
                new Route("GET", "/clinic/departments", clinic::departments),
                new Route("POST", "/clinic/registrations", clinic::register),
                new Route("GET", "/notary/request-types", notary::requestTypes),
                new Route("POST", "/notary/requests", notary::request),
                new Route("POST", "/identity/confirmations", identity::confirm),
                new Route("POST", "/liveness/challenges", identity::challenge),
                new Route("POST", "/liveness/challenges/{id}/responses", identity::respond),
                new Route("POST", "/kiosks/{id}/heartbeat", kiosks::heartbeat),
                new Route("GET", "/kiosks/{id}/configuration", kiosks::configuration));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "backend-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http(s)://host:port/api/v1}, without a trailing slash. */
    public URI baseUri() {
        return URI.create((https ? "https" : "http") + "://" + server.getAddress().getHostString() + ":" + port() + ApiHandler.PREFIX);
    }

    public Chaos chaos() {
        return chaos;
    }

    /** Method and path template (relative to /api/v1) of every route served, for contract tests. */
    public List<String> routes() {
        return router.routes().stream().map(r -> r.method() + " " + r.template()).toList();
    }

    /** How many dossiers were accepted: what exactly-once delivery tests count. */
    public long dossierCount() {
        try {
            return database.read(c -> Database.count(c, "SELECT COUNT(*) FROM dossiers"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count dossiers: " + e.getMessage(), e);
        }
    }

    /** Stops listening, abandons held requests and closes the database. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            database.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the backend database: " + e.getMessage(), e);
        }
    }
}
