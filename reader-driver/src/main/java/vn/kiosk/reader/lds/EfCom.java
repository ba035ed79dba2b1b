package vn.kiosk.reader.lds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.tlv.Tlv;

/**
 * EF.COM (Doc 9303 Part 10, 4.6.1): {@code '60' { '5F01' LDS version, '5F36' Unicode version,
 * '5C' tag list }}. The tag list says which data groups the chip claims to hold; it is not signed,
 * so the SOD, not this file, decides what must be verified.
 *
 * @param ldsVersion     "aabb", e.g. "0107" for LDS 1.7
 * @param unicodeVersion "aabbcc", e.g. "040000" for Unicode 4.0.0
 * @param tags           the tags of the listed files, in the chip's order; unknown tags are kept
 */
public record EfCom(String ldsVersion, String unicodeVersion, List<Integer> tags) {
    public static final String LDS_1_7 = "0107";
    public static final String UNICODE_4_0_0 = "040000";

    private static final int UNICODE_VERSION_TAG = 0x5F36;
    private static final int UNICODE_VERSION_TAG_NUMBER = 0x36;
    private static final int TAG_LIST_TAG = 0x5C;
    private static final int TAG_LIST_TAG_NUMBER = 0x1C;

    public EfCom {
        requireDigits(ldsVersion, "LDS version");
        requireDigits(unicodeVersion, "Unicode version");
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        for (int tag : tags) {
            if (tag <= 0 || tag > 0xFFFFFF) {
                throw new IllegalArgumentException("tag out of range: " + Integer.toHexString(tag));
            }
        }
    }

    /** EF.COM for LDS 1.7, Unicode 4.0.0, listing these data groups. */
    public static EfCom of(List<DataGroup> groups) {
        return new EfCom(LDS_1_7, UNICODE_4_0_0, groups.stream().map(DataGroup::tag).toList());
    }

    /** What a CCCD lists: DG1, DG2, DG3, DG13, DG14, DG15. */
    public static EfCom cccd() {
        return of(List.of(DataGroup.DG1, DataGroup.DG2, DataGroup.DG3, DataGroup.DG13, DataGroup.DG14,
                DataGroup.DG15));
    }

    /** The listed data groups this code knows, in the chip's order. */
    public List<DataGroup> dataGroups() {
        return tags.stream().map(DataGroup::fromTag).flatMap(Optional::stream).toList();
    }

    public boolean lists(DataGroup group) {
        return tags.contains(group.tag());
    }

    public static EfCom parse(byte[] file) throws MalformedDataException {
        byte[] content = EfComTlv.content(file);
        try {
            String lds = null;
            String unicode = null;
            List<Integer> tags = null;
            for (ASN1TaggedObject object : EfComTlv.objects(content)) {
                if (object.getTagClass() != BERTags.APPLICATION) {
                    throw new MalformedDataException("EF.COM holds a data object of another class");
                }
                switch (object.getTagNo()) {
                    case EfComTlv.LDS_VERSION_TAG_NUMBER ->
                            lds = once(lds, digits(EfComTlv.octets(object), "LDS version"));
                    case UNICODE_VERSION_TAG_NUMBER ->
                            unicode = once(unicode, digits(EfComTlv.octets(object), "Unicode version"));
                    case TAG_LIST_TAG_NUMBER -> tags = once(tags, tagList(EfComTlv.octets(object)));
                    default -> {
                        // Later LDS versions may add objects; they do not change what is read here.
                    }
                }
            }
            if (lds == null || unicode == null || tags == null) {
                throw new MalformedDataException("EF.COM lacks its LDS version, Unicode version or tag list");
            }
            return new EfCom(lds, unicode, tags);
        } catch (IOException | RuntimeException e) {
            throw new MalformedDataException("EF.COM is not valid BER-TLV: " + e.getMessage(), e);
        }
    }

    /** The file as a chip stores it. */
    public byte[] encode() {
        ByteArrayOutputStream tagBytes = new ByteArrayOutputStream();
        for (int tag : tags) {
            for (int shift = (Integer.SIZE - Integer.numberOfLeadingZeros(tag) - 1) / 8 * 8; shift >= 0; shift -= 8) {
                tagBytes.write(tag >>> shift);
            }
        }
        return EfComTlv.comFile(Tlv.concat(
                EfComTlv.ldsVersionObject(ldsVersion.getBytes(StandardCharsets.US_ASCII)),
                Tlv.encode(UNICODE_VERSION_TAG, unicodeVersion.getBytes(StandardCharsets.US_ASCII)),
                Tlv.encode(TAG_LIST_TAG, tagBytes.toByteArray())));
    }

    private static <T> T once(T previous, T value) throws MalformedDataException {
        if (previous != null) {
            throw new MalformedDataException("EF.COM repeats a data object");
        }
        return value;
    }

    private static String digits(byte[] value, String what) throws MalformedDataException {
        String text = new String(value, StandardCharsets.ISO_8859_1);
        if (!text.matches("[0-9]{2,8}")) {
            throw new MalformedDataException(what + " in EF.COM is not a string of digits");
        }
        return text;
    }

    /** The tag list is a bare concatenation of BER tags (one byte each in LDS1, longer ones allowed). */
    private static List<Integer> tagList(byte[] value) throws MalformedDataException {
        List<Integer> tags = new ArrayList<>();
        int i = 0;
        while (i < value.length) {
            int tag = value[i] & 0xFF;
            int size = 1;
            if ((tag & 0x1F) == 0x1F) {
                do {
                    if (i + size >= value.length || size > 2) {
                        throw new MalformedDataException("EF.COM tag list ends inside a tag");
                    }
                    tag = (tag << 8) | (value[i + size] & 0xFF);
                } while ((value[i + size++] & 0x80) != 0);
            }
            if (tag == 0) {
                throw new MalformedDataException("EF.COM tag list holds a zero tag");
            }
            tags.add(tag);
            i += size;
        }
        return tags;
    }

    private static void requireDigits(String text, String what) {
        if (text == null || !text.matches("[0-9]{2,8}")) {
            throw new IllegalArgumentException(what + " must be 2 to 8 digits");
        }
    }
}
