package vn.kiosk.reader.qr;

import java.util.List;

import vn.kiosk.reader.identity.Identity;

/**
 * What a QR text says. Parsing never throws: a text we cannot use is {@link Unrecognised} with the
 * reasons. Identity from a QR is unverified (assurance QR_ONLY) until a backend or the chip confirms
 * it. Problems never quote the holder's data, so they may be logged.
 */
public sealed interface QrResult permits QrResult.Recognised, QrResult.Unrecognised {

    QrKind kind();

    /** Everything that was missing, inconsistent or not understood; empty when the text is clean. */
    List<String> problems();

    /**
     * A text of a known kind. The identity may be partial (a VNeID QR may only give the ID
     * number): its text fields are empty and its dates empty when the QR did not carry them.
     */
    record Recognised(QrKind kind, Identity identity, QrAccessKey accessKey, List<String> problems)
            implements QrResult {
        public Recognised {
            if (kind == QrKind.UNKNOWN) {
                throw new IllegalArgumentException("a recognised QR has a known kind");
            }
            problems = List.copyOf(problems);
        }
    }

    /** A text that is none of the QR codes we know. */
    record Unrecognised(List<String> problems) implements QrResult {
        public Unrecognised {
            problems = List.copyOf(problems);
        }

        @Override
        public QrKind kind() {
            return QrKind.UNKNOWN;
        }
    }
}
