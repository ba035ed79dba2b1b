package vn.kiosk.app.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    record Service(String vi, String en) {
        List<String> names() {
            return List.of(vi, en);
        }
    }

    private static final Service BIRTH = new Service("Đăng ký khai sinh", "Birth registration");
    private static final Service BIRTH_COPY = new Service("Cấp bản sao giấy khai sinh", "Copy of a birth certificate");
    private static final Service DEATH = new Service("Đăng ký khai tử", "Death registration");
    private static final Service RESIDENCE = new Service("Đăng ký thường trú", "Permanent residence registration");
    private static final Service ID_CARD = new Service("Cấp đổi thẻ căn cước", "Renew the ID card");
    private static final List<Service> SERVICES = List.of(RESIDENCE, ID_CARD, DEATH, BIRTH_COPY, BIRTH);

    private static List<Service> find(String query) {
        return TextSearch.search(SERVICES, Service::names, query);
    }

    @Test
    void diacriticsAreOptional() {
        assertEquals(List.of(BIRTH_COPY), find("giay khai sinh"));
        assertEquals(List.of(BIRTH_COPY), find("giấy khai sinh"));
        assertEquals(List.of(BIRTH_COPY), find("GIẤY KHAI SINH"));
        assertEquals(List.of(BIRTH, BIRTH_COPY), find("khai sinh"), "the shorter name first");
        assertEquals(List.of(BIRTH, BIRTH_COPY), find("khai  sinh"));
        assertEquals(List.of(ID_CARD), find("the can cuoc"));
        assertEquals(List.of(ID_CARD), find("căn cước"));
    }

    @Test
    void everyWordMustBeginAWordOfTheSameName() {
        assertEquals(List.of(DEATH), find("dang ky khai tu"));
        assertEquals(List.of(RESIDENCE, DEATH, BIRTH), find("dang ky"));
        assertEquals(List.of(RESIDENCE, DEATH, BIRTH), find("đăng"));
        assertEquals(List.of(), find("dk"), "dk begins no word");
        assertEquals(List.of(), find("khai sinh tu"));
    }

    @Test
    void wordsAreMatchedAsPrefixesOfWords() {
        assertEquals(List.of(RESIDENCE), find("thuong tr"));
        assertEquals(List.of(), find("uong tru"), "a word must match from its beginning");
    }

    @Test
    void englishNamesAreSearchedToo() {
        assertEquals(List.of(BIRTH, BIRTH_COPY), find("birth"));
        assertEquals(List.of(DEATH, BIRTH, RESIDENCE), find("registration"));
        assertEquals(List.of(), find("birth khai"), "a query does not mix a Vietnamese and an English name");
    }

    @Test
    void typedDiacriticsRankExactMatchesFirst() {
        record Word(String text) {
        }
        Word paper = new Word("giấy");
        Word second = new Word("giây");
        Word shoe = new Word("giày");
        List<Word> words = List.of(paper, shoe, second);
        assertEquals(List.of(second, paper, shoe),
                TextSearch.search(words, w -> List.of(w.text()), "giây"),
                "exact first; giấy keeps the typed â; giày does not");
        assertEquals(List.of(paper, shoe, second),
                TextSearch.search(words, w -> List.of(w.text()), "giay"),
                "no marks typed: input order");
        assertEquals(List.of(shoe, paper, second),
                TextSearch.search(words, w -> List.of(w.text()), "giày"));
        assertEquals(List.of(second, paper, shoe),
                TextSearch.search(words, w -> List.of(w.text()), "giâ"),
                "a partly typed word: â agrees with giấy and giây");
    }

    @Test
    void theClosestNameRanksFirst() {
        record Place(String name) {
        }
        Place hanoi = new Place("Hà Nội");
        Place hanam = new Place("Hà Nam");
        Place ha = new Place("Hà");
        assertEquals(List.of(ha, hanoi, hanam),
                TextSearch.search(List.of(hanoi, hanam, ha), p -> List.of(p.name()), "ha"));
        assertEquals(List.of(hanam),
                TextSearch.search(List.of(hanoi, hanam, ha), p -> List.of(p.name()), "ha nam"));
        assertEquals(List.of(hanoi, hanam),
                TextSearch.search(List.of(hanoi, hanam, ha), p -> List.of(p.name()), "ha n"));
    }

    @Test
    void nfdQueriesAndNamesMatch() {
        String nfdQuery = Normalizer.normalize("giấy khai sinh", Normalizer.Form.NFD);
        assertEquals(List.of(BIRTH_COPY), find(nfdQuery));
        Service nfdService = new Service(Normalizer.normalize("Giấy khai sinh", Normalizer.Form.NFD), "x");
        assertEquals(List.of(nfdService),
                TextSearch.search(List.of(nfdService), Service::names, "giấy"));
    }

    @Test
    void anEmptyQueryReturnsEverythingInOrder() {
        assertEquals(SERVICES, find(""));
        assertEquals(SERVICES, find("   "));
        assertEquals(SERVICES, find(null));
        assertEquals(SERVICES, find(" ,. "));
    }

    @Test
    void punctuationInTheQueryIsIgnored() {
        assertEquals(List.of(BIRTH, BIRTH_COPY), find("khai-sinh!"));
    }
}
