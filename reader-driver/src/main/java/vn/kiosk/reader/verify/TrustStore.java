package vn.kiosk.reader.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.bouncycastle.cms.SignerId;

/**
 * The operator's trust anchors for passive authentication: CSCA certificates, CSCA link
 * certificates, CRLs, and the CSCAs of ICAO master lists. Trust comes from the operator's
 * configuration, never from a card.
 *
 * <p>What a directory's certificates become:
 * <ul>
 * <li>self-signed CA certificates are <b>anchors</b> (CSCAs);</li>
 * <li>CA certificates that are not self-signed are <b>link certificates</b> (a new CSCA key
 * certified by the old one, Doc 9303 Part 12, 5.1.1): they extend trust from an anchor to the
 * new key but are never anchors themselves;</li>
 * <li>other certificates are kept as known document signers, used only for a SOD that does not
 * carry its own (they still have to chain to an anchor).</li>
 * </ul>
 *
 * <p>Master lists (Doc 9303 Part 12, 9) follow ICAO practice: a master list is a way to
 * distribute CSCAs, not a source of trust in itself. Its certificates are used only when its CMS
 * signature verifies and its signer certificate chains to a CSCA already trusted on its own (a
 * certificate file in the directory, or a master list verified that way). A list whose signer
 * only chains to a CSCA inside the list would vouch for itself, so it is reported and not used.
 *
 * <p>Unreadable or undecodable files are reported in {@link #problems()} and skipped; only a
 * missing or unreadable directory fails the load.
 */
public final class TrustStore {
    private static final int MAX_DEPTH = 4;
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final List<X509Certificate> anchors;
    private final List<X509Certificate> linkCertificates;
    private final List<X509Certificate> documentSigners;
    private final List<X509CRL> crls;
    private final List<Problem> problems;
    private final String version;

    /** A file (relative to the directory) that could not be used, or not entirely, and why. */
    public record Problem(String file, String reason) {
        @Override
        public String toString() {
            return file + ": " + reason;
        }
    }

    private TrustStore(Builder builder) {
        this.anchors = List.copyOf(builder.anchors.values());
        this.linkCertificates = List.copyOf(builder.links.values());
        this.documentSigners = List.copyOf(builder.signers.values());
        this.crls = List.copyOf(builder.crls.values());
        this.problems = List.copyOf(builder.problems);
        this.version = builder.version();
    }

    /** No anchors: passive authentication can check signatures and hashes but trusts no signer. */
    public static TrustStore empty() {
        return new Builder().build();
    }

    /** A store from certificates and CRLs already in memory, sorted into anchors and link certificates as above. */
    public static TrustStore of(Collection<X509Certificate> certificates, Collection<X509CRL> crls) {
        Builder builder = new Builder();
        certificates.forEach(certificate -> builder.add("(memory)", certificate));
        crls.forEach(builder::add);
        return builder.build();
    }

    /** Loads a trust directory, checking master lists at the system clock's time. */
    public static TrustStore load(Path directory) throws IOException {
        return load(directory, Clock.systemUTC());
    }

