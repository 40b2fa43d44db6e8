package org.triglot.ui;

import org.junit.jupiter.api.Test;
import org.triglot.model.Flag;

import static org.assertj.core.api.Assertions.assertThat;

class TableContentTest {
    @Test
    void aFlagSpanInTheDocumentBecomesAMarkOnTheSameWordsOfTheCell() {
        TableContent c = TableContent.of(UiFixture.analysis(), Flag.Severity.MINOR);
        TableContent.Cell zh = c.rows().get(1).cells().get(0);
        assertThat(zh.marks()).hasSize(1);
        TableContent.Mark m = zh.marks().get(0);
        assertThat(zh.text().substring(m.start(), m.end())).isEqualTo("乌克兰");
        assertThat(m.kind()).isEqualTo(Flag.Kind.ENTITY);
    }

    @Test
    void anExpandedCellNumbersItsSentencesAndTheOtherVersionShowsTheLinkedNumbers() {
        TableContent c = TableContent.of(UiFixture.analysis(), Flag.Severity.MINOR);
        TableContent.Cell zh = c.rows().get(1).expanded().get(0);
        TableContent.Cell en = c.rows().get(1).expanded().get(2);
        assertThat(zh.text()).startsWith("‹1› 双方");
        assertThat(en.text()).startsWith("‹1› They");
        // The mark moves with the label in front of the sentence.
        TableContent.Mark m = zh.marks().get(0);
        assertThat(zh.text().substring(m.start(), m.end())).isEqualTo("乌克兰");
        // Russian is not linked to the Chinese in this fixture: its sentence shows no counterpart.
        assertThat(c.rows().get(0).expanded().get(1).text()).startsWith("‹∅›");
    }

    @Test
    void anEmptyCellAndAMajorFlagMakeARowDifferButAnInfoNoteDoesNot() {
        TableContent c = TableContent.of(UiFixture.analysis(), Flag.Severity.MINOR);
        var flags = c.comparison().flags();
        assertThat(c.rows().get(0).differs(flags, Flag.Severity.MINOR)).isFalse();
        assertThat(c.rows().get(1).differs(flags, Flag.Severity.MINOR)).isTrue();
        assertThat(c.rows().get(1).cells().get(1).empty()).isTrue();
        assertThat(c.rows().get(2).differs(flags, Flag.Severity.MINOR)).isFalse();
        assertThat(c.rows().get(2).differs(flags, Flag.Severity.INFO)).isTrue();
        assertThat(c.rows().get(1).worst()).isEqualTo(Flag.Severity.MAJOR);
        assertThat(c.rows().get(2).uncertain()).isTrue();
    }

    @Test
    void infoFlagsAreMarkedOnlyWhenTheUserAsksForThem() {
        assertThat(TableContent.of(UiFixture.analysis(), Flag.Severity.MINOR).rows().get(2).kinds()).isEmpty();
        assertThat(TableContent.of(UiFixture.analysis(), Flag.Severity.INFO).rows().get(2).kinds()).containsExactly(Flag.Kind.TONE);
    }
}
