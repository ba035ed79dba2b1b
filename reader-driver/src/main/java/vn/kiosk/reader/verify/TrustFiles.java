package vn.kiosk.reader.verify;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * Decodes one file of an operator's trust directory, by content rather than by name: DER or PEM
 * certificates (several per PEM file), CRLs, and CSCA master lists. A broken PEM block is
 * reported and the file's other blocks are still used.
 */
final class TrustFiles {
    /** File name endings the trust directory reads; anything else is reported and skipped. */
    static final List<String> EXTENSIONS = List.of(".cer", ".crt", ".der", ".pem", ".crl", ".ml");

    private TrustFiles() {
    }

    /** Everything one file held, and what in it could not be used. */
    record Contents(List<X509Certificate> certificates, List<X509CRL> crls, List<MasterList> masterLists,
                    List<String> problems) {
    }

    static boolean hasKnownExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    static Contents decode(byte[] bytes) {
        Contents contents = new Contents(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (looksLikePem(bytes)) {
            decodePem(bytes, contents);
        } else {
            try {
                decodeDer(bytes, contents);
            } catch (MalformedDataException e) {
                contents.problems().add(e.getMessage());
            }
        }
        return contents;
    }

    private static boolean looksLikePem(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).contains("-----BEGIN ");
    }

    private static void decodePem(byte[] bytes, Contents contents) {
        int blocks = 0;
        try (PemReader reader = new PemReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.US_ASCII))) {
            for (PemObject object; (object = reader.readPemObject()) != null; ) {
                blocks++;
                try {
                    decodePemObject(object, contents);
                } catch (MalformedDataException e) {
                    contents.problems().add("PEM block " + blocks + " (" + object.getType() + "): " + e.getMessage());
                }
            }
        } catch (IOException | RuntimeException e) {
            contents.problems().add("PEM block " + (blocks + 1) + " is unreadable: " + e.getMessage());
        }
        if (blocks == 0 && contents.problems().isEmpty()) {
            contents.problems().add("no PEM block found");
        }
    }

    private static void decodePemObject(PemObject object, Contents contents) throws MalformedDataException {
        switch (object.getType()) {
            case "CERTIFICATE":
            case "X509 CERTIFICATE":
            case "TRUSTED CERTIFICATE":
                contents.certificates().add(certificate(object.getContent()));
                break;
            case "X509 CRL":
                contents.crls().add(crl(object.getContent()));
                break;
            case "CMS":
            case "PKCS7":
                contents.masterLists().add(MasterList.parse(asn1(object.getContent())));
                break;
            default:
                throw new MalformedDataException("not a certificate, CRL or master list");
        }
    }

    /** DER: a SignedData is a master list; otherwise try certificate, then CRL. */
    private static void decodeDer(byte[] bytes, Contents contents) throws MalformedDataException {
        ASN1Primitive object = asn1(bytes);
        if (object instanceof ASN1Sequence sequence && sequence.size() > 0
                && sequence.getObjectAt(0) instanceof ASN1ObjectIdentifier) {
            contents.masterLists().add(MasterList.parse(object));
            return;
        }
        try {
            contents.certificates().add(certificate(bytes));
        } catch (MalformedDataException notACertificate) {
            try {
                contents.crls().add(crl(bytes));
            } catch (MalformedDataException notACrl) {
                throw new MalformedDataException("neither a certificate, a CRL nor a master list");
            }
        }
    }

    private static ASN1Primitive asn1(byte[] bytes) throws MalformedDataException {
        try (ASN1InputStream in = new ASN1InputStream(bytes)) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                throw new MalformedDataException("empty");
            }
            return object;
        } catch (IOException | RuntimeException e) {
            throw new MalformedDataException("not DER: " + e.getMessage(), e);
        }
    }

    private static X509Certificate certificate(byte[] der) throws MalformedDataException {
        try {
            return Jca.certificate(der);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new MalformedDataException("not a certificate: " + e.getMessage(), e);
        }
    }

    private static X509CRL crl(byte[] der) throws MalformedDataException {
        try {
            return Jca.crl(der);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new MalformedDataException("not a CRL: " + e.getMessage(), e);
        }
    }
}
