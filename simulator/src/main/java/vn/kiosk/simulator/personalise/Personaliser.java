package vn.kiosk.simulator.personalise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.kiosk.reader.lds.CardAccess;
import vn.kiosk.reader.lds.DataGroup;
import vn.kiosk.reader.lds.Dg1;
import vn.kiosk.reader.lds.Dg13;
import vn.kiosk.reader.lds.Dg2;
import vn.kiosk.reader.lds.EfCom;
import vn.kiosk.reader.lds.LdsDigestAlgorithm;
import vn.kiosk.reader.lds.SecurityObject;
import vn.kiosk.reader.lds.SecurityObjectBuilder;
import vn.kiosk.reader.tlv.Tlv;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ChipSecrets;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.pki.CertifiedKey;
import vn.kiosk.simulator.pki.TestPki;

/**
 * Writes a citizen onto a chip the way a CCCD is issued: EF.COM, DG1 (MRZ), DG2 (portrait), DG13
 * (personal data), DG14 and DG15 (public keys), and an EF.SOD signed by the document signer over
 * them; then applies the content faults a test asked for ({@link Fault}): changes made before
 * signing (a wrong hash, another hash algorithm named, a data group left out of the SOD, another
 * signer), and after it (a forged, added or removed data group, EF.COM listing other groups, chip
 * keys that do not match DG14 or DG15).
 */
public final class Personaliser {
    /** id-md5: a hash algorithm Doc 9303 does not allow in a SOD. */
    private static final String MD5 = "1.2.840.113549.2.5";

    private final TestPki pki;
    private final SecureRandom random;

    public Personaliser(TestPki pki, SecureRandom random) {
        this.pki = pki;
        this.random = random;
    }

    public ChipContent personalise(Citizen citizen, CardProfile profile, List<Fault> faults) {
        ChipKeys keys = ChipKeys.generate(profile == CardProfile.CAN_CUOC_2024 ? ChipKeys.AaKind.ECDSA_P256
                : ChipKeys.AaKind.RSA_1024, random);
        Map<Integer, byte[]> groups = new TreeMap<>();
        groups.put(1, new Dg1(CitizenMrz.of(citizen)).encode());
        groups.put(2, Dg2.ofJpeg(FacePortrait.jpeg(seedOf(citizen)), FacePortrait.WIDTH, FacePortrait.HEIGHT).encode());
        groups.put(13, faults.stream().anyMatch(Fault.MalformedTlv.class::isInstance)
                ? MalformedDg13.from(dg13(citizen)) : dg13(citizen).encode());
        groups.put(14, keys.dg14().encode());
        groups.put(15, keys.dg15().encode());
        for (Fault fault : faults) {
            if (fault instanceof Fault.ExtraDataGroup extra) {
                groups.put(extra.number(), otherDataGroup(extra.number()));
            }
        }
        List<Integer> unsigned = numbers(faults, Fault.UnsignedDataGroup.class, Fault.UnsignedDataGroup::number);

        SecurityObjectBuilder sod = SecurityObject.builder();
        groups.forEach((number, bytes) -> {
            if (!unsigned.contains(number)) {
                sod.dataGroup(number, bytes);
            }
        });
        if (faults.stream().anyMatch(Fault.WrongHash.class::isInstance)) {
            sod.dataGroupHash(1, sha256("not DG1".getBytes(StandardCharsets.US_ASCII)));
        }
        if (faults.stream().anyMatch(Fault.WrongHashAlgorithm.class::isInstance)) {
            sod.hashAlgorithmOid(LdsDigestAlgorithm.SHA1.oid());
        }
        if (faults.stream().anyMatch(Fault.UnknownHashAlgorithm.class::isInstance)) {
            sod.hashAlgorithmOid(MD5);
        }
        CertifiedKey signer = signerFor(faults);
        PrivateKey signingKey = faults.stream().anyMatch(Fault.WrongSignature.class::isInstance)
                ? pki.issueDocumentSigner("Document Signer TEST (forger)", Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(365))).privateKey()
                : signer.privateKey();
        byte[] efSod = sod.sign(signer.certificate(), signingKey).encoded();

