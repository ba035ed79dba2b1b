package vn.kiosk.app.print;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The character encodings the kiosk can print with, each with the ESC t table number that selects
 * it on the printer. Operators pick one per printer ({@code codepage=cp1258|ascii}) and may override
 * the table number ({@code table=N}) for printers that number their tables differently.
 */
public enum EscPosCodePage {

    /**
     * Windows-1258 (Vietnamese). ESC t n = 52 selects "Page 52 [WPC1258 (Vietnamese)]" in Epson's
     * ESC/POS Command Reference (ESC t, "Select character code table"), the same number the
     * esc-pos-encoder library maps "windows1258" to for Epson printers. Epson also lists TCVN-3 at
     * n = 30/31, but TCVN-3 has no JDK charset and splits its letters over two tables; WPC1258 is one
     * table and Java ships the charset (jdk.charsets). Clone printers (Xprinter, ZJiang, ...) may use
     * other numbers: hence {@code table=N}.
     */
    CP1258("cp1258", 52, Charset.forName("windows-1258")) {
        @Override
        String representable(String cluster) {
            return Cp1258Form.of(cluster, encodable());
        }
    },

    /**
     * Plain ASCII with Vietnamese diacritics stripped (đ → d), for printers without a Vietnamese
     * table. n = 0 is PC437, present on every ESC/POS printer, whose lower half is ASCII.
     */
    ASCII("ascii", 0, StandardCharsets.US_ASCII) {
        @Override
        String representable(String cluster) {
            return AsciiFold.of(cluster);
        }
    };

    private final String settingName;
    private final int defaultTable;
    private final Charset charset;
    private final Set<Integer> encodable;

    EscPosCodePage(String settingName, int defaultTable, Charset charset) {
        this.settingName = settingName;
        this.defaultTable = defaultTable;
        this.charset = charset;
        this.encodable = Set.copyOf(singleByteRepertoire(charset));
    }

    /** The name used in the printer setting: "cp1258" or "ascii". */
    public String settingName() {
        return settingName;
    }

    /** The ESC t table number that selects this encoding on an Epson-compatible printer. */
    public int defaultTable() {
        return defaultTable;
    }

    public Charset charset() {
        return charset;
    }

    /** The code page for a setting value, case-insensitive. */
    public static EscPosCodePage ofSetting(String name) {
        for (EscPosCodePage cp : values()) {
            if (cp.settingName.equals(name.toLowerCase(Locale.ROOT))) {
                return cp;
            }
        }
        throw new IllegalArgumentException("codepage must be cp1258 or ascii, not '" + name + "'");
    }

    /** The whole text as printer bytes; characters that cannot be printed become '?'. Never throws. */
    public byte[] encode(String text) {
        List<byte[]> clusters = new ArrayList<>();
        for (String paragraph : TextClusters.paragraphs(text)) {
            if (!clusters.isEmpty()) {
                clusters.add(new byte[] {' '});
            }
            clusters.addAll(encodeClusters(paragraph));
        }
        int size = clusters.stream().mapToInt(c -> c.length).sum();
        ByteBuffer out = ByteBuffer.allocate(size);
        clusters.forEach(out::put);
        return out.array();
    }

    /** One cleaned paragraph (see {@link TextClusters}) as printer bytes, one array per cluster. */
    List<byte[]> encodeClusters(String paragraph) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {'?'});
        List<byte[]> out = new ArrayList<>();
        for (String cluster : TextClusters.clusters(paragraph)) {
            out.add(encodeOne(encoder, representable(cluster)));
        }
        return out;
    }

    /** The cluster rewritten into characters of this code page only (or "?"). */
    abstract String representable(String cluster);

    Set<Integer> encodable() {
        return encodable;
    }

    private static byte[] encodeOne(CharsetEncoder encoder, String s) {
        try {
            ByteBuffer bb = encoder.reset().encode(CharBuffer.wrap(s));
            byte[] bytes = new byte[bb.remaining()];
            bb.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            // cannot happen with REPLACE; a '?' is still the right answer if it ever does
            return new byte[] {'?'};
        }
    }

    /** Every printable character a single-byte charset holds, found by decoding bytes 0x20..0xFF. */
    private static Set<Integer> singleByteRepertoire(Charset charset) {
        Set<Integer> out = new HashSet<>();
        for (int b = 0x20; b <= 0xFF; b++) {
            String s = new String(new byte[] {(byte) b}, charset);
            int cp = s.codePointAt(0);
            if (s.length() == 1 && cp != 0xFFFD && !Character.isISOControl(cp)) {
                out.add(cp);
            }
        }
        return out;
    }
}