    /**
     * Loads every {@code .cer .crt .der .pem .crl .ml} file under {@code directory} (a few levels
     * deep, hidden files skipped), whatever the encoding inside.
     *
     * @throws IOException only when the directory itself is missing or cannot be listed
     */
    public static TrustStore load(Path directory, Clock clock) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "trust store directory not found");
        }
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
            // Fails here, with the reason, when the directory cannot be listed at all.
            listing.iterator().hasNext();
        }
        Builder builder = new Builder();
        List<Path> files = new ArrayList<>();
        // Links followed: operators often link certificates in from where their PKI tooling keeps them.
        Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return !dir.equals(directory) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && !hidden(file)) {
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (file.equals(directory)) {
                            return FileVisitResult.TERMINATE;
                        }
                        builder.problem(name(directory, file), "unreadable: " + e.getMessage());
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(null);
        for (Path file : files) {
            builder.addFile(name(directory, file), file);
        }
        builder.resolveMasterLists(clock.instant());
        return builder.build();
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String name(Path directory, Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }

    /** The trusted CSCAs (self-signed). */
    public List<X509Certificate> anchors() {
        return anchors;
    }

    /** CSCA link certificates: CA certificates that extend an anchor's trust to a new CSCA key. */
    public List<X509Certificate> linkCertificates() {
        return linkCertificates;
    }

    /** Known document-signer certificates, for SODs that do not carry theirs. */
    public List<X509Certificate> documentSigners() {
        return documentSigners;
    }

    public List<X509CRL> crls() {
        return crls;
    }

    /** Files that could not be used, or only partly; empty when everything loaded. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean hasAnchors() {
        return !anchors.isEmpty();
    }

    /**
     * A fingerprint of the contents (16 hex digits of a SHA-256 over the sorted certificate and
     * CRL fingerprints): the same files give the same version whatever their names or order, so
     * the operator screen can show which trust store a kiosk runs with.
     */
    public String version() {
        return version;
    }

    /** The version and what it holds, for the operator screen and logs. */
    public String summary() {
        return "trust store " + version + ": " + anchors.size() + " CSCA, " + linkCertificates.size()
                + " link certificate(s), " + crls.size() + " CRL(s), " + documentSigners.size()
                + " document signer(s)" + (problems.isEmpty() ? "" : ", " + problems.size() + " problem(s)");
    }

    @Override
    public String toString() {
        return summary();
    }

    CertificatePaths paths() {
        return new CertificatePaths(anchors, linkCertificates);
    }

    Optional<X509Certificate> documentSigner(SignerId id) {
        for (X509Certificate certificate : documentSigners) {
            try {
                if (id.match(Certificates.holder(certificate))) {
                    return Optional.of(certificate);
                }
            } catch (CertificateEncodingException e) {
                // Decoded from bytes, so it re-encodes; skip it if not.
            }
        }
        return Optional.empty();
    }

    /** Collects and sorts a store's contents; keyed by fingerprint so duplicates collapse. */
    private static final class Builder {
        private final Map<String, X509Certificate> anchors = new LinkedHashMap<>();
        private final Map<String, X509Certificate> links = new LinkedHashMap<>();
        private final Map<String, X509Certificate> signers = new LinkedHashMap<>();
        private final Map<String, X509CRL> crls = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, MasterList> pendingMasterLists = new TreeMap<>();

        void problem(String file, String reason) {
            problems.add(new Problem(file, reason));
        }

        void addFile(String name, Path file) {
            if (!TrustFiles.hasKnownExtension(name)) {
                problem(name, "skipped: not a " + String.join(" ", TrustFiles.EXTENSIONS) + " file");
                return;
            }
            byte[] bytes;
            try {
                if (Files.size(file) > MAX_FILE_BYTES) {
                    problem(name, "skipped: larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
                    return;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                problem(name, "unreadable: " + e.getMessage());
                return;
            }
            TrustFiles.Contents contents = TrustFiles.decode(bytes);
            contents.problems().forEach(reason -> problem(name, reason));
            contents.certificates().forEach(certificate -> add(name, certificate));
            contents.crls().forEach(this::add);
            for (int i = 0; i < contents.masterLists().size(); i++) {
                pendingMasterLists.put(contents.masterLists().size() == 1 ? name : name + "#" + (i + 1),
                        contents.masterLists().get(i));
            }
        }

        void add(String source, X509Certificate certificate) {
            String fingerprint = Certificates.fingerprint(certificate);
            if (Certificates.isSelfSigned(certificate)) {
                if (Certificates.isCa(certificate)) {
                    anchors.putIfAbsent(fingerprint, certificate);
                } else {
                    problem(source, "ignored the self-signed certificate " + Certificates.describe(certificate)
                            + ": it is not a CA certificate, so it cannot be a CSCA");
                }
            } else if (Certificates.isCa(certificate)) {
                links.putIfAbsent(fingerprint, certificate);
            } else {
                signers.putIfAbsent(fingerprint, certificate);
            }
        }

        void add(X509CRL crl) {
            try {
                crls.putIfAbsent(Jca.fingerprint(crl.getEncoded()), crl);
            } catch (CRLException e) {
                // Decoded from bytes, so it re-encodes.
                throw new IllegalStateException("CRL does not re-encode", e);
            }
        }

        /**
         * Admits master lists whose signer chains to what is already trusted, repeating while a
         * newly admitted list lets another one verify.
         */
        void resolveMasterLists(Instant now) {
            Map<String, List<String>> refusals = new TreeMap<>();
            boolean progress = true;
            while (progress && !pendingMasterLists.isEmpty()) {
                progress = false;
                Iterator<Map.Entry<String, MasterList>> pending = pendingMasterLists.entrySet().iterator();
                while (pending.hasNext()) {
                    Map.Entry<String, MasterList> entry = pending.next();
                    MasterList list = entry.getValue();
                    if (list.signer().isEmpty() || !list.signatureVerifies()) {
                        problem(entry.getKey(), "master list not used: its signature does not verify"
                                + (list.signer().isEmpty() ? " (no signer certificate in it)" : ""));
                        pending.remove();
                        continue;
                    }
                    List<X509Certificate> intermediates = new ArrayList<>(links.values());
                    intermediates.addAll(list.embedded());
                    Instant at = list.signingTime().filter(time -> time.isBefore(now)).orElse(now);
                    ChainOutcome outcome = new CertificatePaths(List.copyOf(anchors.values()), intermediates)
                            .validate(list.signer().get(), at, "master list signer",
                                    at.equals(now) ? "loading" : "the list was signed");
                    if (outcome instanceof ChainOutcome.NotTrusted notTrusted) {
                        refusals.put(entry.getKey(), notTrusted.problems());
                        continue;
                    }
                    list.certificates().forEach(certificate -> add(entry.getKey(), certificate));
                    pending.remove();
                    refusals.remove(entry.getKey());
                    progress = true;
                }
            }
            pendingMasterLists.keySet().forEach(name -> problem(name, "master list not used: its signer does not chain"
                    + " to a CSCA trusted on its own (" + String.join("; ", refusals.getOrDefault(name, List.of()))
                    + "). Put the issuing State's CSCA certificate, obtained out of band, in the trust directory."));
            pendingMasterLists.clear();
        }

        String version() {
            List<String> fingerprints = new ArrayList<>();
            fingerprints.addAll(anchors.keySet());
            fingerprints.addAll(links.keySet());
            fingerprints.addAll(signers.keySet());
            fingerprints.addAll(crls.keySet());
            fingerprints.sort(null);
            byte[] digest = Jca.sha256().digest(String.join("\n", fingerprints).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 8);
        }

        TrustStore build() {
            return new TrustStore(this);
        }
    }
}
