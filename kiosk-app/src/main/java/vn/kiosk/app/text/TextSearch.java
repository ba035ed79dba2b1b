package vn.kiosk.app.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds items (services, forms, places) by what a citizen types on the kiosk, where diacritics are
 * optional: "giay khai sinh", "giấy khai sinh" and "khai sinh" all find "Giấy khai sinh".
 *
 * <p>Every word of the query must be the beginning of some word of one of the item's names
 * (Vietnamese and English names are tried separately, a query does not mix them). Marks the citizen
 * did type count: a word whose typed marks all agree with the item ranks above one that agrees only
 * without marks ("giây" finds "giấy" but ranks "giây" first; "gìa" still finds "già", last, because
 * a misplaced mark on a touch screen is more likely a slip than a different word).
 *
 * <p>Order: fewer words whose typed marks disagree, then more words typed exactly as written in the
 * item, then more words typed whole, then names with fewer words beyond the query ("khai sinh" puts
 * "Đăng ký khai sinh" before "Cấp bản sao giấy khai sinh"), then the order of the input list.
 */
public final class TextSearch {

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private TextSearch() {
    }

    /**
     * @param items the candidates, in their default order (kept for ties and for an empty query)
     * @param names each item's names, e.g. its Vietnamese and English titles and a few synonyms
     * @param query what the citizen typed; {@code null} or blank returns every item
     * @return the matching items, best first; unmodifiable
     */
    public static <T> List<T> search(List<T> items, Function<T, List<String>> names, String query) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(names, "names");
        List<Word> queryWords = words(query);
        if (queryWords.isEmpty()) {
            return List.copyOf(items);
        }
        List<Ranked<T>> hits = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            Score best = null;
            for (String name : names.apply(item)) {
                Score score = score(queryWords, words(name));
                if (score != null && (best == null || Score.ORDER.compare(score, best) < 0)) {
                    best = score;
                }
            }
            if (best != null) {
                hits.add(new Ranked<>(item, best, i));
            }
        }
        hits.sort(Comparator.<Ranked<T>, Score>comparing(Ranked::score, Score.ORDER)
                .thenComparingInt(Ranked::index));
        return hits.stream().map(Ranked::item).toList();
    }

    /** {@code null} when some query word begins no word of the name. */
    private static Score score(List<Word> query, List<Word> name) {
        int mismatched = 0;
        int exact = 0;
        int whole = 0;
        for (Word q : query) {
            Match best = Match.NONE;
            boolean bestWhole = false;
            for (Word w : name) {
                Match m = q.matchAsPrefixOf(w);
                boolean isWhole = m != Match.NONE && q.folded().length() == w.folded().length();
                if (m.compareTo(best) > 0 || (m == best && m != Match.NONE && isWhole && !bestWhole)) {
                    best = m;
                    bestWhole = isWhole;
                }
            }
            if (best == Match.NONE) {
                return null;
            }
            if (best == Match.BARE_LETTERS) {
                mismatched++;
            } else if (best == Match.EXACT) {
                exact++;
            }
            if (bestWhole) {
                whole++;
            }
        }
        return new Score(mismatched, exact, whole, Math.max(0, name.size() - query.size()));
    }

    private static List<Word> words(String text) {
        if (text == null) {
            return List.of();
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<Word> words = new ArrayList<>();
        for (String w : WORD_SEPARATORS.split(nfc)) {
            if (!w.isEmpty()) {
                words.add(Word.of(w));
            }
        }
        return words;
    }

    /** How well a typed word agrees with the beginning of a word of a name, worst first. */
    private enum Match {
        NONE,
        /** Same letters, but a mark the citizen typed is not there (or is another one). */
        BARE_LETTERS,
        /** Every mark the citizen typed is there; some the citizen left out ("giây" in "giấy"). */
        TYPED_MARKS_AGREE,
        /** Letter for letter as written. */
        EXACT
    }

    /** A lower-case NFC word, with its folded form and its letters split into base, mark and tone. */
    private record Word(String text, String folded, List<VietLetter> letters) {

        static Word of(String lowerNfc) {
            List<VietLetter> letters = lowerNfc.codePoints().mapToObj(VietLetter::of).toList();
            return new Word(lowerNfc, VietnameseFold.fold(lowerNfc), letters);
        }

        Match matchAsPrefixOf(Word other) {
            if (!other.folded.startsWith(folded) || letters.size() > other.letters.size()) {
                return Match.NONE;
            }
            if (other.text.startsWith(text)) {
                return Match.EXACT;
            }
            for (int i = 0; i < letters.size(); i++) {
                VietLetter typed = letters.get(i);
                VietLetter written = other.letters.get(i);
                boolean markAgrees = typed.mark() == LetterMark.NONE || typed.mark() == written.mark();
                boolean toneAgrees = typed.tone() == Tone.NONE || typed.tone() == written.tone();
                if (!markAgrees || !toneAgrees) {
                    return Match.BARE_LETTERS;
                }
            }
            return Match.TYPED_MARKS_AGREE;
        }
    }

    private record Score(int mismatchedWords, int exactWords, int wholeWords, int extraWords) {
        static final Comparator<Score> ORDER = Comparator.comparingInt(Score::mismatchedWords)
                .thenComparing(Comparator.comparingInt(Score::exactWords).reversed())
                .thenComparing(Comparator.comparingInt(Score::wholeWords).reversed())
                .thenComparingInt(Score::extraWords);
    }

    private record Ranked<T>(T item, Score score, int index) {
    }
}
