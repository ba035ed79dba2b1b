package vn.kiosk.simulator.link;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.Dg15;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ElementaryFiles;

/**
 * What of a card decides how long its full read must take: the length of every file read, whether
 * it takes extended-length APDUs, and the size and kind of its active-authentication signature.
 *
 * @param aaSignatureBytes 128 for RSA-1024, 64 for ECDSA on a 256-bit curve
 */
public record CardFiles(int cardAccess, int sod, int dg1, int dg13, int dg14, int dg15, int dg2,
                        boolean extendedLength, int aaSignatureBytes, boolean aaRsa) {

    public static CardFiles of(ChipContent content) {
        byte[] dg15 = content.files().get(ElementaryFiles.dataGroup(15));
        PublicKey key;
        try {
            key = Dg15.parse(dg15).publicKey();
        } catch (MalformedDataException e) {
            throw new IllegalArgumentException("the card's DG15 does not parse: " + e.getMessage(), e);
        }
        boolean rsa = key instanceof RSAPublicKey;
        int signature = rsa ? (((RSAPublicKey) key).getModulus().bitLength() + 7) / 8
                : 2 * ((((ECPublicKey) key).getParams().getCurve().getField().getFieldSize() + 7) / 8);
        return new CardFiles(content.cardAccess().map(b -> b.length).orElse(0), size(content, ElementaryFiles.SOD),
                size(content, ElementaryFiles.dataGroup(1)), size(content, ElementaryFiles.dataGroup(13)),
                size(content, ElementaryFiles.dataGroup(14)), dg15.length, size(content, ElementaryFiles.dataGroup(2)),
                content.extendedLength(), signature, rsa);
    }

    private static int size(ChipContent content, int fid) {
        byte[] file = content.files().get(fid);
        return file == null ? 0 : file.length;
    }
}
