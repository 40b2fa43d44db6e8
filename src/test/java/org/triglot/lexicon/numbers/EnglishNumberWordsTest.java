package org.triglot.lexicon.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishNumberWordsTest {

    @ParameterizedTest
    @CsvSource({
            "one, 1", "twelve, 12", "twenty, 20", "twenty-five, 25", "ninety nine, 99", "a hundred, 100",
            "two hundred and five, 205", "one thousand two hundred, 1200", "three billion, 3000000000",
            "nineteen hundred, 1900", "'two million, five hundred thousand', 2500000"
    })
    void parsesCardinalPhrases(String phrase, String expected) {
        assertThat(EnglishNumberWords.parse(phrase.replace(",", ""))).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"five three", "twenty thirty", "and", "a", "thousand million", "hundred", "one and"})
    void rejectsMalformedPhrases(String phrase) {
        assertThat(EnglishNumberWords.parse(phrase)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"first, 1", "seventeenth, 17", "eightieth, 80", "seventy-fifth, 75", "twelfth, 12", "hundredth, 100"})
    void readsOrdinalWords(String word, long expected) {
        assertThat(EnglishNumberWords.ordinal(word)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({"thousand, 1000", "million, 1000000", "bn, 1000000000", "trillion, 1000000000000"})
    void knowsScaleWords(String word, long expected) {
        assertThat(EnglishNumberWords.scale(word)).hasValue(expected);
    }
}
