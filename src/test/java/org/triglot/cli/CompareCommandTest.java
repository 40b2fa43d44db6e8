package org.triglot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triglot.cli.ImportCommandTest.run;

/** The compare command's three formats on the fixtures of fixtures/compare. */
class CompareCommandTest {
    @TempDir
    Path dir;

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(CompareCommandTest.class.getResource("/fixtures/compare/" + name).toURI()).toString();
    }

    @Test
    void tsvHasOneFlagPerLineInSevenColumns() throws Exception {
        ImportCommandTest.Run r = run("compare", fixture("zh.txt"), fixture("en.txt"));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("kind\tside\tpara_a\tpara_b\ttext_a\ttext_b\treason");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(7));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("OMISSION\ta\t2\t-\t"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ENTITY\ta\t2\t-\t").contains("Only the Chinese account mentions Ukraine"));
    }

    @Test
    void jsonCarriesSpansScoresAndSummary() throws Exception {
        Path out = dir.resolve("c.json");
        ImportCommandTest.Run r = run("compare", "--format", "json", "-o", out.toString(), fixture("ru.txt"), fixture("en.txt"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(root.get("langs").toString()).isEqualTo("[\"ru\",\"en\"]");
        assertThat(root.get("rows").size()).isEqualTo(3);
        JsonNode number = null;
        for (JsonNode f : root.get("flags")) {
            if (f.get("kind").asText().equals("NUMBER")) {
                number = f;
            }
        }
        assertThat(number).isNotNull();
        assertThat(number.get("side").asText()).isEqualTo("both");
        assertThat(number.get("spans_a").get(0).size()).isEqualTo(2);
        assertThat(root.get("summary").has("divergence")).isTrue();
        // Fields in a fixed order, so two runs' outputs can be diffed (Map.of changed it from one JVM to the next).
        assertThat(fieldNames(root.get("rows").get(0))).containsExactly("a", "b", "divergence");
        assertThat(fieldNames(root.get("summary"))).containsExactly("only_a", "only_b", "omitted_a", "omitted_b", "divergence");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonCarriesReasonKeyAndArgsAsTheProjectFileDoesAndReasonTextOnlyWhenAsked() throws Exception {
        Path out = dir.resolve("c.json");
        ImportCommandTest.Run r = run("compare", "--format", "json", "--min-severity", "INFO", "-o", out.toString(), fixture("zh.txt"), fixture("en.txt"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode flags = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8)).get("flags");
        org.triglot.app.Workbench wb = new org.triglot.app.Workbench();
        List<org.triglot.model.Flag> engine = wb.compare(wb.importFile(Path.of(fixture("zh.txt"))), wb.importFile(Path.of(fixture("en.txt"))),
                () -> false).flags();
        assertThat(flags.size()).isEqualTo(engine.size()).isPositive();
        for (int i = 0; i < engine.size(); i++) {
            org.triglot.model.Reason.Message why = (org.triglot.model.Reason.Message) engine.get(i).why();
            JsonNode f = flags.get(i);
            assertThat(f.get("reason").asText()).isEqualTo(engine.get(i).reason());
            assertThat(f.get("reason_key").asText()).isEqualTo(why.key());
            assertThat(f.get("reason_args")).isEqualTo(org.triglot.export.ComparisonJson.reasonArgs(why.args()));
            assertThat(f.has("reason_text")).isFalse();
        }

        r = run("compare", "--format", "json", "--reason-lang", "ru", "-o", out.toString(), fixture("zh.txt"), fixture("en.txt"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode ru = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8)).get("flags");
        assertThat(ru).anySatisfy(f -> assertThat(f.get("reason_text").asText())
                .isEqualTo("Кому принадлежат слова: в китайской версии — Ван И, в английской версии — Сергей Лавров."));
        assertThat(ru).allSatisfy(f -> assertThat(f.get("reason_text").asText()).containsPattern("\\p{IsCyrillic}"));
    }

    @Test
    void reasonLangIsForJsonAndForEnglishChineseOrRussian() throws Exception {
        assertThat(run("compare", "--reason-lang", "zh", fixture("zh.txt"), fixture("en.txt")).code()).isEqualTo(ExitCodes.USAGE);
        ImportCommandTest.Run r = run("compare", "--format", "json", "--reason-lang", "fr", fixture("zh.txt"), fixture("en.txt"));
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--reason-lang takes en, zh or ru");
    }

    @Test
    void threeVersionsAreComparedPairwiseAndHtmlIsEscaped() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "Wang met Lavrov <today> & said \"yes\".\n", StandardCharsets.UTF_8);
        Files.writeString(b, "Wang met Lavrov & said no.\n", StandardCharsets.UTF_8);
        ImportCommandTest.Run r = run("compare", "--format", "html", "--min-severity", "INFO", a.toString(), b.toString(), fixture("en.txt"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("<table").contains("&lt;today&gt;").doesNotContain("<today>");
        assertThat(Arrays.stream(r.out().split("<h2>")).count()).isEqualTo(4);
    }

    @Test
    void oneFileIsAUsageError() throws Exception {
        ImportCommandTest.Run r = run("compare", fixture("zh.txt"));
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void measureComparePrintsPrecisionAndRecallPerKind() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("..", "shared", "data", "readouts")), "../shared is not here");
        ImportCommandTest.Run r = run("measure-compare");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("kind         flags right  gold found  precision recall");
        for (String kind : List.of("OMISSION", "ENTITY", "NUMBER", "TERM", "ATTRIBUTION", "TONE", "LENGTH", "WORDING", "all")) {
            assertThat(r.out()).containsPattern("(?m)^" + kind + " +\\d+");
        }
    }
}
