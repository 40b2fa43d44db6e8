package org.triglot.edit;

import org.junit.jupiter.api.Test;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Paragraph;
import org.triglot.model.Sentence;
import org.triglot.model.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditTextTest {
    private static final int ZH = 0;
    private static final int RU = 1;
    private static final int EN = 2;

    private static Comparison checked(Edit e, Comparison c) {
        Comparison after = e.apply(c).after();
        assertThat(ComparisonCheck.problems(after)).isEmpty();
        return after;
    }

    @Test
    void aSentenceEditShiftsEveryLaterSpanByTheDifferenceInLength() {
        Comparison c = EditFixture.sentences();
        Document before = c.versions().get(RU);
        String old = before.sentences().get(1).text();                 // "Стороны обсудили украинский кризис."
        String fixed = "Стороны подробно обсудили ситуацию на Украине.";
        int delta = fixed.length() - old.length();
        EditResult r = EditText.sentence(RU, 1, fixed).apply(c);
        assertThat(ComparisonCheck.problems(r.after())).isEmpty();
        Document after = r.after().versions().get(RU);
        assertThat(after.text()).isEqualTo(before.text().replace(old, fixed));
        assertThat(after.sentences().get(1).text()).isEqualTo(fixed);
        assertThat(after.sentences().get(1).span()).isEqualTo(new Span(before.sentences().get(1).span().start(),
                before.sentences().get(1).span().start() + fixed.length()));
        assertThat(after.sentences().get(0)).isEqualTo(before.sentences().get(0));
        for (int s = 2; s < before.sentences().size(); s++) {
            assertThat(after.sentences().get(s).span()).isEqualTo(before.sentences().get(s).span().shift(delta));
            assertThat(after.sentences().get(s).text()).isEqualTo(before.sentences().get(s).text());
        }
        assertThat(after.paragraphs().get(0).span().end()).isEqualTo(before.paragraphs().get(0).span().end() + delta);
        assertThat(after.paragraphs().get(2).span()).isEqualTo(before.paragraphs().get(2).span().shift(delta));
        // Other versions are the same objects.
        assertThat(r.after().versions().get(ZH)).isSameAs(c.versions().get(ZH));
        assertThat(r.after().rows()).isEqualTo(c.rows());
        assertThat(r.firstRow()).isEqualTo(1);
        assertThat(r.lastRow()).isEqualTo(1);
    }

    @Test
    void flagsOnLaterTextMoveWithItAndFlagsOfTheEditedRowGo() {
        Comparison c = EditFixture.sentences();
        String fixed = "Стороны подробно обсудили ситуацию на Украине.";
        int delta = fixed.length() - c.versions().get(RU).sentences().get(1).text().length();
        Comparison after = checked(EditText.sentence(RU, 1, fixed), c);
        assertThat(after.flags()).extracting(Flag::row).containsExactly(2, 3);
        Flag rowTwo = after.flags().get(0);                 // Russian is its side B
        assertThat(rowTwo.spansB()).containsExactly(c.flags().get(1).spansB().get(0).shift(delta));
        assertThat(rowTwo.spansB().get(0).of(after.versions().get(RU).text())).isEqualTo("Россия готова");
        assertThat(rowTwo.spansA()).isEqualTo(c.flags().get(1).spansA());
        Flag rowThree = after.flags().get(1);               // Russian is its side A
        assertThat(rowThree.spansA().get(0).of(after.versions().get(RU).text())).isEqualTo("дружеской атмосфере");
        assertThat(rowThree.spansB()).isEqualTo(c.flags().get(2).spansB());
        assertThat(after.reviewed()).containsExactly(true, false, true, false);
        assertThat(after.rows().get(1).confidence()).isEqualTo(c.rows().get(1).confidence());
    }

    @Test
    void aFlagOfAnotherRowThatPointsIntoTheReplacedTextGoes() {
        Comparison c = EditFixture.sentences();
        Flag elsewhere = EditFixture.flag(0, 0, EditFixture.ZH, "王毅", 1, EditFixture.RU, "украинский");
        Comparison withFlag = new Comparison(c.versions(), c.labels(), c.units(), c.rows(),
                List.of(elsewhere, c.flags().get(2)), c.reviewed());
        Comparison after = checked(EditText.sentence(RU, 1, "Стороны обсудили кризис."), withFlag);
        assertThat(after.flags()).extracting(Flag::row).containsExactly(3);
        assertThat(after.reviewed().get(0)).isTrue();
    }

    @Test
    void aParagraphEditMayChangeTheSentenceCountAndRenumbersLaterSentences() {
        Comparison c = EditFixture.paragraphs();
        Document before = c.versions().get(EN);
        String text = "The talks were friendly. Both sides agreed to stay in close touch. They will meet again in Beijing.";
        List<String> sentences = List.of("The talks were friendly.", "Both sides agreed to stay in close touch.",
                "They will meet again in Beijing.");
        Comparison after = checked(new EditText(EN, 1, text, sentences), c);
        Document en = after.versions().get(EN);
        assertThat(en.paragraphs().get(1).text()).isEqualTo(text);
        assertThat(en.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(en.sentences()).extracting(Sentence::text).endsWith("They will meet again in Beijing.");
        assertThat(en.paragraphs().get(0)).isEqualTo(before.paragraphs().get(0));
        // Fewer sentences in the first Russian paragraph: the later paragraphs' sentences are renumbered and shifted.
        Document ru = c.versions().get(RU);
        String shorter = "Ван И и Сергей Лавров провели переговоры.";
        Comparison fewer = checked(new EditText(RU, 0, shorter, List.of(shorter)), c);
        Document ru2 = fewer.versions().get(RU);
        int delta = shorter.length() - ru.paragraphs().get(0).span().length();
        assertThat(ru2.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(ru2.paragraphs().get(2).span()).isEqualTo(ru.paragraphs().get(2).span().shift(delta));
        assertThat(ru2.paragraphs().get(2).sentences().get(0).index()).isEqualTo(2);
        assertThat(ru2.paragraphs()).extracting(Paragraph::index).containsExactly(0, 1, 2);
        assertThat(fewer.flags()).extracting(Flag::row).containsExactly(1, 2);
        assertThat(fewer.flags().get(1).spansA().get(0).of(ru2.text())).isEqualTo("Беседа");
    }

    @Test
    void aChineseEditWithEmojiCountsUtf16Units() {
        Comparison c = EditFixture.sentences();
        String fixed = "中方愿同俄方加强全面战略协作🇨🇳🇷🇺。";
        Comparison after = checked(EditText.sentence(ZH, 2, fixed), c);
        Document zh = after.versions().get(ZH);
        assertThat(zh.sentences().get(2).span().of(zh.text())).isEqualTo(fixed);
        assertThat(zh.sentences().get(3).span().of(zh.text())).isEqualTo("会谈在友好气氛中进行。");
        assertThat(after.flags()).extracting(Flag::row).containsExactly(1, 3);
    }

    @Test
    void editsThatCannotBeMadeAreRefusedWithASentence() {
        Comparison s = EditFixture.sentences();
        Comparison p = EditFixture.paragraphs();
        assertThatThrownBy(() -> new EditText(RU, 1, "Первое. Второе.", List.of("Первое.", "Второе.")).apply(s))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("In a sentence comparison the new text must stay one sentence, but it holds 2; change it in a paragraph comparison instead.");
        assertThatThrownBy(() -> EditText.sentence(RU, 9, "Текст.").apply(s)).hasMessage("Russian MID has no sentence 10; it has 5.");
        assertThatThrownBy(() -> EditText.sentence(RU, 1, "   ")).hasMessageContaining("The new text is empty");
        String same = s.versions().get(RU).sentences().get(1).text();
        assertThatThrownBy(() -> EditText.sentence(RU, 1, same).apply(s)).hasMessage("The text of sentence 2 of Russian MID is unchanged.");
        assertThatThrownBy(() -> new EditText(EN, 0, "One. Two.", List.of("Two.", "One.")).apply(p))
                .hasMessage("Sentence 2 of the new text of paragraph 1 of English is not a piece of that text after the sentence before it.");
        assertThatThrownBy(() -> new EditText(EN, 0, "One. Two.", List.of()).apply(p))
                .hasMessage("The new text of paragraph 1 needs its sentences; none were given.");
    }
}
