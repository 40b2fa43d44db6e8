package org.triglot.lexicon.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PalladiusTableTest {

    private final Map<String, String> table = PalladiusTable.instance().pinyinToPalladius();

    @Test
    void holdsAtLeastFourHundredSyllables() {
        assertThat(table).hasSizeGreaterThanOrEqualTo(400);
    }

    @Test
    void reverseMapHasOneEntryPerSyllable() {
        // A shared Palladius value would collapse two syllables in the reverse map.
        assertThat(PalladiusTable.instance().palladiusToPinyin()).hasSameSizeAs(table);
    }

    @Test
    void everyPinyinKeyIsLowerCaseLatinAndEveryValueCyrillic() {
        table.forEach((py, cyr) -> {
            assertThat(py).matches("[a-zü]+");
            assertThat(cyr).matches("[а-яё]+");
        });
    }

    @Test
    void containsTheSyllablesThatDifferFromNaiveRules() {
        assertThat(table).contains(
                Map.entry("zhi", "чжи"), Map.entry("chi", "чи"), Map.entry("shi", "ши"), Map.entry("ri", "жи"),
                Map.entry("zi", "цзы"), Map.entry("ci", "цы"), Map.entry("si", "сы"), Map.entry("yi", "и"),
                Map.entry("you", "ю"), Map.entry("yu", "юй"), Map.entry("yan", "янь"), Map.entry("ying", "ин"),
                Map.entry("hui", "хуэй"), Map.entry("dui", "дуй"), Map.entry("er", "эр"), Map.entry("e", "э"),
                Map.entry("lü", "люй"), Map.entry("nü", "нюй"), Map.entry("lüe", "люэ"), Map.entry("nüe", "нюэ"),
                Map.entry("jue", "цзюэ"), Map.entry("xuan", "сюань"), Map.entry("yuan", "юань"),
                Map.entry("jun", "цзюнь"), Map.entry("gen", "гэнь"), Map.entry("wei", "вэй"), Map.entry("a", "а"),
                Map.entry("zuo", "цзо"), Map.entry("luo", "ло"));
    }

    @Test
    void unknownSyllableHasNoPalladius() {
        assertThat(PalladiusTable.instance().palladius("xong")).isEmpty();
    }
}
