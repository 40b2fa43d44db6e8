package org.triglot.lexicon.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RussianNumberWordsTest {

    @ParameterizedTest
    @CsvSource({
            "один, 1", "одного, 1", "одному, 1", "два, 2", "двух, 2", "двум, 2", "три, 3", "трёх, 3", "трех, 3",
            "четыре, 4", "пяти, 5", "десять, 10", "семнадцати, 17", "двадцать, 20", "тридцати, 30",
            "сорока, 40", "пятьдесят, 50", "восьмидесяти, 80", "девяноста, 90", "сто, 100", "двести, 200",
            "двухсот, 200", "пятисот, 500", "девятьсот, 900", "Двух, 2"
    })
    void readsCardinalCaseForms(String word, long expected) {
        assertThat(RussianNumberWords.cardinal(word)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "'двести сорок пять', 245", "'три тысячи пятьсот', 3500", "'тысяча', 1000", "'двух тысяч', 2000",
            "'полтора миллиарда', 1500000000", "'сто пятнадцать', 115", "'двадцать один', 21"
    })
    void parsesCardinalPhrases(String phrase, String expected) {
        assertThat(RussianNumberWords.parse(List.of(phrase.split(" ")))).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"пять три", "двадцать пятнадцать", "тысяча миллион", "пятнадцать два"})
    void rejectsMalformedPhrases(String phrase) {
        assertThat(RussianNumberWords.parse(List.of(phrase.split(" ")))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "первый, 1", "второй, 2", "третьего, 3", "семнадцатый, 17", "семнадцатая, 17", "семнадцатой, 17",
            "восьмидесятой, 80", "сороковой, 40", "девяностого, 90", "сотый, 100", "Седьмом, 7"
    })
    void readsOrdinalForms(String word, long expected) {
        assertThat(RussianNumberWords.ordinal(word)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"пятница", "сторона", "встреча", "семью", "вторник"})
    void ordinaryWordsAreNotNumbers(String word) {
        assertThat(RussianNumberWords.ordinal(word)).isEmpty();
        assertThat(RussianNumberWords.cardinal(word)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"восьмидесяти, 80", "семидесятипяти, 75", "трех, 3", "трёх, 3", "двадцатипяти, 25"})
    void readsCombiningPrefixes(String prefix, long expected) {
        assertThat(RussianNumberWords.combiningPrefix(prefix)).hasValue(expected);
    }

    @Test
    void combiningPrefixMustConsumeTheWholeString() {
        assertThat(RussianNumberWords.combiningPrefix("много")).isEmpty();
        assertThat(RussianNumberWords.combiningPrefix("пятиx")).isEmpty();
    }

    @Test
    void flagsFormsOfOneAsPronounLike() {
        assertThat(RussianNumberWords.isFormOfOne("Одна")).isTrue();
        assertThat(RussianNumberWords.isFormOfOne("две")).isFalse();
    }
}
