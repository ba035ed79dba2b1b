package vn.kiosk.simulator.personalise;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import vn.kiosk.reader.lds.ActiveAuthenticationInfo;
import vn.kiosk.reader.lds.ChipAuthenticationInfo;
import vn.kiosk.reader.lds.ChipAuthenticationPublicKeyInfo;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.Dg15;
import vn.kiosk.reader.lds.SecurityInfo;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.lds.TerminalAuthenticationInfo;
import vn.kiosk.simulator.chip.ChipSecrets;

/**
 * A chip's key pairs: chip authentication on brainpoolP256r1 (what CCCDs use), and active
 * authentication either RSA with ISO/IEC 9796-2 or ECDSA, since the CCCD's AA key type is not
 * published. DG14 and DG15 publish the public halves; the private halves stay in the chip.
 */
public record ChipKeys(KeyPair activeAuthentication, KeyPair chipAuthentication) {
    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";

    public enum AaKind { RSA_1024, ECDSA_P256 }

    public static ChipKeys generate(AaKind aaKind, SecureRandom random) {
        KeyPair aa = aaKind == AaKind.RSA_1024 ? rsa(1024, random) : ec("secp256r1", random);
        return new ChipKeys(aa, ec("brainpoolP256r1", random));
    }

    /** Fresh keys of the same kinds: what a clone holds instead of the genuine ones. */
    public ChipKeys impostor(SecureRandom random) {
        return generate(isRsa() ? AaKind.RSA_1024 : AaKind.ECDSA_P256, random);
    }

    public Dg14 dg14() {
        List<SecurityInfo> infos = new ArrayList<>();
        infos.add(new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH,
                SubjectPublicKeyInfo.getInstance(chipAuthentication.getPublic().getEncoded()), Optional.empty()));
        infos.add(new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, 1));
        infos.add(new TerminalAuthenticationInfo(1));
        if (!isRsa()) {
            // An EC AA key needs the ECDSA hash named in DG14 (Doc 9303 Part 11, 6.1).
            infos.add(new ActiveAuthenticationInfo(1, Optional.of(ECDSA_WITH_SHA256)));
        }
        return new Dg14(infos);
    }

    public Dg15 dg15() {
        return Dg15.of(activeAuthentication.getPublic());
    }

    public ChipSecrets secrets() {
        return new ChipSecrets(Optional.of(activeAuthentication.getPrivate()), Optional.of(chipAuthentication.getPrivate()));
    }

    private boolean isRsa() {
        return activeAuthentication.getPublic().getAlgorithm().equals("RSA");
    }

    private static KeyPair rsa(int bits, SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is missing from the JDK", e);
        }
    }

    private static KeyPair ec(String curve, SecureRandom random) {
        try {
            // brainpool curves are not in the JDK's EC provider.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
            generator.initialize(new ECGenParameterSpec(curve), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + curve + " key", e);
        }
    }

    @Override
    public String toString() {
        return "ChipKeys[" + activeAuthentication.getPublic().getAlgorithm() + "]";
    }
}
