package vn.kiosk.reader.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.SecurityObject;
import vn.kiosk.reader.verify.PassiveAuthentication;
import vn.kiosk.reader.verify.PassiveAuthenticationResult;
import vn.kiosk.reader.verify.TrustStore;

/**
 * EF.SOD: a CMS SignedData decoded by Bouncy Castle before anything about it is trusted, then passive
 * authentication, which must turn whatever the SOD holds into a verdict.
 */
class SecurityObjectFuzzTest {
    /** The simulator card whose SOD is the first seed: its CSCA, its data groups, a moment its DS is valid. */
    private static final PassiveAuthentication PASSIVE = new PassiveAuthentication(
            TrustStore.of(List.of(certificate(FuzzResources.fixture("csca.der"))), List.of()),
            Clock.fixed(Instant.parse(new String(FuzzResources.fixture("now.txt"), StandardCharsets.US_ASCII).strip()),
                    ZoneOffset.UTC));
    private static final Map<Integer, byte[]> DATA_GROUPS = dataGroups();

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        SecurityObject sod;
        try {
            sod = SecurityObject.parse(input);
        } catch (MalformedDataException expected) {
            return;
        }
        // everything passive authentication and the evidence sent to the backend read from it
        sod.version();
        sod.ldsVersion();
        sod.digestAlgorithm();
        sod.dataGroupHashes();
        sod.dataGroupNumbers();
        sod.eContentType();
        sod.encapsulatedContent();
        sod.certificates();
        sod.signerCertificate();
        assertNotNull(sod.signerId());
        sod.signerDigestAlgorithmOid();
        sod.signatureAlgorithmOid();
        sod.signature();
        sod.signedAttributes();
        sod.signingTime();
        sod.encoded();
        sod.toString();
    }

    /** Passive authentication never throws: a broken SOD is an INVALID verdict. */
    @FuzzTest(maxDuration = "30s")
    void passiveAuthentication(byte[] input) {
        PassiveAuthenticationResult result = PASSIVE.verify(input, DATA_GROUPS);
        assertNotNull(result.verdict());
        assertNotNull(result.problems());
    }

    private static Map<Integer, byte[]> dataGroups() {
        Map<Integer, byte[]> groups = new TreeMap<>();
        for (int number : new int[] {1, 2, 13, 14, 15}) {
            groups.put(number, FuzzResources.fixture("dg" + number + ".bin"));
        }
        return groups;
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("the fixture CSCA does not parse", e);
        }
    }
}
