package org.triglot.ui;

import org.junit.jupiter.api.Test;
import org.triglot.model.Flag;

import javax.swing.event.TableModelEvent;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlignedTableModelTest {
    private static AlignedTableModel model() {
        AlignedTableModel m = new AlignedTableModel();
        m.setContent(TableContent.of(UiFixture.analysis(), Flag.Severity.MINOR));
        return m;
    }

    @Test
    void oneColumnPerVersionAfterTheRowNumberWithLabelAndLanguageInTheHeader() {
        AlignedTableModel m = model();
        assertThat(m.getColumnCount()).isEqualTo(4);
        assertThat(m.getColumnName(1)).isEqualTo("Chinese MFA · zh");
        assertThat(m.getColumnName(2)).isEqualTo("Russian MFA · ru");
        assertThat(m.getRowCount()).isEqualTo(3);
        assertThat(((TableContent.Cell) m.getValueAt(0, 3)).text()).isEqualTo("Wang Yi met Lavrov.");
    }

    @Test
    void onlyRowsThatDifferHidesTheSameRowsAndMapsViewRowsToComparisonRows() {
        AlignedTableModel m = model();
        m.setOnlyDiffering(true);
        assertThat(m.getRowCount()).isEqualTo(1);
        assertThat(m.modelRow(0)).isEqualTo(1);
        assertThat(m.viewRow(0)).isEqualTo(-1);
        m.setOnlyDiffering(false);
        assertThat(m.getRowCount()).isEqualTo(3);
    }

    @Test
    void expandingARowShowsItsSentencesAndTellsTheTable() {
        AlignedTableModel m = model();
        List<TableModelEvent> events = new ArrayList<>();
        m.addTableModelListener(events::add);
        m.toggleExpanded(2);
        assertThat(m.isExpanded(2)).isTrue();
        assertThat(((TableContent.Cell) m.getValueAt(2, 1)).text()).startsWith("‹1›");
        assertThat(events).extracting(TableModelEvent::getFirstRow).containsExactly(2);
        m.toggleExpanded(2);
        assertThat(((TableContent.Cell) m.getValueAt(2, 1)).text()).doesNotStartWith("‹");
    }

    @Test
    void findLooksInEveryVersionCaseInsensitivelyAndWraps() {
        AlignedTableModel m = model();
        assertThat(m.find("ukraine", -1, true)).isEqualTo(1);
        assertThat(m.find("лавров", 1, true)).isEqualTo(0);
        assertThat(m.find("信任", 0, false)).isEqualTo(2);
        assertThat(m.find("Pyongyang", 0, true)).isEqualTo(-1);
        assertThat(m.find("  ", 0, true)).isEqualTo(-1);
    }
}
