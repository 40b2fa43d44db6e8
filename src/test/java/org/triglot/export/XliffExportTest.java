package org.triglot.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.model.Comparison;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class XliffExportTest {
    @TempDir
    Path dir;

    private final Comparison c = ExportFixture.comparison();

    @Test
    void bilingualRoundTripWithFlagNotesAndReviewState() throws Exception {
        Path f = dir.resolve("zh-en.xlf");
        Exports.write(c, ExportFormat.XLIFF, ExportOptions.DEFAULTS.withPair(0, 3).withKeepEmpty(true), f);
        ExportedTable t = Exports.read(f);
        assertThat(t.format()).isEqualTo(ExportFormat.XLIFF);
        assertThat(t.columns()).containsExactly("zh-CN", "en-US");
        assertThat(t.rows()).hasSize(4);
        for (ExportedRow r : t.rows()) {
            assertThat(r.texts().get(0)).isEqualTo(ExportFixture.expected(c, r.row(), 0));
            assertThat(r.texts().get(1)).isEqualTo(ExportFixture.expected(c, r.row(), 3));
        }
        assertThat(t.rows().get(1).texts().get(1)).isEqualTo(ExportFixture.EN_2);
        assertThat(t.rows().get(0).flags()).containsExactly("The <b>numbers</b> differ & the Chinese has none.");
        assertThat(t.rows().get(3).flags()).singleElement().asString().startsWith("Only the Chinese");
        assertThat(t.rows()).extracting(ExportedRow::reviewed).containsExactly(true, false, false, true);
        assertThat(t.rows().get(0).confidence()).isEqualTo(0.91);

        String xml = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(xml).contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"").contains("version=\"2.1\"")
                .contains("srcLang=\"zh-CN\" trgLang=\"en-US\"").contains("<file id=\"f1\"")
                .contains("<note category=\"triglot-flag\" priority=\"1\">Only the Chinese says")
                .contains("<segment state=\"reviewed\">").contains("<segment state=\"translated\">");
        var doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(f.toFile());
        assertThat(doc.getElementsByTagName("unit").getLength()).isEqualTo(4);
    }

    @Test
    void withoutAPairTheFirstTwoVersionsAndPartialRowsAreDropped() throws Exception {
        Path f = dir.resolve("default.xlf");
        Exports.write(c, ExportFormat.XLIFF, ExportOptions.DEFAULTS, f);
        ExportedTable t = Exports.read(f);
        assertThat(t.columns()).containsExactly("zh-CN", "zh-TW");
        assertThat(t.rows()).hasSize(4);
        Path g = dir.resolve("ru-en.xlf");
        Exports.write(c, ExportFormat.XLIFF, ExportOptions.DEFAULTS.withPair(2, 3), g);
        assertThat(Exports.read(g).rows()).extracting(ExportedRow::row).containsExactly(0, 1, 2);
    }
}
