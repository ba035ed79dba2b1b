package vn.kiosk.simulator.chip.aa;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.smartcardio.CardTerminal;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.access.ChipAccess;
import vn.kiosk.reader.access.FileReader;
import vn.kiosk.reader.access.OpenedChip;
import vn.kiosk.reader.lds.ActiveAuthenticationInfo;
import vn.kiosk.reader.lds.ChipAuthenticationInfo;
import vn.kiosk.reader.lds.ChipAuthenticationPublicKeyInfo;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.Dg15;
import vn.kiosk.reader.lds.SecurityInfo;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.lds.TerminalAuthenticationInfo;
import vn.kiosk.reader.transport.SmartcardioTransport;
import vn.kiosk.simulator.card.VirtualCard;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ChipSecrets;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.pcsc.VirtualReaders;

/** Cards with DG14, DG15 and the matching (or, for a clone, mismatching) private keys. */
public final class AuthenticationCards {
    public static final Provider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthenticationCards() {
    }

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
            generator.initialize(bits, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair ec(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec(curve), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a chip publishes and holds.
     *
     * @param aaKey                the active authentication key (DG15)
     * @param aaSignatureAlgorithm the ActiveAuthenticationInfo's OID (ECDSA hash; for the simulated chip
     *                             also an RSA signature OID picks its ISO 9796-2 hash)
     * @param caKey                the chip authentication key (DG14)
     * @param caProtocol           the ChipAuthenticationInfo protocol, or empty for none
     * @param keyId                the keyId both infos carry
     */
    public record Keys(KeyPair aaKey, Optional<String> aaSignatureAlgorithm, KeyPair caKey, Optional<String> caProtocol,
                       Optional<BigInteger> keyId) {

        public static Keys of(KeyPair aaKey, Optional<String> aaSignatureAlgorithm) {
            return new Keys(aaKey, aaSignatureAlgorithm, ec("brainpoolP256r1"),
                    Optional.of(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128), Optional.empty());
        }

        public Dg14 dg14() {
            List<SecurityInfo> infos = new ArrayList<>();
            infos.add(new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH,
                    SubjectPublicKeyInfo.getInstance(caKey.getPublic().getEncoded()), keyId));
            caProtocol.ifPresent(oid -> infos.add(new ChipAuthenticationInfo(oid, 1, keyId)));
            infos.add(new TerminalAuthenticationInfo(1));
            aaSignatureAlgorithm.ifPresent(oid -> infos.add(new ActiveAuthenticationInfo(1, Optional.of(oid))));
            return new Dg14(infos);
        }

        public Dg15 dg15() {
            return Dg15.of(aaKey.getPublic());
        }

        /** The genuine chip: files and keys belong together. */
        public ChipContent genuine(ChipContent base) {
            return files(base).withSecrets(new ChipSecrets(Optional.of(aaKey.getPrivate()), Optional.of(caKey.getPrivate())));
        }

        /** A clone: the genuine files, but private keys of its own, which DG14 and DG15 do not publish. */
        public ChipContent cloned(ChipContent base) {
            KeyPair otherAa = aaKey.getPublic().getAlgorithm().equals("RSA")
                    ? rsa(((java.security.interfaces.RSAPublicKey) aaKey.getPublic()).getModulus().bitLength())
                    : ec(curveOf(aaKey));
            return files(base).withSecrets(new ChipSecrets(Optional.of(otherAa.getPrivate()),
                    Optional.of(ec(curveOf(caKey)).getPrivate())));
        }

        public ChipContent files(ChipContent base) {
            return base.withFile(ElementaryFiles.dataGroup(14), dg14().encode())
                    .withFile(ElementaryFiles.dataGroup(15), dg15().encode());
        }

        private static String curveOf(KeyPair pair) {
            return ((org.bouncycastle.jce.spec.ECNamedCurveSpec) ((java.security.interfaces.ECPublicKey) pair.getPublic())
                    .getParams()).getName();
        }
    }

    /** A kiosk-side session: the chip on the in-process reader, opened with the CAN (PACE) or the MRZ (BAC). */
    public static final class Session implements AutoCloseable {
        public final SmartcardioTransport transport;
        public final OpenedChip chip;

        public Session(VirtualCard card, AccessKey key) throws Exception {
            CardTerminal terminal = VirtualReaders.withCard(card).firstTerminal();
            this.transport = SmartcardioTransport.open(terminal);
            this.chip = new ChipAccess(new SecureRandom()).open(transport, transport.extendedLength(), key);
        }

        public Dg14 dg14() throws Exception {
            return Dg14.parse(new FileReader(chip.channel()).readBySfi(0x0E));
        }

        public Dg15 dg15() throws Exception {
            return Dg15.parse(new FileReader(chip.channel()).readBySfi(0x0F));
        }

        @Override
        public void close() throws Exception {
            transport.close();
        }
    }
}
