package org.triglot.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.edit.ComparisonCheck;
import org.triglot.edit.EditHistory;
import org.triglot.edit.EditText;
import org.triglot.edit.MarkReviewed;
import org.triglot.edit.MergeRows;
import org.triglot.edit.MoveUnit;
import org.triglot.edit.NoCounterpart;
import org.triglot.edit.SplitRow;
import org.triglot.export.ExportFixture;
import org.triglot.model.Comparison;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A project corrected by hand is saved, autosaved and opened again without losing an edit. */
class EditedProjectTest {
    @TempDir
    Path dir;

    @Test
    void aSavedProjectWithEditsReopensEqual() throws Exception {
        Workbench wb = new Workbench();
        Comparison start = ExportFixture.comparison();
        EditHistory h = new EditHistory(start);
        h.apply(new MergeRows(0));
        h.apply(SplitRow.before(h.current(), 0, 2, 1));
        h.apply(new NoCounterpart(2, 3));
        h.apply(new MoveUnit(h.current().rows().size() - 1, 0, MoveUnit.Direction.DOWN));
        h.apply(EditText.sentence(3, 1, "Tab\there & a \"quote\" <b>, 🇷🇺 and a new\nline."));
        h.apply(EditText.sentence(2, 0, "Ван И и Сергей Лавров провели «переговоры»."));
        h.apply(MarkReviewed.row(1, true));
        Comparison edited = h.current();
        assertThat(ComparisonCheck.problems(edited)).isEmpty();
        assertThat(edited.rows()).hasSizeGreaterThan(start.rows().size());

        Path file = dir.resolve("会谈.triglot");
        wb.saveProject(edited, file);
        h.markSaved();
        assertThat(h.isDirty()).isFalse();
        Comparison reopened = wb.openProject(file);
        assertThat(reopened).isEqualTo(edited);
        assertThat(ComparisonCheck.problems(reopened)).isEmpty();

        ProjectStore store = new ProjectStore(dir.resolve("home"), "crashed", run -> false, java.time.Clock.systemUTC());
        store.autosave("w1", edited, file);
        store.addRecent(file);
        ProjectStore next = new ProjectStore(dir.resolve("home"), "next", run -> false, java.time.Clock.systemUTC());
        assertThat(next.recover(next.recoverable().get(0))).isEqualTo(edited);
        assertThat(next.recentProjects()).containsExactly(file.toAbsolutePath().normalize());
        assertThat(new EditHistory(reopened).current().reviewed()).isEqualTo(edited.reviewed());
    }

    @Test
    void theWorkbenchHasOneProjectStoreInTheTriglotHome() {
        String old = System.getProperty("triglot.home");
        try {
            System.setProperty("triglot.home", dir.toString());
            Workbench wb = new Workbench();
            assertThat(wb.projectStore()).isSameAs(wb.projectStore());
            assertThat(wb.projectStore().home()).isEqualTo(dir.toAbsolutePath().normalize());
        } finally {
            if (old == null) {
                System.clearProperty("triglot.home");
            } else {
                System.setProperty("triglot.home", old);
            }
        }
        assertThat(List.of(dir.toFile().list())).as("nothing is written before the first autosave").isEmpty();
    }
}
