package vn.kiosk.reader.qr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The VNeID app's QR. Its format is not published and it carries no known signature, so only what
 * is unambiguous is taken: a single 12-digit ID number standing on its own. Everything else is
 * left alone and said so.
 */
final class VneidQrParser {
    private static final Pattern MARKER = Pattern.compile("(?i)vneid");
    private static final Pattern ID = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

    static boolean looksLikeVneid(String text) {
        return MARKER.matcher(text).find();
    }

    QrResult.Recognised parse(QrText text) {
        List<String> problems = new ArrayList<>(text.notes());
        problems.add("the VNeID QR format is not published: only a standalone 12-digit ID number is read from it");
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = ID.matcher(text.text());
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        if (ids.size() != 1) {
            problems.add(ids.isEmpty() ? "no 12-digit ID number found" : ids.size() + " different 12-digit numbers: none taken");
            return new QrResult.Recognised(QrKind.VNEID, Identities.idNumberOnly(""), QrAccessKey.NONE, problems);
        }
        String id = ids.iterator().next();
        problems.addAll(IdNumberRules.check(id, Optional.empty(), Optional.empty()));
        return new QrResult.Recognised(QrKind.VNEID, Identities.idNumberOnly(id),
                QrAccessKey.derive(id, Optional.empty(), Optional.empty()), problems);
    }
}
