package vn.kiosk.reader.verify;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.LdsDigestAlgorithm;
import vn.kiosk.reader.lds.SecurityObject;

/**
 * Passive authentication (Doc 9303 Part 11, 5.1): is the data read from the chip what the issuer
 * signed, and does the issuer chain to a CSCA the operator trusts?
 *
 * <p>Checks, each mapped to a verdict ({@link PassiveVerdict} documents the meaning):
 * <ol>
 * <li>every data group read is hashed with the algorithm the SOD names (the SOD is the authority
 * on which groups exist, never EF.COM) and compared in constant time: a mismatch, a group the SOD
 * does not list, or an unknown hash algorithm is INVALID;</li>
 * <li>the CMS signature over the signed attributes, the messageDigest attribute against the
 * LDSSecurityObject and the contentType attribute, with Bouncy Castle's CMS: any failure is
 * INVALID, and so is a SOD without its document signer certificate (nothing to verify with);</li>
 * <li>the document signer certificate chains, by PKIX validation, to a trusted CSCA, possibly
 * through link certificates: no path is UNTRUSTED;</li>
 * <li>validity follows the signing time: every certificate on the path, CSCA included, must be
 * valid when the SOD was signed (its signingTime attribute, or now when absent). A CCCD outlives
 * its document signer certificate (cards of holders over 60 never expire), so checking "now"
 * would reject genuine cards. A certificate expired or not yet valid at that time is UNTRUSTED,
 * as is a signing time later than the kiosk clock, the signature being intact;</li>
 * <li>the document signer must have the digitalSignature key usage: otherwise UNTRUSTED;</li>
 * <li>revocation of the document signer (or a link certificate) by a CRL of its issuer in the
 * trust store is INVALID: the issuer has said signatures by that key must not be relied on,
 * whatever the signing time claims. No CRL for an issuer is a note, not a problem.</li>
 * </ol>
 * Every one of these fails passive authentication, as an inspection system tested against BSI
 * TR-03105-5 must; the two failing verdicts only separate "the document is wrong" from "the signer
 * is not, or no longer, vouched for", so that the operator sees why and the kiosk's flow, not this
 * class, decides what to accept. Verification never throws for a bad document.
 */
public final class PassiveAuthentication {
    // Issuers' and kiosks' clocks disagree a little; a signing time this far ahead is still "now".
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private static final String ROLE = "document signer";

    private final TrustStore trustStore;
    private final Clock clock;

    public PassiveAuthentication(TrustStore trustStore, Clock clock) {
        this.trustStore = Objects.requireNonNull(trustStore, "trustStore");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Verifies EF.SOD as read (or as received in evidence); malformed bytes make an INVALID result. */
    public PassiveAuthenticationResult verify(byte[] efSod, Map<Integer, byte[]> dataGroups) {
        try {
            return verify(SecurityObject.parse(efSod), dataGroups);
        } catch (MalformedDataException e) {
            SortedMap<Integer, DataGroupVerdict> groups = new TreeMap<>();
            dataGroups.keySet().forEach(number -> groups.put(number, DataGroupVerdict.NOT_CHECKED));
            return new PassiveAuthenticationResult(PassiveVerdict.INVALID, groups,
                    List.of("EF.SOD is malformed: " + e.getMessage()), List.of(), Optional.empty(), Optional.empty(),
                    Optional.empty(), trustStore.version());
        }
    }

    /**
     * @param dataGroups data-group number to the file's bytes exactly as read (tag and length included)
     */
    public PassiveAuthenticationResult verify(SecurityObject sod, Map<Integer, byte[]> dataGroups) {
        Findings findings = new Findings();
        SortedMap<Integer, DataGroupVerdict> groups = checkHashes(sod, dataGroups, findings);
        checkStructure(sod, findings);

        Optional<X509Certificate> signer = sod.signerCertificate();
        if (signer.isEmpty()) {
            signer = trustStore.documentSigner(sod.signerId());
            signer.ifPresent(found -> findings.note("the SOD does not carry its document signer certificate;"
                    + " used the one in the trust store"));
        }
        Optional<String> csca = Optional.empty();
        if (signer.isEmpty()) {
            findings.invalid("the SOD does not carry the document signer certificate its SignerInfo names,"
                    + " and the trust store has none either: the signature cannot be verified");
        } else {
            checkSignature(sod, signer.get(), findings);
            csca = checkTrust(sod, signer.get(), findings);
        }

        PassiveVerdict verdict = !findings.invalid.isEmpty() ? PassiveVerdict.INVALID
                : !findings.untrusted.isEmpty() ? PassiveVerdict.UNTRUSTED : PassiveVerdict.VALID;
        List<String> problems = new ArrayList<>(findings.invalid);
        problems.addAll(findings.untrusted);
        return new PassiveAuthenticationResult(verdict, groups, problems, findings.notes, sod.signingTime(),
                signer.map(certificate -> certificate.getSubjectX500Principal().getName()), csca, trustStore.version());
    }

    private static SortedMap<Integer, DataGroupVerdict> checkHashes(SecurityObject sod, Map<Integer, byte[]> dataGroups,
                                                                    Findings findings) {
        SortedMap<Integer, DataGroupVerdict> groups = new TreeMap<>();
        sod.dataGroupNumbers().forEach(number -> groups.put(number, DataGroupVerdict.NOT_CHECKED));
        Optional<LdsDigestAlgorithm> algorithm = sod.digestAlgorithm();
        if (algorithm.isEmpty()) {
            findings.invalid("the SOD names hash algorithm " + sod.digestAlgorithmOid()
                    + ", which Doc 9303 does not allow: no data group could be checked");
        }
        for (Map.Entry<Integer, byte[]> group : new TreeMap<>(dataGroups).entrySet()) {
            int number = group.getKey();
            Optional<byte[]> expected = sod.dataGroupHash(number);
            if (expected.isEmpty()) {
                groups.put(number, DataGroupVerdict.NOT_IN_SOD);
                findings.invalid("DG" + number + " was read but the SOD does not list it: nothing vouches for it");
            } else if (algorithm.isPresent()) {
                byte[] actual = algorithm.get().digest(group.getValue());
                // MessageDigest.isEqual takes the same time wherever the arrays differ.
                if (MessageDigest.isEqual(actual, expected.get())) {
                    groups.put(number, DataGroupVerdict.VALID);
                } else {
                    groups.put(number, DataGroupVerdict.INVALID);
                    findings.invalid("DG" + number + " does not match its hash in the SOD: it was changed after signing");
                }
            }
        }
        return groups;
    }

    private static void checkStructure(SecurityObject sod, Findings findings) {
        if (!SecurityObject.ID_LDS_SECURITY_OBJECT.equals(sod.eContentType())) {
            findings.invalid("the SOD's content type is " + sod.eContentType() + ", not id-icao-ldsSecurityObject");
        }
        SecurityObject.SignedAttributes attributes = sod.signedAttributes();
        if (attributes.count() == 0) {
            findings.invalid("the SOD's SignerInfo has no signed attributes; Doc 9303 requires contentType"
                    + " and messageDigest");
        } else {
            if (attributes.contentType().isEmpty()) {
                findings.invalid("the SOD's signed attributes lack contentType");
            }
            if (attributes.messageDigest().isEmpty()) {
                findings.invalid("the SOD's signed attributes lack messageDigest");
            }
        }
    }

    private static void checkSignature(SecurityObject sod, X509Certificate signer, Findings findings) {
        try {
            // Built from the key, not the certificate: Bouncy Castle would otherwise also demand the
            // certificate be valid at the signing time, which the trust check judges on its own.
            boolean verified = sod.signerInformation().verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(Jca.BC).build(signer.getPublicKey()));
            if (!verified) {
                findings.invalid("the SOD signature does not verify under the document signer's key");
            }
        } catch (CMSSignerDigestMismatchException e) {
            findings.invalid("the messageDigest attribute does not match the LDSSecurityObject:"
                    + " the hash list was changed after signing");
        } catch (CMSException e) {
            findings.invalid("the SOD signature cannot be verified: " + e.getMessage());
        } catch (OperatorCreationException | RuntimeException e) {
            findings.invalid("the SOD signature cannot be verified (signature algorithm "
                    + sod.signatureAlgorithmOid() + "): " + e.getMessage());
        }
    }

