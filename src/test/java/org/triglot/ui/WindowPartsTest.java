package org.triglot.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.export.Comparisons;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Lang;
import org.triglot.model.Script;

import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPartsTest {
    @Test
    void theStatusBarKeepsItsHeightWhenATaskStartsAndEnds() throws Exception {
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            StatusBar bar = new StatusBar();
            bar.engine("Dictionaries ready");
            int idle = bar.getPreferredSize().height;
            bar.busy("Aligning…", 40);
            assertThat(bar.getPreferredSize().height).isEqualTo(idle);
            assertThat(bar.cancelButton().isVisible()).isTrue();
            bar.idle();
            assertThat(bar.getPreferredSize().height).isEqualTo(idle);
            assertThat(bar.cancelButton().isVisible()).isFalse();
        });
    }

    @Test
    void theFlagsFilterChecksKindSeverityVersionAndWords() {
        List<Flag> flags = UiFixture.analysis().comparison().flags();
        Flag entity = flags.get(0);
        assertThat(FlagsPanel.accepts(entity, null, Flag.Severity.INFO, -1, "")).isTrue();
        assertThat(FlagsPanel.accepts(entity, Flag.Kind.TONE, Flag.Severity.INFO, -1, "")).isFalse();
        assertThat(FlagsPanel.accepts(flags.get(1), null, Flag.Severity.MINOR, -1, "")).isFalse();
        assertThat(FlagsPanel.accepts(entity, null, Flag.Severity.INFO, 2, "")).isFalse();
        assertThat(FlagsPanel.accepts(entity, null, Flag.Severity.INFO, 1, "ukraine")).isTrue();
        assertThat(FlagsPanel.accepts(entity, null, Flag.Severity.INFO, 1, "brics")).isFalse();
    }

    @Test
    void theFlagsListShowsOneLinePerFlagWithTheVersionsLabels() {
        FlagsPanel p = new FlagsPanel();
        p.show(UiFixture.analysis().comparison());
        assertThat(p.model().getRowCount()).isEqualTo(2);
        assertThat(p.table().getRowCount()).isEqualTo(1); // the INFO note is filtered out by default
        assertThat(p.model().getValueAt(0, 3)).isEqualTo("Chinese MFA ↔ Russian MFA");
        assertThat(p.model().getValueAt(0, 4)).isEqualTo("Chinese MFA");
        assertThat(p.model().getValueAt(0, 0)).isEqualTo(2);
    }

    @Test
    void aLongerCellNeedsATallerRowAndANarrowerColumnMakesItTaller() {
        CellRenderer r = new CellRenderer(new Font(Font.DIALOG, Font.PLAIN, 14));
        TableContent c = TableContent.of(UiFixture.analysis(), Flag.Severity.MINOR);
        TableContent.Row row = c.rows().get(0);
        TableContent.Cell shortCell = row.cells().get(2);
        TableContent.Cell longCell = new TableContent.Cell("Wang Yi met Lavrov. ".repeat(20), List.of());
        assertThat(r.height(longCell, row, 300)).isGreaterThan(r.height(shortCell, row, 300));
        assertThat(r.height(longCell, row, 150)).isGreaterThan(r.height(longCell, row, 300));
    }

    @Test
    void theDetailsOfARowListItsFlagsWithTheirReasons() {
        String html = DetailsPanel.html(UiFixture.analysis().comparison(), 1, java.util.Map.of());
        assertThat(html).contains("Only the Chinese account mentions Ukraine").contains("Row 2");
    }

    @Test
    void inAChineseWindowReasonsAreChineseAndTheFilterFindsTheShownAndTheEnglishWords() {
        java.util.Locale before = Messages.locale();
        Messages.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            List<Flag> flags = UiFixture.analysis().comparison().flags();
            Flag entity = flags.get(0);
            String html = DetailsPanel.html(UiFixture.analysis().comparison(), 1, java.util.Map.of());
            assertThat(html).contains("只有中文版提到了Ukraine（第1段）。").doesNotContain("Only the");
            FlagsPanel p = new FlagsPanel();
            p.show(UiFixture.analysis().comparison());
            assertThat(p.model().getValueAt(0, 7)).isEqualTo("只有中文版提到了Ukraine（第1段）。");
            assertThat(p.model().getValueAt(1, 7)).isEqualTo("A note."); // no key: the stored English
            assertThat(FlagsPanel.accepts(entity, null, Flag.Severity.INFO, 1, "只有中文版")).isTrue();
            assertThat(FlagsPanel.accepts(entity, null, Flag.Severity.INFO, 1, "only the chinese")).isTrue();
            assertThat(FlagsPanel.accepts(entity, null, Flag.Severity.INFO, 1, "俄文版")).isFalse();
        } finally {
            Messages.setLocale(before);
        }
    }

    @Test
    void newVersionsAreOrderedChineseRussianEnglishKeepingTheirLabels() {
        List<Document> docs = new ArrayList<>(List.of(
                Comparisons.fromLines("en", List.of("Hello."), Lang.EN, Script.LATIN),
                Comparisons.fromLines("zh", List.of("你好。"), Lang.ZH, Script.HANS),
                Comparisons.fromLines("ru", List.of("Привет."), Lang.RU, Script.CYRILLIC)));
        List<String> labels = new ArrayList<>(List.of("Xinhua English", "Chinese MFA", "Russian MFA"));
        Versions.sortByLanguage(docs, labels);
        assertThat(docs).extracting(Document::lang).containsExactly(Lang.ZH, Lang.RU, Lang.EN);
        assertThat(labels).containsExactly("Chinese MFA", "Russian MFA", "Xinhua English");
    }

    @Test
    void preferencesSurviveARestartAndAnUnreadableFileGivesTheDefaults(@TempDir Path home) throws Exception {
        UiSettings s = new UiSettings(UiSettings.Theme.DARK, 17, "ru", List.of(Path.of("/tmp/глоссарий.tsv")));
        s.save(home);
        assertThat(UiSettings.load(home)).isEqualTo(s);
        assertThat(UiSettings.load(home.resolve("nowhere"))).isEqualTo(UiSettings.DEFAULTS);
        java.nio.file.Files.writeString(home.resolve("settings.properties"), "theme=PURPLE\nfontSize=huge\n");
        assertThat(UiSettings.load(home).theme()).isEqualTo(UiSettings.Theme.SYSTEM);
        assertThat(UiSettings.load(home).fontSize()).isEqualTo(14);
        assertThat(s.locale().getLanguage()).isEqualTo("ru");
    }

    @Test
    void aMessageWithArgumentsIsFormattedAndAMissingKeyShowsItself() {
        Messages.setLocale(java.util.Locale.ENGLISH);
        assertThat(Messages.get("find.at", "BRICS", 3)).isEqualTo("“BRICS” found in row 3.");
        assertThat(Messages.get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void theAboutBoxCreditsTheBundledDictionaries() {
        assertThat(AboutDialog.html()).contains("CC-CEDICT").contains("Mueller").contains("GNU General Public License");
    }
}