        // What is added or changed after signing.
        for (int number : unsigned) {
            groups.putIfAbsent(number, otherDataGroup(number));
        }
        Optional<PrivateKey> aaKey = keys.secrets().activeAuthentication();
        Optional<PrivateKey> caKey = keys.secrets().chipAuthentication();
        ChipKeys forger = null;
        for (Fault fault : faults) {
            if (fault instanceof Fault.ForgedDataGroup forged) {
                int number = forged.number();
                if (number == 14 || number == 15) {
                    forger = forger != null ? forger : keys.impostor(random);
                    if (number == 14) {
                        // The forger's chip authentication key in a DG14 otherwise like the genuine one.
                        groups.put(14, new ChipKeys(keys.activeAuthentication(), forger.chipAuthentication()).dg14().encode());
                        caKey = forger.secrets().chipAuthentication();
                    } else {
                        groups.put(15, forger.dg15().encode());
                        aaKey = forger.secrets().activeAuthentication();
                    }
                } else {
                    groups.put(number, Forgery.alter(number, groups.get(number), citizen));
                }
            }
        }
        if (faults.stream().anyMatch(Fault.ActiveAuthenticationWrongKey.class::isInstance)) {
            aaKey = keys.impostor(random).secrets().activeAuthentication();
        }
        if (faults.stream().anyMatch(Fault.ChipAuthenticationWrongKey.class::isInstance)) {
            caKey = keys.impostor(random).secrets().chipAuthentication();
        }
        ChipSecrets secrets = faults.stream().anyMatch(Fault.Clone.class::isInstance)
                ? keys.impostor(random).secrets() : new ChipSecrets(aaKey, caKey);

        List<Integer> com = new ArrayList<>(List.of(1, 2, 3, 13, 14, 15));
        groups.keySet().stream().filter(number -> !com.contains(number)).forEach(com::add);
        com.removeAll(numbers(faults, Fault.OmittedFromCom.class, Fault.OmittedFromCom::number));
        numbers(faults, Fault.MissingDataGroup.class, Fault.MissingDataGroup::number).forEach(groups::remove);

        Map<Integer, byte[]> files = new TreeMap<>();
        groups.forEach((number, bytes) -> files.put(ElementaryFiles.dataGroup(number), bytes));
        files.put(ElementaryFiles.COM, EfCom.of(com.stream().sorted()
                .map(number -> DataGroup.fromNumber(number).orElseThrow()).toList()).encode());
        files.put(ElementaryFiles.SOD, efSod);

        Optional<byte[]> cardAccess = profile == CardProfile.BAC_ONLY ? Optional.empty() : Optional.of(CardAccess.cccd().encode());
        boolean extendedLength = faults.stream().noneMatch(Fault.NoExtendedLength.class::isInstance);
        return new ChipContent(citizen.can(), CitizenMrz.keyOf(citizen), cardAccess, files, extendedLength, secrets);
    }

    private CertifiedKey signerFor(List<Fault> faults) {
        if (faults.stream().anyMatch(Fault.UntrustedSigner.class::isInstance)) {
            return pki.untrustedDocumentSigner();
        }
        if (faults.stream().anyMatch(Fault.ExpiredSigner.class::isInstance)) {
            return pki.expiredDocumentSigner();
        }
        if (faults.stream().anyMatch(Fault.NotYetValidSigner.class::isInstance)) {
            return pki.notYetValidDocumentSigner();
        }
        if (faults.stream().anyMatch(Fault.WrongKeyUsageSigner.class::isInstance)) {
            return pki.wrongKeyUsageDocumentSigner();
        }
        return pki.documentSigner();
    }

    private static <F extends Fault> List<Integer> numbers(List<Fault> faults, Class<F> type,
                                                           java.util.function.ToIntFunction<F> number) {
        return faults.stream().filter(type::isInstance).map(type::cast).map(f -> number.applyAsInt(f)).toList();
    }

    /**
     * A data group the kiosk never parses (DG3 to DG12, DG16): its tag around a little
     * discretionary data, enough to be read, listed and hashed.
     */
    static byte[] otherDataGroup(int number) {
        DataGroup group = DataGroup.fromNumber(number).orElseThrow();
        return Tlv.encode(group.tag(), Tlv.encode(0x53,
                ("CCCD simulator test content of DG" + number).getBytes(StandardCharsets.US_ASCII)));
    }

    /** The citizen's DG13 as a CCCD carries it. */
    public static Dg13 dg13(Citizen c) {
        return Dg13.builder()
                .idNumber(c.idNumber())
                .fullName(c.fullName())
                .dateOfBirth(c.dateOfBirth())
                .sex(c.sex().vietnamese())
                .nationality(c.nationality())
                .ethnicity(c.ethnicity())
                .religion(c.religion())
                .placeOfOrigin(c.placeOfOrigin())
                .placeOfResidence(c.placeOfResidence())
                .identifyingFeatures(c.identifyingFeatures())
                .issueDate(c.issueDate())
                .expiryDate(c.expiryDate().map(d -> d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                        .orElse("Không thời hạn"))
                .parents(c.fatherName(), c.motherName())
                .spouseName(c.spouseName())
                .oldIdNumber(c.oldIdNumber())
                .field16(String.format("%016d", Math.abs((long) c.idNumber().hashCode())))
                .build();
    }

    /** The portrait follows the citizen: the same seed draws the same face. */
    static long seedOf(Citizen citizen) {
        return Long.parseLong(citizen.idNumber());
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
