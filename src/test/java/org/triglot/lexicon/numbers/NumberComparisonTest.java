package org.triglot.lexicon.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triglot.lexicon.numbers.Mentions.only;

import org.junit.jupiter.api.Test;

class NumberComparisonTest {

    @Test
    void sameKeyAcrossLanguagesIsAFullMatch() {
        NumberMention zh = only("八十周年", "zh");
        NumberMention en = only("80th anniversary", "en");
        assertThat(NumberExtractor.sameNumber(zh, en)).isTrue();
        assertThat(NumberExtractor.compatibility(zh, en)).isEqualTo(1.0);
    }

    @Test
    void bareNumberAgainstAnniversaryIsAWeakMatch() {
        NumberMention cardinal = only("八十", "zh");
        NumberMention anniversary = only("80-летие", "ru");
        double score = NumberExtractor.compatibility(cardinal, anniversary);
        assertThat(score).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(NumberExtractor.sameNumber(cardinal, anniversary)).isTrue();
    }

    @Test
    void countAgainstCardinalIsAStrongMatch() {
        assertThat(NumberExtractor.compatibility(only("两国", "zh"), only("two", "en"))).isGreaterThan(0.8);
    }

    @Test
    void differentValuesDoNotMatch() {
        NumberMention a = only("80th anniversary", "en");
        NumberMention b = only("75-летие", "ru");
        assertThat(NumberExtractor.sameNumber(a, b)).isFalse();
        assertThat(NumberExtractor.compatibility(a, b)).isZero();
    }

    @Test
    void sameValueInAnotherCurrencyIsNotTheSameAmount() {
        assertThat(NumberExtractor.sameNumber(only("100亿美元", "zh"), only("10 billion yuan", "en"))).isFalse();
    }

    @Test
    void dateWithoutYearMatchesTheFullDate() {
        NumberMention full = only("9 мая 2025 года", "ru");
        NumberMention partial = only("May 9", "en");
        assertThat(NumberExtractor.sameNumber(full, partial)).isTrue();
        assertThat(NumberExtractor.compatibility(full, partial)).isLessThan(1.0);
        assertThat(NumberExtractor.sameNumber(full, only("May 10", "en"))).isFalse();
    }

    @Test
    void rejectsUnknownLanguage() {
        assertThatThrownBy(() -> NumberExtractor.extract("42", "de")).isInstanceOf(IllegalArgumentException.class);
    }
}
