package org.triglot.nlp;

import org.junit.jupiter.api.Test;
import org.triglot.model.Lang;
import org.triglot.model.Script;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {
    private final Nlp nlp = Nlp.shared();

    @Test
    void tellsTheThreeLanguagesAndBothChineseScripts() {
        assertThat(nlp.identify("王毅表示，中俄要加强在金砖框架内的协调配合。")).extracting(LanguageGuess::lang, LanguageGuess::script)
                .containsExactly(Lang.ZH, Script.HANS);
        assertThat(nlp.identify("王毅表示，中俄要加強在金磚框架內的協調配合。")).extracting(LanguageGuess::lang, LanguageGuess::script)
                .containsExactly(Lang.ZH, Script.HANT);
        assertThat(nlp.identify("Министры обсудили подготовку визита в Москву.").lang()).isEqualTo(Lang.RU);
        assertThat(nlp.identify("The ministers discussed preparations for the visit.").lang()).isEqualTo(Lang.EN);
    }

    @Test
    void englishSentenceQuotingChineseStaysEnglish() {
        LanguageGuess g = nlp.identify("The readout calls it the 新时代全面战略协作伙伴关系, a comprehensive strategic partnership of coordination.");
        assertThat(g.lang()).isEqualTo(Lang.EN);
    }

    @Test
    void otherLanguagesAreNamedNotGuessedAsOurs() {
        LanguageGuess fr = nlp.identify("Les deux ministres ont discuté de la coopération au sein des BRICS et de la situation internationale.");
        assertThat(fr.lang()).isEqualTo(Lang.OTHER);
        assertThat(fr.detail()).isEqualTo("French");
        LanguageGuess ja = nlp.identify("王毅外相は、ラブロフ外相と会談した。両氏は協力について話し合った。");
        assertThat(ja.lang()).isEqualTo(Lang.OTHER);
        assertThat(ja.detail()).isEqualTo("Japanese");
        assertThat(nlp.identify("Міністри обговорили співпрацю в рамках БРІКС і міжнародну ситуацію.").lang()).isEqualTo(Lang.OTHER);
    }

    @Test
    void textWithoutLettersIsOther() {
        assertThat(nlp.identify("2025 — 12:30 !!!").lang()).isEqualTo(Lang.OTHER);
    }

    @Test
    void traditionalToSimplifiedKeepsLength() {
        String hant = "拉夫羅夫表示，俄中保持密切互動十分必要。";
        String hans = ChineseScript.toSimplified(hant);
        assertThat(hans).isEqualTo("拉夫罗夫表示，俄中保持密切互动十分必要。");
        assertThat(hans).hasSameSizeAs(hant);
    }
}
