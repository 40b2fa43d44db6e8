package org.triglot.edit;

import org.junit.jupiter.api.Test;
import org.triglot.model.Comparison;
import org.triglot.model.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triglot.edit.EditFixture.column;

class SplitAtSentenceTest {
    private static final int ZH = 0;
    private static final int RU = 1;
    private static final int EN = 2;

    @Test
    void aSentenceInsideAParagraphCutsTheParagraphAndSendsTheRestToANewRow() {
        Comparison c = EditFixture.paragraphs();
        EditResult r = new SplitAtSentence(0, RU, 1).apply(c);
        assertThat(ComparisonCheck.problems(r.after())).isEmpty();
        Document ru = r.after().versions().get(RU);
        assertThat(ru.paragraphs()).hasSize(4);
        assertThat(ru.paragraphs().get(0).text()).isEqualTo("Ван И провёл переговоры с Сергеем Лавровым.");
        assertThat(ru.paragraphs().get(1).text()).startsWith("Стороны обсудили украинский кризис.");
        assertThat(ru.text()).isEqualTo(c.versions().get(RU).text());
        assertThat(column(r.after(), RU).get(0)).isEqualTo("[0]");
        assertThat(column(r.after(), RU).get(1)).isEqualTo("[1]");
        assertThat(column(r.after(), ZH).get(0)).isEqualTo(column(c, ZH).get(0));
        assertThat(r.after().rows()).hasSize(c.rows().size() + 1);
    }

    @Test
    void theFirstSentenceOfAParagraphSplitsTheRowBeforeThatParagraph() {
        Comparison once = new MergeRows(0).apply(EditFixture.paragraphs()).after();
        Comparison c = new MergeRows(0).apply(once).after();
        int firstOfSecond = c.versions().get(EN).paragraphs().get(1).sentences().get(0).index();
        EditResult r = new SplitAtSentence(0, EN, firstOfSecond).apply(c);
        assertThat(ComparisonCheck.problems(r.after())).isEmpty();
        assertThat(r.after().versions().get(EN).paragraphs()).hasSize(2);
        assertThat(column(r.after(), EN)).containsExactly("[0]", "[1]");
    }

    @Test
    void theEditUndoesToTheComparisonItStartedFrom() {
        Comparison c = EditFixture.paragraphs();
        EditHistory h = new EditHistory(c);
        h.apply(new SplitAtSentence(0, ZH, 1));
        assertThat(h.undo()).isEqualTo(c);
    }

    @Test
    void aSentenceOfAnotherRowIsRefused() {
        Comparison c = EditFixture.paragraphs();
        assertThatThrownBy(() -> new SplitAtSentence(0, ZH, 4).apply(c)).hasMessageContaining("is not in row 1");
    }

    @Test
    void renamingAVersionChangesOnlyItsLabelAndCanBeUndone() {
        Comparison c = EditFixture.paragraphs();
        EditHistory h = new EditHistory(c);
        h.apply(new RenameVersion(EN, "Xinhua English"));
        assertThat(h.current().labels()).containsExactly("Chinese MFA", "Russian MID", "Xinhua English");
        assertThat(h.current().rows()).isEqualTo(c.rows());
        assertThat(h.isDirty()).isTrue();
        assertThat(h.undo().labels().get(EN)).isEqualTo("English");
        assertThatThrownBy(() -> new RenameVersion(EN, "  ")).hasMessageContaining("needs a label");
    }
}
