package org.triglot.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextParagraphsTest {
    private static List<String> texts(String text, boolean md) {
        return PlainTextParagraphs.split(text, md).stream().map(p -> p.span().of(text)).toList();
    }

    @Test
    void blankLinesSeparateParagraphsAndInnerLineBreaksStay() {
        String text = "First line\nstill first.\n\n\nSecond paragraph.\n";
        assertThat(texts(text, false)).containsExactly("First line\nstill first.", "Second paragraph.");
    }

    @Test
    void withoutBlankLinesEveryLineIsAParagraph() {
        assertThat(texts("One.\nTwo.\n  \nThree.", false)).containsExactly("One.\nTwo.", "Three.");
        assertThat(texts("Alpha.\nBeta.\nGamma.", false)).containsExactly("Alpha.", "Beta.", "Gamma.");
    }

    @Test
    void crlfAndIdeographicIndentationAreNotPartOfTheSpan() {
        String text = "\u3000\u3000王毅表示，中俄要加强协调。\r\n\r\n拉夫罗夫说，俄方愿保持沟通。\r\n";
        List<RawParagraph> ps = PlainTextParagraphs.split(text, false);
        assertThat(ps).hasSize(2);
        assertThat(ps.get(0).span().of(text)).isEqualTo("王毅表示，中俄要加强协调。");
        assertThat(ps.get(1).span().of(text)).isEqualTo("拉夫罗夫说，俄方愿保持沟通。");
    }

    @Test
    void shortUnpunctuatedLineBeforeLongerParagraphIsAHeading() {
        String text = "中俄加强协调配合\n\n王毅说，最近国际形势又出现不少新变化，变化是这个时代的常态。\n\n结束。";
        List<RawParagraph> ps = PlainTextParagraphs.split(text, false);
        assertThat(ps).extracting(RawParagraph::heading).containsExactly(true, false, false);
    }

    @Test
    void sentenceLikeLineIsNotAHeading() {
        assertThat(PlainTextParagraphs.looksLikeHeading("The talks went well.", "A much longer paragraph follows here, with detail."))
                .isFalse();
        assertThat(PlainTextParagraphs.looksLikeHeading("Sergey Lavrov meets Wang Yi", "A much longer paragraph follows here, with detail."))
                .isTrue();
    }

    /** The same title in two languages is a heading in both, whatever quote it ends with. */
    @Test
    void aTitleEndingInAClosingQuoteIsAHeadingAndAQuotedSentenceIsNot() {
        String next = "有人提议应将 AM 的头衔改为MWP（威尔士议会议员)，这让有些 AM 惊愕不已，也有人觉得这很好笑。";
        assertThat(PlainTextParagraphs.looksLikeHeading("威尔士国民议会议员(AM)担心“看起来像笨蛋”", next)).isTrue();
        assertThat(PlainTextParagraphs.looksLikeHeading("Welsh AMs worried about 'looking like muppets'",
                "There is consternation among some AMs at a suggestion their title should change to MWPs.")).isTrue();
        assertThat(PlainTextParagraphs.looksLikeHeading("Лавров: «Мы договорились»", "Министр иностранных дел России заявил журналистам, что стороны договорились.")).isTrue();
        assertThat(PlainTextParagraphs.looksLikeHeading("他说：“我们同意。”", next)).isFalse();
        assertThat(PlainTextParagraphs.looksLikeHeading("He said: \"We agree.\"", "A much longer paragraph follows here, with detail.")).isFalse();
        assertThat(PlainTextParagraphs.looksLikeHeading("”", next)).isFalse();
    }

    @Test
    void markdownHeadingsAreTheirOwnParagraphsWithoutTheirMarkers() {
        String text = "# Встреча\n\nТекст абзаца.\n## Итоги\nДоговорились.";
        List<RawParagraph> ps = PlainTextParagraphs.split(text, true);
        assertThat(ps.stream().map(p -> p.span().of(text)).toList()).containsExactly("Встреча", "Текст абзаца.", "Итоги", "Договорились.");
        assertThat(ps).extracting(RawParagraph::heading).containsExactly(true, false, true, false);
    }

    @Test
    void blankTextHasNoParagraphs() {
        assertThat(PlainTextParagraphs.split(" \n\u3000\n\t", false)).isEmpty();
    }
}
