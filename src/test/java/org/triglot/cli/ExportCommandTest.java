package org.triglot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.export.ExportFixture;
import org.triglot.export.ExportFormat;
import org.triglot.export.ExportedTable;
import org.triglot.export.Exports;
import org.triglot.export.ProjectFile;
import org.triglot.model.Comparison;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @TempDir
    Path dir;

    /** The one command runner of the CLI tests. */
    static ImportCommandTest.Run run(String... args) {
        return ImportCommandTest.run(args);
    }

    private Path project() throws Exception {
        Path p = dir.resolve("meeting.triglot");
        ProjectFile.write(ExportFixture.comparison(), p);
        return p;
    }

    @Test
    void exportsAProjectInEveryFormat() throws Exception {
        Path p = project();
        for (String f : new String[]{"tmx", "tsv", "csv", "xliff", "html", "json"}) {
            Path out = dir.resolve("out." + f);
            ImportCommandTest.Run r = run("export", p.toString(), "--format", f, "-o", out.toString());
            assertThat(r.code()).as(f + ": " + r.err()).isZero();
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(Exports.read(dir.resolve("out.json")).comparison()).isEqualTo(ExportFixture.comparison());
        assertThat(Exports.read(dir.resolve("out.tmx")).columns()).containsExactly("zh-CN", "zh-TW", "ru-RU", "en-US");
        assertThat(Files.readString(dir.resolve("out.html"), StandardCharsets.UTF_8)).contains("&lt;script&gt;");
    }

    @Test
    void pairKeepEmptyBomAndLangOptions() throws Exception {
        Path p = project();
        Path out = dir.resolve("zh-en.tmx");
        ImportCommandTest.Run r = run("export", p.toString(), "--format", "tmx", "--pair", "1,en", "--keep-empty", "--lang", "1=zh-Hans-CN", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        ExportedTable t = Exports.read(out);
        assertThat(t.columns()).containsExactly("zh-Hans-CN", "en-US");
        assertThat(t.rows()).hasSize(4);
        Path csv = dir.resolve("bom.csv");
        assertThat(run("export", p.toString(), "--format", "csv", "--bom", "-o", csv.toString()).code()).isZero();
        assertThat(Files.readAllBytes(csv)[0]).isEqualTo((byte) 0xEF);
        ImportCommandTest.Run stdout = run("export", p.toString(), "--format", "tsv", "--pair", "ru,en");
        assertThat(stdout.code()).isZero();
        assertThat(stdout.out()).startsWith("ids_c\tids_d\tconfidence\tuncertain\ttext_ru\ttext_en\tflags\treviewed\n");
    }

    @Test
    void usageErrorsExitTwoAndBadInputExitsThree() throws Exception {
        Path p = project();
        ImportCommandTest.Run fmt = run("export", p.toString(), "--format", "docx");
        assertThat(fmt.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(fmt.err()).contains("unknown export format 'docx'");
        ImportCommandTest.Run pair = run("export", p.toString(), "--format", "tmx", "--pair", "1,9");
        assertThat(pair.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(pair.err()).contains("there is no version 9");
        ImportCommandTest.Run zh = run("export", p.toString(), "--format", "tmx", "--pair", "zh,en");
        assertThat(zh.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(zh.err()).contains("more than one version");
        assertThat(run("export", p.toString()).code()).isEqualTo(ExitCodes.USAGE);

        ImportCommandTest.Run missing = run("export", dir.resolve("nope.triglot").toString(), "--format", "tmx");
        assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err().strip().lines()).hasSize(1);
        assertThat(missing.err()).contains("There is no file");
        Path junk = dir.resolve("junk.triglot");
        Files.writeString(junk, "{\"schema\": \"something-else\"}", StandardCharsets.UTF_8);
        ImportCommandTest.Run bad = run("export", junk.toString(), "--format", "csv");
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("is not a Triglot comparison").doesNotContain("Exception");
    }

    @Test
    void alignWritesLinesThroughTheExportWriters() throws Exception {
        Path en = dir.resolve("en.txt");
        Path ru = dir.resolve("ru.txt");
        Files.writeString(en, "Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Rio de Janeiro.\n"
                + "The two sides exchanged views on the situation in Ukraine.\n"
                + "China is ready to strengthen cooperation with Russia within BRICS.\n", StandardCharsets.UTF_8);
        Files.writeString(ru, "Министр иностранных дел Ван И встретился с министром иностранных дел России Сергеем Лавровым в Рио-де-Жанейро.\n"
                + "Стороны обменялись мнениями о ситуации на Украине.\n"
                + "Китай готов укреплять сотрудничество с Россией в рамках БРИКС.\n", StandardCharsets.UTF_8);
        Path tmx = dir.resolve("a.tmx");
        ImportCommandTest.Run r = run("align", "--units", "lines", "--format", "tmx", "-o", tmx.toString(), en.toString(), ru.toString());
        assertThat(r.code()).as(r.err()).isZero();
        ExportedTable t = Exports.read(tmx);
        assertThat(t.columns()).containsExactly("en-US", "ru-RU");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(1).texts().get(1)).isEqualTo("Стороны обменялись мнениями о ситуации на Украине.");

        Path json = dir.resolve("a.triglot");
        assertThat(run("align", "--units", "lines", "--format", "json", "-o", json.toString(), en.toString(), ru.toString()).code()).isZero();
        Comparison c = ProjectFile.read(json);
        assertThat(c.units()).isEqualTo("paragraphs");
        assertThat(c.versions().get(1).paragraphs().get(2).span().of(c.versions().get(1).text()))
                .isEqualTo("Китай готов укреплять сотрудничество с Россией в рамках БРИКС.");
        assertThat(c.labels()).containsExactly("en.txt", "ru.txt");
        assertThat(new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8)).get("schema").asText())
                .isEqualTo("triglot-comparison");

        Path html = dir.resolve("a.html");
        assertThat(run("export", json.toString(), "--format", "html", "-o", html.toString()).code()).isZero();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<th>en.txt</th><th>ru.txt</th>");

        ImportCommandTest.Run tsv = run("align", "--units", "lines", "--format", "tsv", en.toString(), ru.toString());
        assertThat(tsv.code()).isZero();
        assertThat(tsv.out()).startsWith("ids_a\tids_b\tconfidence\tuncertain\ttext_en\ttext_ru\tflags\treviewed\n");
        ImportCommandTest.Run beads = run("align", "--units", "lines", en.toString(), ru.toString());
        assertThat(beads.out().strip().lines()).hasSize(3);
        assertThat(ExportFormat.parse("xlf")).isEqualTo(ExportFormat.XLIFF);
        assertThat(run("align", "--units", "lines", "--format", "docx", en.toString(), ru.toString()).code()).isEqualTo(ExitCodes.USAGE);
    }
}
