package org.triglot.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.lexicon.Lexicon;
import org.triglot.lexicon.glossary.Glossary;
import org.triglot.model.Lang;
import org.triglot.model.Reason;
import org.triglot.nlp.Nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers in reasons are named in the reason's language: the glossary's form of the person in that language, else
 * the English, else what the text itself says.
 */
class SpeakerNamesTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale RU = Locale.forLanguageTag("ru");

    /** Speakers from a user glossary of these rows (zh, ru, en, category, variants) alone. */
    private static Speakers speakersOf(Path dir, String rows) throws Exception {
        Path file = dir.resolve("people.tsv");
        Files.writeString(file, "zh\tru\ten\tcategory\tvariants\n" + rows, StandardCharsets.UTF_8);
        Glossary g = Glossary.empty(Nlp.shared());
        g.load(file);
        return new Speakers(g);
    }

    private static String said(Speakers s, String text, Lang lang, Locale l) {
        return ReasonText.render(Speakers.describe(s.mentions(text, lang)), l).orElseThrow();
    }

    @Test
    void aRussianReasonSaysВанИAndAChineseOne王毅WhateverLanguageTheTextNamedHimIn() {
        Speakers s = new Speakers(Lexicon.shared().glossary());
        for (String[] t : new String[][]{{"Wang said China was ready.", "en"}, {"王毅表示,中方支持俄方。", "zh"}, {"Ван И заявил, что Китай готов.", "ru"}}) {
            Lang lang = Lang.fromCode(t[1]);
            assertThat(said(s, t[0], lang, Locale.ENGLISH)).isEqualTo("Wang Yi");
            assertThat(said(s, t[0], lang, RU)).isEqualTo("Ван И");
            assertThat(said(s, t[0], lang, ZH)).isEqualTo("王毅");
        }
        assertThat(said(s, "Lavrov noted the progress.", Lang.EN, ZH)).isEqualTo("拉夫罗夫");
        assertThat(said(s, "Lavrov noted the progress.", Lang.EN, RU)).isEqualTo("Сергей Лавров");
    }

    @Test
    void twoSpeakersAndBothSidesAreJoinedInTheReasonsLanguage() {
        Speakers s = new Speakers(Lexicon.shared().glossary());
        List<Speakers.Mention> two = s.mentions("Wang Yi said China was ready. Lavrov noted the progress.", Lang.EN);
        assertThat(ReasonText.render(Speakers.describe(two), Locale.ENGLISH)).contains("Wang Yi and Sergey Lavrov");
        assertThat(ReasonText.render(Speakers.describe(two), RU)).contains("Ван И и Сергей Лавров");
        assertThat(ReasonText.render(Speakers.describe(two), ZH)).contains("王毅和拉夫罗夫");
        assertThat(ReasonText.render(Speakers.describe(s.mentions("双方就国际问题交换了意见。", Lang.ZH)), RU)).contains("обе стороны");
        assertThat(Speakers.describe(List.of())).isEqualTo(Reason.of("speakers.none"));
    }

    @Test
    void aPersonTheGlossaryKnowsOnlyInTheTextsScriptIsNamedAsTheTextNamesThem(@TempDir Path dir) throws Exception {
        Speakers s = speakersOf(dir, "张晓明\t\t\tperson\t\n李四\t\tLi Si\tperson\tЛи Сы\n");
        // Known only in Chinese: every language shows the Chinese text's name, never an empty one.
        List<Speakers.Mention> zhOnly = s.mentions("张晓明表示，双方应加强合作。", Lang.ZH);
        assertThat(zhOnly.get(0).speaker()).isEqualTo("张晓明");
        for (Locale l : List.of(Locale.ENGLISH, ZH, RU)) {
            assertThat(ReasonText.render(Speakers.describe(zhOnly.subList(0, 1)), l)).contains("张晓明");
        }
        // No Russian form: the Russian text's own words in Russian, the glossary's forms elsewhere.
        List<Speakers.Mention> fromRu = s.mentions("Ли Сы заявил, что готов.", Lang.RU);
        assertThat(fromRu).hasSize(1);
        assertThat(said(s, "Ли Сы заявил, что готов.", Lang.RU, RU)).isEqualTo("Ли Сы");
        assertThat(said(s, "Ли Сы заявил, что готов.", Lang.RU, ZH)).isEqualTo("李四");
        assertThat(said(s, "Ли Сы заявил, что готов.", Lang.RU, Locale.ENGLISH)).isEqualTo("Li Si");
        // Seen in a Chinese text instead, the Russian has no words of its own to show and falls back to the English.
        assertThat(said(s, "李四表示，中方支持。", Lang.ZH, RU)).isEqualTo("Li Si");
    }

    @Test
    void thePersonKnownOnlyInChineseIsOneSpeakerOnBothSidesOfARow(@TempDir Path dir) throws Exception {
        Speakers s = speakersOf(dir, "张晓明\tЧжан Сяомин\t\tperson\t\n");
        Speakers.Mention zh = s.mentions("张晓明表示，双方应加强合作。", Lang.ZH).get(0);
        Speakers.Mention ru = s.mentions("Чжан Сяомин заявил, что стороны должны сотрудничать.", Lang.RU).get(0);
        assertThat(zh.speaker()).isEqualTo("张晓明");
        assertThat(ru.speaker()).isEqualTo("Чжан Сяомин");
        assertThat(zh.identity()).isEqualTo(ru.identity());
    }
}
