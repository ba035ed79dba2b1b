package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import vn.kiosk.reader.error.MalformedDataException;

/** Hostile inputs for the LDS parsers: only success or MalformedDataException may come out. */
final class DataGroupFuzz {
    interface Parser {
        Object parse(byte[] bytes) throws MalformedDataException;
    }

    private DataGroupFuzz() {
    }

    /** Every truncation must be rejected as malformed (the outer length no longer matches). */
    static void everyTruncationIsMalformed(byte[] valid, Parser parser) {
        for (int length = 0; length < valid.length; length++) {
            byte[] truncated = Arrays.copyOf(valid, length);
            try {
                parser.parse(truncated);
                fail("a truncation to " + length + " of " + valid.length + " bytes parsed");
            } catch (MalformedDataException expected) {
                // what must happen
            } catch (RuntimeException | Error e) {
                throw new AssertionError("truncation to " + length + " bytes escaped as " + e, e);
            }
        }
    }

    /** Random bytes, random single-byte corruptions and random insertions of a valid encoding. */
    static void hostileInputsOnlyMalformed(byte[] valid, Parser parser, long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 2000; round++) {
            byte[] input;
            switch (round % 4) {
                case 0 -> {
                    input = new byte[random.nextInt(Math.max(2, Math.min(valid.length, 600)))];
                    random.nextBytes(input);
                    if (input.length > 0 && random.nextBoolean()) {
                        input[0] = valid[0];
                    }
                }
                case 1 -> {
                    input = valid.clone();
                    input[random.nextInt(input.length)] = (byte) random.nextInt(256);
                }
                case 2 -> {
                    input = valid.clone();
                    int position = random.nextInt(Math.min(input.length, 64));
                    input[position] ^= (byte) (1 << random.nextInt(8));
                }
                default -> {
                    int cut = random.nextInt(valid.length);
                    byte[] extra = new byte[1 + random.nextInt(4)];
                    random.nextBytes(extra);
                    input = new byte[valid.length + extra.length];
                    System.arraycopy(valid, 0, input, 0, cut);
                    System.arraycopy(extra, 0, input, cut, extra.length);
                    System.arraycopy(valid, cut, input, cut + extra.length, valid.length - cut);
                }
            }
            try {
                parser.parse(input);
            } catch (MalformedDataException expected) {
                // fine
            } catch (RuntimeException | Error e) {
                throw new AssertionError("round " + round + " escaped as " + e, e);
            }
        }
    }

    /** Deeply nested constructed objects under the file's tag must not blow the stack. */
    static void deepNestingIsMalformed(int fileTag, Parser parser) {
        int depth = 20000;
        // Sizes from the inside out, then headers written from the outside in.
        int[] contentLength = new int[depth + 1];
        for (int level = depth - 1; level >= 0; level--) {
            contentLength[level] = contentLength[level + 1] + header(contentLength[level + 1]).length;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(fileTag);
        byte[] fileHeader = header(contentLength[0]);
        out.write(fileHeader, 1, fileHeader.length - 1);
        for (int level = 1; level <= depth; level++) {
            byte[] header = header(contentLength[level]);
            header[0] = 0x30;
            out.writeBytes(header);
        }
        try {
            parser.parse(out.toByteArray());
        } catch (MalformedDataException expected) {
            // fine
        } catch (RuntimeException | Error e) {
            throw new AssertionError("deep nesting escaped as " + e, e);
        }
    }

    /** A tag placeholder byte and the DER length of a value this long. */
    private static byte[] header(int n) {
        byte[] length = n < 0x80 ? new byte[] {(byte) n}
                : n < 0x100 ? new byte[] {(byte) 0x81, (byte) n}
                : n < 0x10000 ? new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n}
                : new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
        byte[] out = new byte[1 + length.length];
        System.arraycopy(length, 0, out, 1, length.length);
        return out;
    }
}
