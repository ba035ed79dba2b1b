package vn.kiosk.reader.qr;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.InvertedLuminanceSource;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Finds the QR in a camera frame with ZXing. The cheap attempt (hybrid binarizer, no TRY_HARDER)
 * decides most frames, including every frame with no QR in it when called through
 * {@link #decodeQuick}; the harder ones (TRY_HARDER, the other binarizer, a phone screen's
 * inverted colours, half and double size, windows, a 45° turn) run only after it fails, cheapest
 * first. Thread-safe: nothing is kept between calls.
 */
public final class FrameDecoder {

    /**
     * One way of looking at the frame. The costly ones (windows, turned, enlarged, re-tilted frames)
     * look only where {@link FinderProbe} sees a finder pattern: on a frame with no QR they were
     * nine tenths of the ladder's time.
     */
    private record Attempt(String name, Function<GrayFrame, Iterable<LuminanceSource>> sources,
            Function<LuminanceSource, Binarizer> binarizer, boolean tryHarder, boolean costly) {
        Attempt(String name, Function<GrayFrame, Iterable<LuminanceSource>> sources,
                Function<LuminanceSource, Binarizer> binarizer, boolean tryHarder) {
            this(name, sources, binarizer, tryHarder, false);
        }
    }

    private static final Function<LuminanceSource, Binarizer> HYBRID = HybridBinarizer::new;
    private static final Function<LuminanceSource, Binarizer> GLOBAL = GlobalHistogramBinarizer::new;

    private static final List<Attempt> LADDER = List.of(
            new Attempt("hybrid", FrameDecoder::whole, HYBRID, false),
            new Attempt("hybrid-harder", FrameDecoder::whole, HYBRID, true),
            new Attempt("global-harder", FrameDecoder::whole, GLOBAL, true),
            new Attempt("inverted", f -> List.of(new InvertedLuminanceSource(new GrayFrameSource(f))), HYBRID, true),
            new Attempt("halved", f -> whole(FrameTransforms.halve(f)), HYBRID, true),
            new Attempt("halved-global", f -> whole(FrameTransforms.halve(f)), GLOBAL, true),
            new Attempt("windows", FrameDecoder::windows, HYBRID, true, true),
            new Attempt("rotated-45", f -> whole(FrameTransforms.rotated(f, 45)), HYBRID, true, true),
            new Attempt("doubled", FrameDecoder::doubledIfSmall, HYBRID, true, true),
            new Attempt("keystone", FrameDecoder::keystones, HYBRID, true, true));

    // The QR text is UTF-8 (Vietnamese diacritics); ZXing's default guess would be ISO-8859-1 or Shift_JIS.
    private static final String CHARSET = "UTF-8";
    private static final int DOUBLE_AT_MOST = 1920 * 1080 / 4;
    private static final int KEYSTONE_AT_MOST = 640 * 480;

    /** Every attempt, cheapest first, until one finds a QR. */
    public Optional<QrDecode> decode(GrayFrame frame) {
        boolean probed = false;
        for (Attempt attempt : LADDER) {
            if (attempt.costly() && !probed) {
                if (!FinderProbe.anyIn(frame)) {
                    return Optional.empty();
                }
                probed = true;
            }
            Optional<QrDecode> found = run(attempt, frame);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The cheap attempt only: for every frame of a live camera, with {@link #decode} every few frames. */
    public Optional<QrDecode> decodeQuick(GrayFrame frame) {
        return run(LADDER.get(0), frame);
    }

    /** The attempts' names, in the order they are tried. */
    public static List<String> strategies() {
        List<String> names = new ArrayList<>();
        LADDER.forEach(a -> names.add(a.name()));
        return names;
    }

    private static Optional<QrDecode> run(Attempt attempt, GrayFrame frame) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.CHARACTER_SET, CHARSET);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        if (attempt.tryHarder()) {
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        }
        for (LuminanceSource source : attempt.sources().apply(frame)) {
            try {
                Result result = new QRCodeReader().decode(new BinaryBitmap(attempt.binarizer().apply(source)), hints);
                return Optional.of(new QrDecode(result.getText(), attempt.name()));
            } catch (com.google.zxing.ReaderException notFound) {
                // not found, checksum or format error: the next source or attempt may do better
            } catch (RuntimeException zxingBug) {
                // ZXing has thrown index errors on pathological frames: one attempt failing must not
                // stop the others, and a camera frame must never bring the kiosk down
            }
        }
        return Optional.empty();
    }

    private static List<LuminanceSource> whole(GrayFrame frame) {
        return List.of(new GrayFrameSource(frame));
    }

    /**
     * Overlapping half-size windows, centre first: in a cluttered frame the finder-pattern search
     * can lock onto the clutter; a window with less of it often succeeds. Windows share the buffer.
     */
    private static List<LuminanceSource> windows(GrayFrame frame) {
        int w = frame.width() / 2;
        int h = frame.height() / 2;
        if (w < 64 || h < 64) {
            return List.of();
        }
        List<LuminanceSource> sources = new ArrayList<>();
        sources.add(new GrayFrameSource(frame.window(w / 2, h / 2, w, h)));
        for (int top = 0; top + h <= frame.height(); top += h / 2) {
            for (int left = 0; left + w <= frame.width(); left += w / 2) {
                if (left != w / 2 || top != h / 2) {
                    sources.add(new GrayFrameSource(frame.window(left, top, w, h)));
                }
            }
        }
        return sources;
    }

    /**
     * The frame re-tilted each way, for a QR held at a steep angle: one edge pulled in, or two
     * adjacent ones for a corner held further away. The last, most costly attempt, so each frame is
     * made only when the one before it failed.
     */
    private static Iterable<LuminanceSource> keystones(GrayFrame whole) {
        // Warping a full camera frame sixteen times would cost half a second on a frame with no QR
        // at all; at most VGA size keeps the last attempt affordable in a live loop.
        GrayFrame frame = whole;
        while ((long) frame.width() * frame.height() > KEYSTONE_AT_MOST) {
            frame = FrameTransforms.halve(frame);
        }
        GrayFrame small = frame;
        return () -> java.util.stream.Stream.of(0.08f, 0.16f)
                .flatMap(amount -> java.util.stream.IntStream.range(0, 8).mapToObj(i -> {
                    GrayFrame tilted = FrameTransforms.keystone(small, i / 2, amount);
                    return i % 2 == 0 ? tilted : FrameTransforms.keystone(tilted, (i / 2 + 1) % 4, amount);
                }))
                .<LuminanceSource>map(GrayFrameSource::new)
                .iterator();
    }

    private static List<LuminanceSource> doubledIfSmall(GrayFrame frame) {
        return (long) frame.width() * frame.height() <= DOUBLE_AT_MOST ? whole(FrameTransforms.doubled(frame)) : List.of();
    }
}
