package vn.kiosk.simulator.personalise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
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
import vn.kiosk.reader.lds.SecurityObject;
import vn.kiosk.reader.lds.SecurityObjectBuilder;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.pki.CertifiedKey;
import vn.kiosk.simulator.pki.TestPki;

/**
 * Writes a citizen onto a chip the way a CCCD is issued: EF.COM, DG1 (MRZ), DG2 (portrait), DG13
 * (personal data), DG14 and DG15 (public keys), and an EF.SOD signed by the document signer over
 * them; then applies the content faults a test asked for.
 */
public final class Personaliser {
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

        SecurityObjectBuilder sod = SecurityObject.builder();
        groups.forEach(sod::dataGroup);
        if (faults.stream().anyMatch(Fault.WrongHash.class::isInstance)) {
            sod.dataGroupHash(1, sha256("not DG1".getBytes(StandardCharsets.US_ASCII)));
        }
        CertifiedKey signer = signerFor(faults);
        byte[] efSod = sod.sign(signer.certificate(), signer.privateKey()).encoded();

        for (Fault fault : faults) {
            if (fault instanceof Fault.ForgedDataGroup forged) {
                groups.put(forged.number(), Forgery.alter(forged.number(), groups.get(forged.number()), citizen));
            }
        }

        Map<Integer, byte[]> files = new TreeMap<>();
        groups.forEach((number, bytes) -> files.put(ElementaryFiles.dataGroup(number), bytes));
        files.put(ElementaryFiles.COM, EfCom.of(List.of(DataGroup.DG1, DataGroup.DG2, DataGroup.DG3, DataGroup.DG13,
                DataGroup.DG14, DataGroup.DG15)).encode());
        files.put(ElementaryFiles.SOD, efSod);

        Optional<byte[]> cardAccess = profile == CardProfile.BAC_ONLY ? Optional.empty() : Optional.of(CardAccess.cccd().encode());
        boolean clone = faults.stream().anyMatch(Fault.Clone.class::isInstance);
        boolean extendedLength = faults.stream().noneMatch(Fault.NoExtendedLength.class::isInstance);
        return new ChipContent(citizen.can(), CitizenMrz.keyOf(citizen), cardAccess, files, extendedLength,
                (clone ? keys.impostor(random) : keys).secrets());
    }

    private CertifiedKey signerFor(List<Fault> faults) {
        if (faults.stream().anyMatch(Fault.UntrustedSigner.class::isInstance)) {
            return pki.untrustedDocumentSigner();
        }
        if (faults.stream().anyMatch(Fault.ExpiredSigner.class::isInstance)) {
            return pki.expiredDocumentSigner();
        }
        return pki.documentSigner();
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
