package org.triglot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triglot.cli.ImportCommandTest.run;

class LookupCommandTest {
    @TempDir
    Path dir;

    @Test
    void chineseTermShowsEnglishAndRussianGlossaryForms() {
        ImportCommandTest.Run r = run("lookup", "金砖国家");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("BRICS").contains("БРИКС").contains("organisations.tsv");
    }

    @Test
    void inflectedRussianFindsLavrov() {
        ImportCommandTest.Run r = run("lookup", "Лаврову");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Lavrov").contains("拉夫罗夫");
    }

    @Test
    void anniversaryShowsItsNumberKey() {
        ImportCommandTest.Run r = run("lookup", "八十周年");
        assertThat(r.out()).contains("anniv:80").contains("anniversary");
    }

    @Test
    void jsonGivesTheNameReadingsOfATraditionalName() throws Exception {
        ImportCommandTest.Run r = run("lookup", "--format", "json", "習近平");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("script").asText()).isEqualTo("Hant");
        assertThat(root.get("names").get(0).get("pinyin").asText()).isEqualTo("Xi Jinping");
        assertThat(root.get("names").get(0).get("palladius").asText()).isEqualTo("Си Цзиньпин");
        assertThat(root.get("known").asBoolean()).isTrue();
    }

    @Test
    void englishPhraseGivesChineseAndRussian() {
        ImportCommandTest.Run r = run("lookup", "foreign minister");
        assertThat(r.out()).contains("外交部长").contains("外长").contains("министр иностранных дел");
    }

    @Test
    void unknownWordSaysNothingKnownAndSucceeds() {
        ImportCommandTest.Run r = run("lookup", "xyzzyq");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Nothing known");
    }

    @Test
    void emptyTermIsAUsageError() {
        assertThat(run("lookup", "").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("lookup", " ").err()).contains("empty");
        assertThat(run("lookup").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void userGlossaryIsLoadedBeforeTheLookup() throws Exception {
        Path g = dir.resolve("mine.tsv");
        Files.writeString(g, "zh\tru\ten\tcategory\tvariants\n示例术语\tпримерный термин\tquuxterm\tformula\t\n", StandardCharsets.UTF_8);
        ImportCommandTest.Run r = run("lookup", "--glossary", g.toString(), "quuxterm");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("示例术语").contains("примерный термин").contains("mine.tsv");
    }

    @Test
    void malformedGlossaryEndsWithExitThreeAndItsLineNumber() throws Exception {
        Path g = dir.resolve("bad.tsv");
        Files.writeString(g, "zh\tru\ten\n外长\tминистр\tminister\nonly-two\tcolumns\n", StandardCharsets.UTF_8);
        ImportCommandTest.Run r = run("lookup", "--glossary", g.toString(), "外长");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("bad.tsv").contains("line 3");
    }
}
