package org.triglot.compare;

import org.junit.jupiter.api.Test;
import org.triglot.lexicon.Lexicon;
import org.triglot.model.Lang;

import static org.assertj.core.api.Assertions.assertThat;

/** The stance lexicon and the speaker finder in the three languages. */
class ToneAndSpeakersTest {
    private static java.util.List<String> ids(String text, Lang lang) {
        return ToneLexicon.bundled().find(text, lang).stream().map(h -> h.concept().id()).toList();
    }

    @Test
    void theBundledLexiconHasAtLeastFortyConceptsInThreeLanguages() {
        ToneLexicon t = ToneLexicon.bundled();
        assertThat(t.concepts()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(t.concepts()).allSatisfy(c -> {
            assertThat(c.zh()).as(c.id()).isNotEmpty();
            assertThat(c.ru()).as(c.id()).isNotEmpty();
            assertThat(c.en()).as(c.id()).isNotEmpty();
            assertThat("+-0").contains(String.valueOf(c.polarity()));
        });
    }

    @Test
    void findsStanceWordsWithTheirEndings() {
        assertThat(ids("重申俄方願不設前提同烏方開展和平談判", Lang.ZH)).contains("no_preconditions", "peace_talks");
        assertThat(ids("Россия готова к переговорам без предварительных условий и решительно выступает против санкций", Lang.RU))
                .contains("no_preconditions", "firmly", "oppose", "sanctions");
        assertThat(ids("China firmly opposes the sanctions and supports talks without preconditions", Lang.EN))
                .contains("firmly", "oppose", "sanctions", "support", "no_preconditions");
        var hit = ToneLexicon.bundled().find("We welcomed it.", Lang.EN).get(0);
        assertThat(hit.surface()).isEqualTo("welcomed");
    }

    @Test
    void speakersInThreeLanguages() {
        Speakers s = new Speakers(Lexicon.shared().glossary());
        assertThat(s.speakers("王毅表示,中方支持俄方。", Lang.ZH)).containsExactly("Wang Yi");
        assertThat(s.speakers("拉夫羅夫說,俄方願意合作。", Lang.ZH)).containsExactly("Sergey Lavrov");
        assertThat(s.speakers("双方就国际问题交换了意见。", Lang.ZH)).containsExactly(Speakers.BOTH);
        assertThat(s.speakers("Лавров отметил, что отношения развиваются.", Lang.RU)).containsExactly("Sergey Lavrov");
        assertThat(s.speakers("Ван И заявил, что Китай готов.", Lang.RU)).containsExactly("Wang Yi");
        assertThat(s.speakers("Стороны обсудили ситуацию.", Lang.RU)).containsExactly(Speakers.BOTH);
        assertThat(s.speakers("Wang said China was ready.", Lang.EN)).containsExactly("Wang Yi");
        assertThat(s.speakers("Lavrov noted the progress.", Lang.EN)).containsExactly("Sergey Lavrov");
        assertThat(s.speakers("The parties praised the relations.", Lang.EN)).containsExactly(Speakers.BOTH);
        assertThat(s.speakers("Wang Yi met Lavrov in Rio.", Lang.EN)).isEmpty();
    }
}
