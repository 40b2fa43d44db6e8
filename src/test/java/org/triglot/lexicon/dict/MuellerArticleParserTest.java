package org.triglot.lexicon.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MuellerArticleParserTest {
    // Written for this test in the layout of the mueller7 articles, with every feature the parser must handle.
    private static final String ARTICLE = """
            summit
               [↗sʌmɪt]
               1. _n.
                  1) вершина, верх; _перен. зенит; summit talks переговоры на
                  высшем уровне
                  2) встреча или совещание глав правительств
                  3) _дип. (обыкн. _pl.) совещание, кого-л. встреча (на высшем уровне)
                  4) _attr. проходящий на высшем уровне
                  5) то; англ. слово
               2. _v.
                  1) усиливать(ся); укреплять(ся) {см. тж. summitry}
                  2) _ам. _разг. = meet; встречаться
                  3) брать что-л. с бою; take with
                     а) взять;
                     б) захватить
            """;

    @Test
    void takesTheOpeningTranslationsOfEachSenseInOrder() {
        assertThat(MuellerArticleParser.translations(ARTICLE))
                .containsExactly("вершина", "верх", "зенит", "совещание", "встреча", "усиливать", "укреплять",
                        "брать с бою");
    }

    @Test
    void stopsASenseAtItsFirstEnglishExample() {
        assertThat(MuellerArticleParser.translations(ARTICLE)).doesNotContain("переговоры на высшем уровне");
    }

    @Test
    void dropsCrossReferencesAndTheSensesAfterThem() {
        assertThat(MuellerArticleParser.translations(ARTICLE)).doesNotContain("встречаться");
    }

    @Test
    void dropsAttributiveSensesAndPhrasalSubEntries() {
        assertThat(MuellerArticleParser.translations(ARTICLE)).doesNotContain("проходящий на высшем уровне", "взять",
                "захватить");
    }

    @Test
    void dropsExplanationsAbbreviationsAndFunctionWords() {
        assertThat(MuellerArticleParser.translations(ARTICLE))
                .doesNotContain("встреча или совещание глав правительств", "то", "англ слово", "англ. слово");
    }

    @Test
    void readsATranscriptionOnTheSameLineAsASingleSense() {
        assertThat(MuellerArticleParser.translations("strengthen\n   [↗strɛŋθɜn] _v. усиливать(ся); укреплять(ся); крепить\n"))
                .containsExactly("усиливать", "укреплять", "крепить");
    }

    @Test
    void decodesDictdBase64Numbers() {
        assertThat(MuellerSource.decode("B")).isEqualTo(1);
        assertThat(MuellerSource.decode("BA")).isEqualTo(64);
        assertThat(MuellerSource.decode("jfVQ")).isEqualTo(((35L * 64 + 31) * 64 + 21) * 64 + 16);
    }
}
