package org.triglot.lexicon.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PalladiusTransliteratorTest {

    private final PalladiusTransliterator tr = PalladiusTransliterator.instance();

    @ParameterizedTest
    @CsvSource({
            "Xi Jinping, Си Цзиньпин",
            "Wang Yi, Ван И",
            "Li Qiang, Ли Цян",
            "Han Zheng, Хань Чжэн",
            "Zhao Leji, Чжао Лэцзи",
            "Ding Xuexiang, Дин Сюэсян"})
    void convertsLeadersNamesToPalladiusAndBack(String pinyin, String palladius) {
        assertThat(tr.toPalladius(pinyin)).isEqualTo(palladius);
        assertThat(tr.toPinyin(palladius)).isEqualTo(pinyin);
    }

    @Test
    void convertsXiJinpingToPalladiusIgnoringToneMarksAndDigits() {
        assertThat(tr.toPalladius("Xí Jìnpíng")).isEqualTo("Си Цзиньпин");
        assertThat(tr.toPalladius("Xi2 Jin4ping2")).isEqualTo("Си Цзиньпин");
    }

    @Test
    void keepsCapitalisationPerWord() {
        assertThat(tr.toPalladius("xi jinping")).isEqualTo("си цзиньпин");
        assertThat(tr.toPalladius("XI Jinping")).isEqualTo("СИ Цзиньпин");
        assertThat(tr.toPinyin("СИ Цзиньпин")).isEqualTo("XI Jinping");
    }

    @Test
    void apostropheSplitsXiAnWhileBareXianIsOneSyllable() {
        assertThat(tr.toPalladius("Xi'an")).isEqualTo("Сиань");
        assertThat(tr.toPalladius("Xi’an")).isEqualTo("Сиань");
        assertThat(tr.toPalladius("Xian")).isEqualTo("Сянь");
        assertThat(tr.toPinyin("Сиань")).isEqualTo("Xi'an");
    }

    @Test
    void keepsSoftSignBeforeVowelAndSeparatesNgWithHardSign() {
        assertThat(tr.toPalladius("Jin'an")).isEqualTo("Цзиньань");
        assertThat(tr.toPalladius("Chang'e")).isEqualTo("Чанъэ");
        assertThat(tr.toPinyin("Чанъэ")).isEqualTo("Chang'e");
        assertThat(tr.toPinyin("Тяньаньмэнь")).isEqualTo("Tian'anmen");
    }

    @Test
    void readsUmlautAndVSpellingsOfLv() {
        assertThat(tr.toPalladius("Lü")).isEqualTo("Люй");
        assertThat(tr.toPalladius("Lv")).isEqualTo("Люй");
        assertThat(tr.toPalladius("nüe")).isEqualTo("нюэ");
        assertThat(tr.toPinyin("Люй")).isEqualTo("Lü");
    }

    @Test
    void prefersSyllableBreakBeforeConsonantInFangan() {
        assertThat(tr.pinyinSyllables("fangan")).containsExactly("fan", "gan");
    }

    @Test
    void readsPalladiusWithoutFinalSoftSignWhenNoExactReadingExists() {
        // "Хуэйминь" misspelt without its ь still reads as hui + min.
        assertThat(tr.palladiusSyllables("Хуэймин")).containsExactly("hui", "ming");
        assertThat(tr.palladiusSyllables("Цзяньхуан")).containsExactly("jian", "huang");
        assertThat(tr.palladiusSyllables("Цзянхуань")).containsExactly("jiang", "huan");
    }

    @Test
    void roundTripsEverySyllableOfTheTable() {
        for (String py : PalladiusTable.instance().pinyinToPalladius().keySet()) {
            String cyr = tr.toPalladius(py);
            assertThat(cyr).as(py).isNotEmpty();
            assertThat(tr.toPinyin(cyr)).as(py).isEqualTo(py);
        }
    }

    @Test
    void roundTripsEveryTwoSyllableWordStartingWithJin() {
        for (String py : PalladiusTable.instance().pinyinToPalladius().keySet()) {
            List<String> syllables = List.of("jin", py);
            String cyr = tr.joinPalladius(syllables);
            assertThat(tr.palladiusSyllables(cyr)).as(cyr).isEqualTo(syllables);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "123", "Xi Цзиньпин", "said", "习近平", "!!"})
    void givesEmptyResultForInputThatIsNotPinyin(String input) {
        assertThat(tr.toPalladius(input)).isEmpty();
        assertThat(tr.pinyinSyllables(input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "Си Jinping", "Лавров", "Xi"})
    void givesEmptyResultForInputThatIsNotPalladius(String input) {
        assertThat(tr.toPinyin(input)).isEmpty();
    }

    @Test
    void toleratesNull() {
        assertThat(tr.toPalladius(null)).isEmpty();
        assertThat(tr.toPinyin(null)).isEmpty();
    }
}
