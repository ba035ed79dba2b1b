package vn.kiosk.app.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.kiosk.app.flow.ServiceKind;

/** The names of the settings, in the order docs/kiosk.example.properties explains them. */
final class Keys {
    static final String KIOSK_ID = "kiosk.id";
    static final String BACKEND_URL = "backend.url";
    static final String BACKEND_CA = "backend.ca";
    static final String BACKEND_CLIENT_KEY = "backend.client-key";
    static final String BACKEND_CLIENT_CERTIFICATE = "backend.client-certificate";
    static final String TRUST_DIRECTORY = "trust.directory";
    static final String READER_NAME = "reader.name";
    static final String DATA_DIRECTORY = "data.directory";
    static final String PRINTER = "printer";
    static final String SERVICES = "services";
    static final String ASSURANCE_PREFIX = "assurance.";
    static final String IDLE_TIMEOUT = "idle.timeout.seconds";
    static final String IDLE_WARNING = "idle.warning.seconds";
    static final String RECEIPT_TIMEOUT = "receipt.timeout.seconds";
    static final String LANGUAGE = "language";
    static final String VOICE = "voice";
    static final String OPERATOR_PIN = "operator.pin";
    static final String SCANNER_SERIAL = "scanner.serial";
    static final String SCANNER_KEYBOARD = "scanner.keyboard";

    static final List<String> ALL = all();

    private Keys() {
    }

    static String assurance(ServiceKind kind) {
        return ASSURANCE_PREFIX + kind.name();
    }

    private static List<String> all() {
        List<String> keys = new ArrayList<>(List.of(KIOSK_ID, BACKEND_URL, BACKEND_CA, BACKEND_CLIENT_KEY,
                BACKEND_CLIENT_CERTIFICATE, TRUST_DIRECTORY, READER_NAME, DATA_DIRECTORY, PRINTER, SERVICES));
        for (ServiceKind kind : ServiceKind.values()) {
            keys.add(assurance(kind));
        }
        keys.addAll(List.of(IDLE_TIMEOUT, IDLE_WARNING, RECEIPT_TIMEOUT, LANGUAGE, VOICE, OPERATOR_PIN,
                SCANNER_SERIAL, SCANNER_KEYBOARD));
        return List.copyOf(keys);
    }

    /** The known key an unknown one was most likely meant to be, if one is close enough to guess. */
    static Optional<String> closest(String unknown) {
        String wanted = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String key : ALL) {
            String known = key.toLowerCase(Locale.ROOT);
            int d = distance(wanted, known);
            if (wanted.length() >= 4 && known.startsWith(wanted)) {
                d = Math.min(d, 1); // the name cut short: idle.timeout for idle.timeout.seconds
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = key;
            }
        }
        // a third of the name wrong is still a typo (backend.URL, idle.timeout, assurance.clinic); more is a guess
        return bestDistance <= Math.max(2, unknown.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance, two rows. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
