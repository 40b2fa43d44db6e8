package org.triglot.export;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.app.SampleCorpus;
import org.triglot.app.Workbench;
import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;
import org.triglot.model.Comparison;
import org.triglot.model.Document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The TMX of the bundled sample meeting is valid TMX 1.4b and an independent reader (Okapi) reads it back. */
class SampleTmxTest {
    @TempDir
    Path dir;

    @Test
    void sampleMeetingTmxValidatesAndOkapiReadsEveryLinkedRow() throws Exception {
        Workbench wb = new Workbench();
        List<Path> files = SampleCorpus.extract();
        Document zh = wb.importFile(files.get(0));
        Document en = wb.importFile(files.get(2));
        List<Bead> beads = wb.alignParagraphs(zh, en, () -> false);
        List<AlignedRow> rows = beads.stream().map(b -> new AlignedRow(List.of(b.a(), b.b()), b.confidence(), false)).toList();
        Comparison c = wb.comparison(List.of(zh, en), List.of("Chinese readout", "China Daily"), "paragraphs", rows);
        Path tmx = dir.resolve("sample.tmx");
        wb.export(c, ExportFormat.TMX, ExportOptions.DEFAULTS, tmx);

        assertThat(TmxExportTest.validate(tmx)).isEmpty();

        LocaleId source = LocaleId.fromString("zh-TW");
        LocaleId target = LocaleId.fromString("en-US");
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        TmxFilter filter = new TmxFilter();
        try {
            filter.open(new RawDocument(tmx.toUri(), "UTF-8", source, target));
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    sources.add(e.getTextUnit().getSource().toString());
                    targets.add(e.getTextUnit().getTarget(target).toString());
                }
            }
        } finally {
            filter.close();
        }
        long linked = beads.stream().filter(b -> !b.hasEmptySide()).count();
        assertThat(sources).hasSize((int) linked);
        Bead first = beads.stream().filter(b -> !b.hasEmptySide()).findFirst().orElseThrow();
        assertThat(sources.get(0)).isEqualTo(String.join("", first.a().stream().map(i -> zh.paragraphs().get(i).text()).toList()));
        assertThat(targets).allSatisfy(t -> assertThat(t).isNotBlank());
    }
}
