package org.triglot.align;

import org.junit.jupiter.api.Test;
import org.triglot.lexicon.Unit;
import org.triglot.model.Bead;
import org.triglot.model.Lang;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PunctuationTest {
    @Test
    void questionsAndExclamationsAreCountedAsRunsInEveryScript() {
        assertThat(Punctuation.questions("韦小宝道：“我叫小桂子，你呢？”")).isEqualTo(1);
        assertThat(Punctuation.questions("'Surrender?' 'Never!'")).isEqualTo(1);
        assertThat(Punctuation.exclamations("'Surrender?' 'Never!'")).isEqualTo(1);
        assertThat(Punctuation.questions("What?! Really??")).isEqualTo(2);
        assertThat(Punctuation.exclamations("What?! Really??")).isZero();
        assertThat(Punctuation.exclamations("Вы серьёзно! Да!")).isEqualTo(2);
        assertThat(Punctuation.questions("双方就乌克兰危机交换了看法。")).isZero();
    }

    @Test
    void speechIsAQuotationMarkOrADialogueDashButNotAnApostrophe() {
        assertThat(Punctuation.speech("那男孩道：“好，你上来！”")).isTrue();
        assertThat(Punctuation.speech("'Very well!' he replied.")).isTrue();
        assertThat(Punctuation.speech("Он сказал: «Хорошо»")).isTrue();
        assertThat(Punctuation.speech("— Хорошо, — ответил он.")).isTrue();
        assertThat(Punctuation.speech("This isn't like home.")).isFalse();
        assertThat(Punctuation.speech("It was the boys' room at one o'clock.")).isFalse();
        assertThat(Punctuation.speech("Lavrov’s visit was long.")).isFalse();
    }

    @Test
    void quoteBalanceSaysWhetherAQuotationGoesOnIntoTheNextUnit() {
        assertThat(Punctuation.quoteBalance("刘老老迎上来笑问道：“好啊?")).isEqualTo(1);
        assertThat(Punctuation.quoteBalance("周嫂子。”")).isEqualTo(-1);
        assertThat(Punctuation.quoteBalance("那孩子道：“这个容易，你跟了我来。”")).isZero();
        assertThat(Punctuation.quoteBalance("'It's easy,' said Gou-er, 'but what do you expect me to do?")).isEqualTo(1);
        assertThat(Punctuation.quoteBalance("Go out and rob?'")).isEqualTo(-1);
        assertThat(Punctuation.quoteBalance("“Yes,” she said.")).isZero();
        assertThat(Punctuation.quoteBalance("Он ответил: „Да“.")).isZero();
        assertThat(Punctuation.quoteBalance("He said, \"Come in.")).isEqualTo(1);
        assertThat(Punctuation.quoteBalance("They won’t come.")).isZero();
    }

    /**
     * Units without any dictionary words, whose lengths fit both readings equally well: only punctuation can tell
     * that the question 你呢？ goes with "And yours?" and the quotation left open by 好啊? ends with 周嫂子。”.
     */
    @Test
    void whenWordsAndLengthsCannotDecidePunctuationPlacesTheQuestionAndTheQuotation() {
        List<Unit> zh = units(Lang.ZH, new int[]{10, 10, 10, 10, 10},
                "韦小宝道：“我叫小桂子，你呢？”", "那男孩点头。", "刘老老笑问道：“好啊?", "周嫂子。”", "周瑞家的认了半日。");
        List<Unit> en = units(Lang.EN, new int[]{12, 12, 12, 15, 15},
                "'Laurel,' replied Trinket.", "'And yours?'", "The boy nodded.",
                "'How are you, my dear?' said Grannie Liu.", "Zhou Rui's wife looked at her for some time.");
        List<Bead> with = new BandedAligner(AlignParams.SENTENCES).align(zh, en);
        assertThat(with).extracting(b -> b.a() + ":" + b.b())
                .containsExactly("[0]:[0, 1]", "[1]:[2]", "[2, 3]:[3]", "[4]:[4]");
        List<Bead> without = new BandedAligner(AlignParams.SENTENCES.withPunctuation(0)).align(zh, en);
        assertThat(without).extracting(b -> b.a() + ":" + b.b()).isNotEqualTo(with.stream().map(b -> b.a() + ":" + b.b()).toList());
    }

    private static List<Unit> units(Lang lang, int[] lengths, String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> new Unit(i, texts[i], lang, List.of(), new int[0], lengths[i])).toList();
    }
}
