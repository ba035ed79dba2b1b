package vn.kiosk.simulator.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.smartcardio.CardTerminal;

import net.sf.scuba.smartcards.CardServiceException;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jmrtd.PACEKeySpec;
import org.jmrtd.PassportService;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.ChipAuthenticationInfo;
import org.jmrtd.lds.ChipAuthenticationPublicKeyInfo;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.icao.DG14File;
import org.jmrtd.lds.icao.DG15File;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.protocol.AAResult;

import vn.kiosk.reader.aa.ActiveAuthentication;
import vn.kiosk.reader.aa.ActiveAuthenticationResult;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.Dg15;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.interop.SmartcardioCardService;

/**
 * The same full read with JMRTD 0.8.6, written as a competent JMRTD client is (JMRTD's own
 * examples and the widely copied Android readers): {@code PassportService} with JMRTD's defaults,
 * 256-byte short APDUs for secure messaging ({@code NORMAL_MAX_TRANCEIVE_LENGTH}) and
 * {@code DEFAULT_MAX_BLOCKSIZE} (223) reads, files selected by file identifier (SFI off, as the
 * examples have it), response MACs checked; EF.CardAccess, PACE with the CAN, SELECT of the
 * application; then in our reader's order EF.SOD, DG1, DG13 (JMRTD has no DG13 class: read as
 * bytes), DG14 and chip authentication with the DG14 key, DG15 and active authentication
 * (verified with Bouncy Castle's ISO 9796-2 signature, as JMRTD's examples do; ECDSA with ours),
 * DG2 with its face image decoded, and passive authentication of everything read.
 *
 * <p>{@link #tuned} is the same client with JMRTD's options set for speed, for a harder comparison.
 *
 * <p>For a like-for-like number, the identity counts as available when EF.SOD, DG1 and DG13 are
 * in and our passive authentication accepts them (JMRTD leaves verification to its client).
 */
final class JmrtdFullRead {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final int SHA1_LENGTH = 20;
    private static final int EXTENDED_BLOCK = 0x1F00;

    private final String can;
    private final IdentityCheck check;
    private final SecureRandom random;
    private final int maxTransceive;
    private final int maxBlock;
    private final boolean sfi;

    JmrtdFullRead(ChipContent card, TrustStore trust, SecureRandom random) {
        this(card, trust, random, PassportService.NORMAL_MAX_TRANCEIVE_LENGTH, PassportService.DEFAULT_MAX_BLOCKSIZE, false);
    }

    /**
     * JMRTD at its best on this card: short file identifiers (no SELECT per file) and, when the
     * card takes extended length, secure messaging with extended APDUs and 7936-byte reads (the
     * most the JDK's 8 KB PC/SC receive buffer allows with room for secure messaging, as ours).
     */
    static JmrtdFullRead tuned(ChipContent card, TrustStore trust, SecureRandom random) {
        return card.extendedLength()
                ? new JmrtdFullRead(card, trust, random, PassportService.EXTENDED_MAX_TRANCEIVE_LENGTH, EXTENDED_BLOCK, true)
                : new JmrtdFullRead(card, trust, random, PassportService.NORMAL_MAX_TRANCEIVE_LENGTH,
                        PassportService.DEFAULT_MAX_BLOCKSIZE, true);
    }

    JmrtdFullRead(ChipContent card, TrustStore trust, SecureRandom random, int maxTransceive, int maxBlock, boolean sfi) {
        this.can = card.can();
        this.check = new IdentityCheck(trust);
        this.random = random;
        this.maxTransceive = maxTransceive;
        this.maxBlock = maxBlock;
        this.sfi = sfi;
    }

