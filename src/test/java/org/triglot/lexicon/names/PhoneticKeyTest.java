package org.triglot.lexicon.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneticKeyTest {

    @Test
    void givesLavrovTheSameKeyInLatinAndCyrillic() {
        assertThat(PhoneticKey.of("Lavrov")).isEqualTo(PhoneticKey.of("Лавров"));
    }

    @Test
    void readsTransliterationSyllablesWithWeakVowels() {
        // 夫 fu stands for a bare v, so its vowel is the weak ʊ; 斯 si for a bare s.
        assertThat(PhoneticKey.of("拉夫罗夫").sounds()).isEqualTo("LaFʊLoFʊ");
        assertThat(PhoneticKey.of("佩斯科夫").sounds()).isEqualTo("PeSəKəFʊ");
    }

    @Test
    void mergesVoicingAndLiquids() {
        assertThat(PhoneticKey.of("Bidel")).isEqualTo(PhoneticKey.of("Pitter"));
    }

    @Test
    void readsGermanSchAndTurkishSoftG() {
        assertThat(PhoneticKey.of("Scholz").sounds()).isEqualTo("SoLS");
        assertThat(PhoneticKey.of("Erdoğan").sounds()).isEqualTo("eLToaN");
    }

    @Test
    void scoresIdenticalKeysOneAndUnrelatedLow() {
        assertThat(PhoneticKey.of("Путин").similarity(PhoneticKey.of("Putin"))).isEqualTo(1.0);
        assertThat(PhoneticKey.of("Путин").similarity(PhoneticKey.of("Zakharova"))).isLessThan(0.5);
    }

    @Test
    void givesEmptyKeyForDigitsMixedScriptsAndNull() {
        assertThat(PhoneticKey.of("123").isEmpty()).isTrue();
        assertThat(PhoneticKey.of("Putin Путин").isEmpty()).isTrue();
        assertThat(PhoneticKey.of(null).isEmpty()).isTrue();
        assertThat(PhoneticKey.of("").similarity(PhoneticKey.of("Putin"))).isZero();
    }
}
