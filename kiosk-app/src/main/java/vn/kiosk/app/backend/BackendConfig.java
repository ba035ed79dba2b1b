package vn.kiosk.app.backend;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the backend is and how patiently to talk to it.
 *
 * @param baseUrl        the backend's origin (plus any reverse-proxy prefix), e.g.
 *                       {@code https://backend.tinh.gov.vn:8443/}; the client adds {@code /api/v1/...}
 *                       itself, because outbox entries carry full {@code /api/v1/...} paths
 * @param kioskId        this kiosk's id, as the backend knows it (used in {@code /kiosks/{id}/...})
 * @param connectTimeout TCP + TLS connect timeout of one attempt
 * @param readTimeout    longest silence while reading or writing within one attempt
 * @param callTimeout    whole-attempt bound (connect, send, wait, read)
 * @param retry          retry policy for requests that are safe to repeat
 * @param tls            pinned-CA (mutual) TLS; empty means plain HTTP, allowed on loopback only
 */
public record BackendConfig(URI baseUrl, String kioskId, Duration connectTimeout, Duration readTimeout,
                            Duration callTimeout, RetryPolicy retry, Optional<PinnedTls> tls) {

    private static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public BackendConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(tls, "tls");
        if (!KIOSK_ID.matcher(kioskId).matches()) {
            throw new IllegalArgumentException("kioskId must be 1-64 of [A-Za-z0-9._-]");
        }
        String scheme = baseUrl.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("baseUrl must be http(s): " + baseUrl);
        }
        if (baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl has no host: " + baseUrl);
        }
        String path = baseUrl.getPath() == null ? "" : baseUrl.getPath();
        if (path.replaceAll("/+$", "").endsWith("/api/v1")) {
            // a copy of the OpenAPI "servers" URL would give /api/v1/api/v1/...: fail at start, not per call
            throw new IllegalArgumentException("baseUrl is the origin; the client adds /api/v1 itself: " + baseUrl);
        }
        if ("http".equals(scheme) && !isLoopback(baseUrl.getHost())) {
            // personal data must never cross a network in clear; plain HTTP is for the local simulator
            throw new IllegalArgumentException("plain http is allowed only on loopback: " + baseUrl);
        }
        if ("http".equals(scheme) && tls.isPresent()) {
            throw new IllegalArgumentException("TLS settings given for an http:// baseUrl");
        }
        for (Duration d : new Duration[] {connectTimeout, readTimeout, callTimeout}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
        }
    }

    /** Defaults that suit a kiosk on a commune network: quick to notice a dead link, patient with a slow one. */
    public static BackendConfig of(URI baseUrl, String kioskId, Optional<PinnedTls> tls) {
        return new BackendConfig(baseUrl, kioskId, Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofSeconds(30), RetryPolicy.defaults(), tls);
    }

    private static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        // only literal addresses: no DNS lookup in a constructor
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
