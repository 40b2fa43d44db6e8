package org.triglot.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.model.Comparison;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DelimitedExportTest {
    @TempDir
    Path dir;

    private final Comparison c = ExportFixture.comparison();

    @Test
    void tsvAndCsvRoundTripIdsTextsAndRowMetadata() throws Exception {
        for (ExportFormat format : List.of(ExportFormat.TSV, ExportFormat.CSV)) {
            Path f = dir.resolve("rows." + format.extension());
            Exports.write(c, format, ExportOptions.DEFAULTS, f);
            ExportedTable t = Exports.read(f);
            assertThat(t.format()).isEqualTo(format);
            assertThat(t.columns()).containsExactly("zh_Hans", "zh_Hant", "ru", "en");
            assertThat(t.rows()).hasSize(4);
            for (int r = 0; r < 4; r++) {
                ExportedRow row = t.rows().get(r);
                assertThat(row.ids()).isEqualTo(c.rows().get(r).cells());
                for (int v = 0; v < 4; v++) {
                    assertThat(row.texts().get(v)).as(format + " row " + r + " version " + v).isEqualTo(ExportFixture.expected(c, r, v));
                }
                assertThat(row.confidence()).isEqualTo(c.rows().get(r).confidence());
                assertThat(row.uncertain()).isEqualTo(c.rows().get(r).uncertain());
                assertThat(row.reviewed()).isEqualTo(c.reviewed().get(r));
            }
            assertThat(t.rows().get(3).texts().get(3)).isEmpty();
            assertThat(t.rows().get(3).flags()).containsExactly("OMISSION");
        }
    }

    @Test
    void csvQuotesPerRfc4180() throws Exception {
        String csv = Exports.render(c, ExportFormat.CSV, ExportOptions.DEFAULTS.withPair(2, 3));
        assertThat(csv).startsWith("ids_c,ids_d,confidence,uncertain,text_ru,text_en,flags,reviewed\r\n");
        // Quotes doubled inside a quoted field; a field with a line break quoted; CRLF between records.
        assertThat(csv).contains(",\"Wang Yi met Lavrov & said \"\"1 < 2 > 0\"\" — it's fine.\",")
                .contains("\"Tab\there and a new\nline 🇨🇳 <script>alert(1)</script>.\"")
                .contains("\"[1,2]\"");
        assertThat(csv.split("\r\n", -1)).hasSize(6); // header, 4 rows, and the empty string after the last CRLF
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
    }

    @Test
    void tsvKeepsTheOldAlignColumnsAndQuotesTabsInsteadOfMangling() throws Exception {
        String tsv = Exports.render(c, ExportFormat.TSV, ExportOptions.DEFAULTS.withPair(2, 3));
        String[] lines = tsv.split("\n", 2);
        assertThat(lines[0]).isEqualTo("ids_c\tids_d\tconfidence\tuncertain\ttext_ru\ttext_en\tflags\treviewed");
        assertThat(tsv).contains("[0]\t[0]\t0.910\tfalse\tВан И провёл переговоры с Сергеем Лавровым.\t\"Wang Yi met Lavrov & said \"\"1 < 2 > 0\"\" — it's fine.\"\t\ttrue\n")
                .contains("\"Tab\there and a new\nline 🇨🇳 <script>alert(1)</script>.\"");
    }

    @Test
    void twoVersionsInOneLanguageGetNumberedTextColumns() throws Exception {
        var zh = ExportFixture.doc("zh.txt", org.triglot.model.Lang.ZH, org.triglot.model.Script.HANT, List.of(List.of("會談。")));
        var en1 = ExportFixture.doc("en1.txt", org.triglot.model.Lang.EN, org.triglot.model.Script.LATIN, List.of(List.of("Talks.")));
        var en2 = ExportFixture.doc("en2.txt", org.triglot.model.Lang.EN, org.triglot.model.Script.LATIN, List.of(List.of("Talks held.")));
        Comparison three = Comparisons.of(List.of(zh, en1, en2), List.of(), "sentences",
                List.of(new org.triglot.model.AlignedRow(List.of(List.of(0), List.of(0), List.of(0)), 0.5, false)));
        String tsv = Exports.render(three, ExportFormat.TSV, ExportOptions.DEFAULTS);
        assertThat(tsv).startsWith("ids_a\tids_b\tids_c\tconfidence\tuncertain\ttext_zh\ttext_en_2\ttext_en_3\tflags\treviewed\n");
        String tmx = Exports.render(three, ExportFormat.TMX, ExportOptions.DEFAULTS);
        assertThat(tmx).contains("<tuv xml:lang=\"en-US\">").contains("<tuv xml:lang=\"en-US-x-v3\">");
    }

    @Test
    void bomOnlyWhenAskedAndTheReaderSkipsIt() throws Exception {
        Path with = dir.resolve("bom.csv");
        Path without = dir.resolve("plain.csv");
        Exports.write(c, ExportFormat.CSV, ExportOptions.DEFAULTS.withBom(true), with);
        Exports.write(c, ExportFormat.CSV, ExportOptions.DEFAULTS, without);
        byte[] b = Files.readAllBytes(with);
        assertThat(new byte[]{b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Files.readAllBytes(without)[0]).isEqualTo((byte) 'i');
        assertThat(Exports.read(with).columns()).containsExactly("zh_Hans", "zh_Hant", "ru", "en");
        assertThat(Exports.read(with).rows()).isEqualTo(Exports.read(without).rows());
    }

    @Test
    void brokenFilesGetOneSentence() throws Exception {
        Path open = dir.resolve("open.csv");
        Files.writeString(open, "ids_a,text_en\n[0],\"never closed\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Exports.read(open)).isInstanceOf(ExportException.class).hasMessageContaining("never closed");
        Path ragged = dir.resolve("ragged.tsv");
        Files.writeString(ragged, "ids_a\ttext_en\n[0]\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Exports.read(ragged)).isInstanceOf(ExportException.class).hasMessageContaining("record 2");
        Path latin1 = dir.resolve("latin1.tsv");
        Files.write(latin1, new byte[]{'t', 'e', 'x', 't', '_', 'e', 'n', '\n', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> Exports.read(latin1)).isInstanceOf(ExportException.class).hasMessageContaining("not UTF-8");
    }
}
