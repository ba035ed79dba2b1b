package vn.kiosk.reader.qr;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.ResultPointCallback;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.detector.Detector;

/**
 * Whether a frame shows anything like a QR finder pattern (the 1:1:3:1:1 squares in three corners),
 * even one that ZXing cannot pair with two others. A QR warped by a turn or a tilt still shows
 * them; a frame without any is not worth {@link FrameDecoder}'s costly transformed attempts.
 */
final class FinderProbe {
    private FinderProbe() {
    }

    static boolean anyIn(GrayFrame frame) {
        AtomicBoolean seen = new AtomicBoolean();
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        // ZXing calls back for each candidate that passed its row, column and diagonal checks
        hints.put(DecodeHintType.NEED_RESULT_POINT_CALLBACK, (ResultPointCallback) point -> seen.set(true));
        try {
            new Detector(new HybridBinarizer(new GrayFrameSource(frame)).getBlackMatrix()).detect(hints);
            return true;
        } catch (ReaderException fewerThanThree) {
            return seen.get();
        } catch (RuntimeException zxingBug) {
            return true; // cannot tell: let the attempts look
        }
    }
}
