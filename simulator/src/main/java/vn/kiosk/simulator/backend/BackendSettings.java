package vn.kiosk.simulator.backend;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import vn.kiosk.reader.verify.TrustStore;

/**
 * How to run a reference backend.
 *
 * @param address where to listen; port 0 picks a free one
 * @param dataDirectory where the SQLite file lives; the same directory after a restart keeps everything
 * @param trust   CSCAs and CRLs for re-verifying evidence; empty makes every card UNTRUSTED
 * @param chaos   the switches the server consults on every request
 * @param tls     HTTPS with client certificates; empty serves plain HTTP (tests and demos on loopback)
 */
public record BackendSettings(InetSocketAddress address, Path dataDirectory, TrustStore trust, Chaos chaos,
                              Clock clock, Optional<TlsSettings> tls) {
    public BackendSettings {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(chaos, "chaos");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tls, "tls");
    }

    /** Loopback, an ephemeral port, no trust anchors, no chaos: what a test starts from. */
    public static BackendSettings loopback(Path dataDirectory) {
        return new BackendSettings(new InetSocketAddress("127.0.0.1", 0), dataDirectory, TrustStore.empty(),
                new Chaos(), Clock.systemUTC(), Optional.empty());
    }

    public BackendSettings withTrust(TrustStore newTrust) {
        return new BackendSettings(address, dataDirectory, newTrust, chaos, clock, tls);
    }

    public BackendSettings withChaos(Chaos newChaos) {
        return new BackendSettings(address, dataDirectory, trust, newChaos, clock, tls);
    }

    public BackendSettings withPort(int port) {
        return new BackendSettings(new InetSocketAddress(address.getAddress(), port), dataDirectory, trust, chaos, clock,
                tls);
    }

    public BackendSettings withTls(TlsSettings newTls) {
        return new BackendSettings(address, dataDirectory, trust, chaos, clock, Optional.of(newTls));
    }
}