    ReadSample run(CardTerminal terminal, CountingCard counter) throws Exception {
        counter.reset();
        ThreadCost cost = ThreadCost.start();
        PassportService passport = new PassportService(new SmartcardioCardService(terminal), maxTransceive, maxBlock, sfi, true);
        long identityAt;
        try {
            passport.open();
            CardAccessFile cardAccess = new CardAccessFile(passport.getInputStream(PassportService.EF_CARD_ACCESS));
            PACEInfo pace = cardAccess.getSecurityInfos().stream().filter(PACEInfo.class::isInstance)
                    .map(PACEInfo.class::cast).findFirst().orElseThrow(() -> new IllegalStateException("no PACEInfo"));
            passport.doPACE(PACEKeySpec.createCANKey(can), pace.getObjectIdentifier(),
                    PACEInfo.toParameterSpec(pace.getParameterId()), pace.getParameterId());
            passport.sendSelectApplet(true);

            Map<Integer, byte[]> groups = new TreeMap<>();
            byte[] sod = read(passport, PassportService.EF_SOD);
            new SODFile(new ByteArrayInputStream(sod));
            groups.put(1, read(passport, PassportService.EF_DG1));
            new DG1File(new ByteArrayInputStream(groups.get(1))).getMRZInfo();
            groups.put(13, read(passport, PassportService.EF_DG13));
            check.verify(sod, groups.get(1), groups.get(13));
            identityAt = cost.wallNanos();

            groups.put(14, read(passport, PassportService.EF_DG14));
            chipAuthentication(passport, new DG14File(new ByteArrayInputStream(groups.get(14))));
            groups.put(15, read(passport, PassportService.EF_DG15));
            activeAuthentication(passport, groups.get(14), groups.get(15));
            groups.put(2, read(passport, PassportService.EF_DG2));
            DG2File dg2 = new DG2File(new ByteArrayInputStream(groups.get(2)));
            if (dg2.getFaceInfos().get(0).getFaceImageInfos().get(0).getImageInputStream().readAllBytes().length == 0) {
                throw new IllegalStateException("JMRTD found no face image");
            }
            check.verifyAll(sod, groups);
        } finally {
            passport.close();
        }
        return ReadSample.of(counter.traffic(), cost.stop(), identityAt);
    }

    private static byte[] read(PassportService passport, short fid) throws CardServiceException, IOException {
        return passport.getInputStream(fid).readAllBytes();
    }

    private static void chipAuthentication(PassportService passport, DG14File dg14) throws CardServiceException {
        ChipAuthenticationInfo info = dg14.getChipAuthenticationInfos().get(0);
        BigInteger keyId = info.getKeyId();
        ChipAuthenticationPublicKeyInfo key = dg14.getChipAuthenticationPublicKeyInfos().stream()
                .filter(k -> keyId == null || keyId.equals(k.getKeyId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("DG14 has no key for chip authentication"));
        // Under the new keys JMRTD checks every response MAC: the next read proves the chip.
        passport.doEACCA(keyId, info.getObjectIdentifier(), key.getObjectIdentifier(), key.getSubjectPublicKey());
    }

    private void activeAuthentication(PassportService passport, byte[] dg14, byte[] dg15Bytes) throws Exception {
        PublicKey key = new DG15File(new ByteArrayInputStream(dg15Bytes)).getPublicKey();
        byte[] challenge = new byte[8];
        random.nextBytes(challenge);
        boolean rsa = key instanceof RSAPublicKey;
        AAResult aa = passport.doAA(key, rsa ? "SHA-1" : "SHA-256", rsa ? "SHA1WithRSA/ISO9796-2" : "SHA256withECDSA", challenge);
        if (rsa ? !verifyIso9796(key, challenge, aa.getResponse()) : !verifyEcdsa(dg14, dg15Bytes, challenge, aa.getResponse())) {
            throw new IllegalStateException("JMRTD's active authentication did not verify");
        }
    }

    /**
     * JMRTD's classic client-side check (its pre-0.5 PassportService did this): recover M1 from the
     * signature with raw RSA, then verify ISO 9796-2 over M1 || challenge with Bouncy Castle.
     */
    private static boolean verifyIso9796(PublicKey key, byte[] challenge, byte[] signature) throws GeneralSecurityException {
        Cipher rsa = Cipher.getInstance("RSA/NONE/NoPadding", BC);
        rsa.init(Cipher.DECRYPT_MODE, key);
        byte[] plain = rsa.doFinal(signature);
        int trailer = (plain[plain.length - 1] & 0xFF) == 0xBC ? 1 : 2;
        byte[] m1 = Arrays.copyOfRange(plain, 1, plain.length - trailer - SHA1_LENGTH);
        Signature verifier = Signature.getInstance("SHA1withRSA/ISO9796-2", BC);
        verifier.initVerify(key);
        verifier.update(m1);
        verifier.update(challenge);
        return verifier.verify(signature);
    }

    private static boolean verifyEcdsa(byte[] dg14, byte[] dg15, byte[] challenge, byte[] signature) throws Exception {
        ActiveAuthenticationResult result = ActiveAuthentication.verify(Dg15.parse(dg15), Optional.of(Dg14.parse(dg14)),
                challenge, signature);
        return result.isValid();
    }
}