    private Optional<String> checkTrust(SecurityObject sod, X509Certificate signer, Findings findings) {
        Instant now = clock.instant();
        Instant at = now;
        Optional<Instant> signingTime = sod.signingTime();
        if (signingTime.isPresent()) {
            if (signingTime.get().isAfter(now.plus(CLOCK_SKEW))) {
                findings.untrusted("the SOD claims to have been signed at " + signingTime.get()
                        + ", after the kiosk's clock (" + now + "): check the kiosk's clock");
            } else {
                at = signingTime.get();
            }
        }

        checkKeyUsage(signer, findings);
        if (!trustStore.hasAnchors()) {
            findings.untrusted("the trust store holds no CSCA certificate, so no document signer can be trusted");
            return Optional.empty();
        }
        ChainOutcome outcome = trustStore.paths().validate(signer, at, ROLE,
                at.equals(now) ? "the time of reading" : "the SOD was signed");
        Optional<ChainOutcome.Candidate> path;
        Optional<String> csca = Optional.empty();
        if (outcome instanceof ChainOutcome.Trusted trusted) {
            path = Optional.of(trusted.candidate());
            csca = Optional.of(trusted.candidate().anchor().getSubjectX500Principal().getName());
            if (signer.getNotAfter().toInstant().isBefore(now)) {
                findings.note("the document signer certificate expired on " + signer.getNotAfter().toInstant()
                        + "; it was valid when the SOD was signed (" + at + "), which is what counts");
            }
        } else {
            ChainOutcome.NotTrusted notTrusted = (ChainOutcome.NotTrusted) outcome;
            notTrusted.problems().forEach(findings::untrusted);
            path = notTrusted.closest();
        }
        if (path.isPresent()) {
            Revocation.Report revocation = Revocation.check(path.get(), trustStore.crls(), now, ROLE);
            revocation.revoked().forEach(findings::invalid);
            revocation.notes().forEach(findings::note);
        }
        return csca;
    }

    private static void checkKeyUsage(X509Certificate signer, Findings findings) {
        boolean[] keyUsage = signer.getKeyUsage();
        if (keyUsage == null) {
            findings.untrusted("the document signer certificate has no key usage extension;"
                    + " Doc 9303 requires digitalSignature");
        } else if (keyUsage.length == 0 || !keyUsage[0]) {
            findings.untrusted("the document signer certificate's key usage does not allow digitalSignature");
        }
    }

    /** Problems sorted by the verdict they force, and notes, in the order found. */
    private static final class Findings {
        final List<String> invalid = new ArrayList<>();
        final List<String> untrusted = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        void invalid(String problem) {
            invalid.add(problem);
        }

        void untrusted(String problem) {
            untrusted.add(problem);
        }

        void note(String note) {
            notes.add(note);
        }
    }
}
