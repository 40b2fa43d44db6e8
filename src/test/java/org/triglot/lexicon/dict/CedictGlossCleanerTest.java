package org.triglot.lexicon.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triglot.nlp.Nlp;

import java.util.List;

class CedictGlossCleanerTest {
    private final EnglishGlossWords words = new EnglishGlossWords(Nlp.shared().englishStemmer());

    private static String stem(String w) {
        return Nlp.shared().englishStemmer().stem(w);
    }

    @Test
    void splitsDefinitionsOnSemicolonsAndSlashes() {
        assertThat(CedictGlossCleaner.glosses(List.of("to cooperate; to collaborate/to work together")))
                .containsExactly("to cooperate", "to collaborate", "to work together");
    }

    @Test
    void dropsClassifiersCrossReferencesSurnamesAndTaiwanGlosses() {
        List<String> glosses = CedictGlossCleaner.glosses(List.of(
                "talks", "CL:次[ci4]", "variant of 會談|会谈[hui4 tan2]", "old variant of 談|谈[tan2]",
                "see 談話|谈话[tan2 hua4]", "surname Tan", "abbr. for 談判|谈判[tan2 pan4]",
                "used in 談天|谈天[tan2 tian1]", "(Tw) to chat", "Taiwan pr. [tan4]", "discussions"));
        assertThat(glosses).containsExactly("talks", "discussions");
    }

    @Test
    void showsCrossReferencesInSimplifiedOnly() {
        assertThat(CedictGlossCleaner.glosses(List.of("the 4th of the 10 Heavenly Stems 天幹|天干[tian1 gan1]")))
                .containsExactly("the 4th of the 10 Heavenly Stems 天干[tian1 gan1]");
    }

    @Test
    void matchStemsLeaveOutParenthesesStopWordsAndChineseReferences() {
        assertThat(words.stems("to meet with (sb who is paying a visit)")).containsExactly(stem("meet"));
        assertThat(words.stems("BRICS (economic bloc)")).containsExactly(stem("BRICS"));
        assertThat(words.stems("the 4th of the Heavenly Stems 天干[tian1 gan1]"))
                .containsExactly(stem("4th"), stem("heavenly"), stem("stems"));
    }

    @Test
    void matchStemsOfAHyphenatedWordAreItsPartsAndTheWhole() {
        assertThat(words.stems("China-Russia relations"))
                .containsExactly(stem("china-russia"), stem("china"), stem("russia"), stem("relations"));
    }
}
