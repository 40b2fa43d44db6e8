package org.triglot.lexicon.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triglot.nlp.Nlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks the bundled dictionaries in {@code resources/dict}. */
class DictionariesTest {
    private final Dictionaries dict = Dictionaries.shared();

    private static String stem(String w) {
        return Nlp.shared().englishStemmer().stem(w);
    }

    @Test
    void foreignMinisterInChineseHasTheStemOfMinister() {
        assertThat(dict.englishStemsOf("外长")).contains(stem("minister"));
    }

    @Test
    void bricsInChineseHasTheStemOfBrics() {
        assertThat(dict.englishStemsOf("金砖国家")).contains(stem("BRICS"));
    }

    @Test
    void traditionalInputGivesTheSimplifiedResult() {
        assertThat(dict.englishStemsOf("外長")).isNotEmpty().isEqualTo(dict.englishStemsOf("外长"));
    }

    @Test
    void ministerTranslatesToMinistr() {
        assertThat(dict.russianLemmasOf(stem("minister"))).contains("министр");
    }

    @Test
    void sotrudnichestvoGoesBackToCooperation() {
        assertThat(dict.englishStemsOfRussian("сотрудничество")).contains(stem("cooperation"));
    }

    @Test
    void hezuoPivotsToSotrudnichestvo() {
        assertThat(dict.russianLemmasOfChinese("合作")).contains("сотрудничество");
    }

    @Test
    void pivotsAreCappedAtTen() {
        assertThat(dict.russianLemmasOfChinese("打")).hasSizeLessThanOrEqualTo(Dictionaries.PIVOT_LIMIT);
        assertThat(dict.chineseWordsOfRussian("работа")).hasSize(Dictionaries.PIVOT_LIMIT);
    }

    @Test
    void sotrudnichestvoPivotsBackToHezuo() {
        assertThat(dict.chineseWordsOfRussian("сотрудничество")).contains("合作");
    }

    @Test
    void cooperationFindsHezuo() {
        assertThat(dict.chineseWordsOf(stem("cooperation"))).contains("合作");
    }

    @Test
    void lavrovIsAChineseWordInBothScripts() {
        assertThat(dict.isChineseWord("拉夫罗夫")).isTrue();
        assertThat(dict.isChineseWord("拉夫羅夫")).isTrue();
        assertThat(dict.isChineseWord("拉夫罗夫外")).isFalse();
        assertThat(dict.maxChineseWordLength()).isEqualTo(Dictionaries.MAX_SEGMENT_LENGTH);
    }

    @Test
    void lookupShowsReadableEntriesAndTranslations() {
        assertThat(dict.chineseEntries("外長")).singleElement().satisfies(e -> {
            assertThat(e.simplified()).isEqualTo("外长");
            assertThat(e.pinyin()).isEqualTo("wai4 zhang3");
            assertThat(e.glosses()).contains("foreign minister");
        });
        assertThat(dict.russianTranslations("talks")).contains("переговоры");
        assertThat(dict.russianTranslations("minister")).startsWith("министр");
    }

    @Test
    void bundledStemsAgreeWithTheCurrentStemmer() {
        // The bundle stores precomputed stems; if EnglishStemmer changes, this fails until DictionaryCompiler reruns.
        EnglishGlossWords words = new EnglishGlossWords(Nlp.shared().englishStemmer());
        for (String w : List.of("外长", "合作", "会谈", "支持", "访问", "战略", "伙伴关系", "一带一路", "中")) {
            Set<String> expected = new LinkedHashSet<>();
            dict.chineseEntries(w).forEach(e -> e.glosses().forEach(g -> expected.addAll(words.stems(g))));
            assertThat(dict.englishStemsOf(w)).as(w).isEqualTo(expected);
        }
    }

    @Test
    void bundledLemmasAgreeWithTheCurrentLemmatizer() {
        RussianPhraseWords words = new RussianPhraseWords(Nlp.shared().russianLemmatizer());
        for (String en : List.of("minister", "partnership", "strengthen", "negotiation")) {
            Set<String> expected = new LinkedHashSet<>();
            dict.russianTranslations(en).forEach(t -> expected.addAll(words.lemmas(t)));
            assertThat(dict.russianLemmasOf(stem(en))).as(en).containsAll(expected);
        }
    }
}
