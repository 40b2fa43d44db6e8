package org.triglot.nlp;

import org.junit.jupiter.api.Test;
import org.triglot.model.Lang;
import org.triglot.model.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {
    private static List<String> split(String text, Lang lang) {
        return Nlp.shared().splitSentences(text, lang).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void englishKeepsTitlesMonthsInitialsAndUsTogether() {
        assertThat(split("Mr. Wang met Sergey Lavrov on Jan. 28 in Rio. U.S. President Donald Trump was not mentioned. "
                + "John F. Kennedy was.", Lang.EN))
                .containsExactly("Mr. Wang met Sergey Lavrov on Jan. 28 in Rio.", "U.S. President Donald Trump was not mentioned.",
                        "John F. Kennedy was.");
    }

    @Test
    void englishSplitsAfterClosingQuote() {
        assertThat(split("\"We meet regularly.\" The minister smiled.", Lang.EN))
                .containsExactly("\"We meet regularly.\"", "The minister smiled.");
    }

    @Test
    void russianKeepsInitialsAndAbbreviations() {
        assertThat(split("С.В.Лавров встретился с Ван И, т.е. с министром КНР. Встреча прошла в г. Рио-де-Жанейро. "
                + "Музей им. Пушкина не упоминался! Стороны — довольны.", Lang.RU))
                .containsExactly("С.В.Лавров встретился с Ван И, т.е. с министром КНР.", "Встреча прошла в г. Рио-де-Жанейро.",
                        "Музей им. Пушкина не упоминался!", "Стороны — довольны.");
        assertThat(split("Министр С. В. Лавров прибыл. Он выступил.", Lang.RU))
                .containsExactly("Министр С. В. Лавров прибыл.", "Он выступил.");
    }

    @Test
    void russianDialogueDashBeforeLowercaseIsNotABoundary() {
        assertThat(split("«Мы встречаемся регулярно!» — сказал министр. Потом он ушёл.", Lang.RU))
                .containsExactly("«Мы встречаемся регулярно!» — сказал министр.", "Потом он ушёл.");
    }

    @Test
    void chineseSplitsOnFullStopsAndKeepsClosingQuotes() {
        assertThat(split("王毅说：“变化是常态。”双方同意加强合作！会谈持续了多久？不知道……好吧。", Lang.ZH))
                .containsExactly("王毅说：“变化是常态。”", "双方同意加强合作！", "会谈持续了多久？", "不知道……", "好吧。");
    }

    @Test
    void chineseMismatchedQuoteMarksDoNotSwallowTheParagraph() {
        assertThat(split("他说“我被咬了！“他的锁骨被撕开。医生到了。", Lang.ZH))
                .containsExactly("他说“我被咬了！“", "他的锁骨被撕开。", "医生到了。");
    }

    @Test
    void spansExcludeSurroundingWhitespace() {
        String text = "  First sentence here.   Second one.  ";
        List<Span> spans = Nlp.shared().splitSentences(text, Lang.EN);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).of(text)).isEqualTo("First sentence here.");
        assertThat(spans.get(1).of(text)).isEqualTo("Second one.");
    }
}
