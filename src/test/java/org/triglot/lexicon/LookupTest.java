package org.triglot.lexicon;

import org.junit.jupiter.api.Test;
import org.triglot.lexicon.LookupResult.Sense;
import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.model.Lang;
import org.triglot.model.Script;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lookups against the real bundled lexicon (glossary, CC-CEDICT, Mueller). */
class LookupTest {
    private static final Lookup LOOKUP = new Lookup(Lexicon.shared());

    @Test
    void chineseOrganisationFindsItsRussianAndEnglishNames() {
        LookupResult r = LOOKUP.lookup("金砖国家");
        assertThat(r.lang()).isEqualTo(Lang.ZH);
        assertThat(r.glossary()).extracting(GlossaryEntry::en).contains("BRICS");
        assertThat(r.glossary()).extracting(GlossaryEntry::ru).contains("БРИКС");
    }

    @Test
    void inflectedRussianSurnameFindsThePersonByLemma() {
        LookupResult r = LOOKUP.lookup("Лаврову");
        assertThat(r.lang()).isEqualTo(Lang.RU);
        assertThat(r.normalForm()).isEqualTo("лавров");
        assertThat(r.glossary()).anySatisfy(e -> {
            assertThat(e.en()).contains("Lavrov");
            assertThat(e.zh()).isEqualTo("拉夫罗夫");
        });
    }

    @Test
    void personsNameIsNotLookedUpAsCommonWords() {
        // лавров is also the genitive plural of лавр (laurel); the glossary says it is a person here.
        assertThat(LOOKUP.lookup("Лаврову").senses()).isEmpty();
    }

    @Test
    void chineseAnniversaryGivesTheNumberKeyAndTheAnniversarySense() {
        LookupResult r = LOOKUP.lookup("八十周年");
        assertThat(r.numbers()).anySatisfy(n -> {
            assertThat(n.key()).isEqualTo("anniv:80");
            assertThat(n.kind()).isEqualTo("anniversary");
        });
        assertThat(r.senses()).anySatisfy(s -> {
            assertThat(s.source()).isEqualTo("CC-CEDICT");
            assertThat(s.words()).contains("anniversary");
        });
    }

    @Test
    void traditionalChineseNameIsReadInPinyinAndPalladius() {
        LookupResult r = LOOKUP.lookup("習近平");
        assertThat(r.script()).isEqualTo(Script.HANT);
        assertThat(r.normalForm()).isEqualTo("习近平");
        assertThat(r.glossary()).extracting(GlossaryEntry::en).contains("Xi Jinping");
        assertThat(r.names()).anySatisfy(n -> {
            assertThat(n.pinyin()).isEqualTo("Xi Jinping");
            assertThat(n.palladius()).isEqualTo("Си Цзиньпин");
        });
    }

    @Test
    void properNounIsNotPivotedIntoRussianWordByWord() {
        assertThat(LOOKUP.lookup("习近平").senses()).extracting(Sense::target).doesNotContain(Lang.RU);
    }

    @Test
    void englishPhraseGivesChineseAndRussianEquivalents() {
        LookupResult r = LOOKUP.lookup("foreign minister");
        List<String> chinese = new ArrayList<>();
        List<String> russian = new ArrayList<>();
        for (GlossaryEntry e : r.glossary()) {
            chinese.addAll(e.forms(Lang.ZH));
            russian.addAll(e.forms(Lang.RU));
        }
        r.senses().stream().filter(s -> s.target() == Lang.ZH).forEach(s -> chinese.addAll(s.words()));
        assertThat(chinese).anySatisfy(w -> assertThat(w).containsAnyOf("外长", "外交部长"));
        assertThat(russian).contains("министр иностранных дел");
        // The dictionary, too, finds the phrase as a whole: a Chinese word glossed "foreign minister".
        assertThat(r.senses()).anySatisfy(s -> assertThat(s.words()).anySatisfy(w -> assertThat(w).startsWith("外长")));
    }

    @Test
    void russianWordShowsEnglishHeadwordsNotStems() {
        LookupResult r = LOOKUP.lookup("переговоры");
        Sense english = r.senses().stream().filter(s -> s.target() == Lang.EN).findFirst().orElseThrow();
        assertThat(english.words()).contains("talk");
        assertThat(english.words()).noneMatch(w -> w.equals("negoti"));
    }

    @Test
    void cyrillicChineseNameIsReadBackAsPinyin() {
        assertThat(LOOKUP.lookup("Си Цзиньпин").names()).extracting(LookupResult.NameReading::pinyin).contains("Xi Jinping");
    }

    @Test
    void unknownWordYieldsAnEmptyResult() {
        LookupResult r = LOOKUP.lookup("xyzzyq");
        assertThat(r.isEmpty()).isTrue();
        assertThat(r.lang()).isEqualTo(Lang.EN);
    }

    @Test
    void blankTermIsRejected() {
        assertThatThrownBy(() -> LOOKUP.lookup("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languageIsChosenByScript() {
        assertThat(Lookup.langOf("ШОС")).isEqualTo(Lang.RU);
        assertThat(Lookup.langOf("SCO 上合")).isEqualTo(Lang.ZH);
        assertThat(Lookup.langOf("talks")).isEqualTo(Lang.EN);
    }
}
