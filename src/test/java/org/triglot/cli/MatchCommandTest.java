package org.triglot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triglot.cli.ImportCommandTest.run;

/** The match command on three versions of one imaginary meeting (fixtures/match, four paragraphs each). */
class MatchCommandTest {
    @TempDir
    Path dir;

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(MatchCommandTest.class.getResource("/fixtures/match/" + name).toURI()).toString();
    }

    private static JsonNode json(String... args) throws Exception {
        ImportCommandTest.Run r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @ParameterizedTest
    @CsvSource({"zh.txt, ru.txt", "ru.txt, zh.txt", "zh.txt, en.txt", "en.txt, ru.txt"})
    void eachParagraphsBestMatchIsItsTranslation(String a, String b) throws Exception {
        JsonNode root = json("match", "--format", "json", fixture(a), fixture(b));
        JsonNode rows = root.get("rows");
        assertThat(rows).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(rows.get(i).get("a").asInt()).isEqualTo(i);
            assertThat(rows.get(i).get("best").get(0).get("b").asInt()).as("best match of A%d", i).isEqualTo(i);
        }
    }

    @Test
    void evidenceHasAGlossaryCountryAndANumberDate() throws Exception {
        JsonNode best = json("match", "--format", "json", fixture("zh.txt"), fixture("ru.txt")).get("rows").get(0).get("best").get(0);
        List<String> pairs = new ArrayList<>();
        best.get("matches").forEach(m -> pairs.add(m.get("kind").asText() + ": " + m.get("textA").asText() + " ↔ " + m.get("textB").asText()));
        assertThat(pairs).contains("GLOSSARY: 哈萨克斯坦 ↔ Казахстана");
        assertThat(pairs).anySatisfy(p -> assertThat(p).startsWith("NUMBER: 2031年5月12日 ↔ 12 мая"));
        assertThat(best.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(best.get("unmatchedA").isArray()).isTrue();
    }

    @Test
    void jsonNamesBothSidesAndTheUnits() throws Exception {
        JsonNode root = json("match", "--format", "json", "--units", "sentences", fixture("en.txt"), fixture("zh.txt"));
        assertThat(root.get("a").get("lang").asText()).isEqualTo("en");
        assertThat(root.get("b").get("name").asText()).isEqualTo("zh.txt");
        assertThat(root.get("units").asText()).isEqualTo("sentences");
        assertThat(root.get("rows").size()).isEqualTo(root.get("a").get("units").asInt());
    }

    @Test
    void textShowsTheMatrixAndTheEvidenceOfTheBestMatch() throws Exception {
        ImportCommandTest.Run r = run("match", fixture("zh.txt"), fixture("ru.txt"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("B3").contains("*").contains("best B0")
                .contains("GLOSSARY: 哈萨克斯坦 ↔ Казахстана").contains("unmatched A:");
    }

    @Test
    void linesAreUnitsNumberedFromZeroBlankLinesIncluded() throws Exception {
        JsonNode root = json("match", "--format", "json", "--units", "lines", fixture("en.txt"), fixture("ru.txt"));
        JsonNode rows = root.get("rows");
        // Four paragraphs separated by blank lines: lines 0, 2, 4, 6 carry text.
        assertThat(rows).hasSize(7);
        for (int i = 0; i < 7; i++) {
            assertThat(rows.get(i).get("a").asInt()).isEqualTo(i);
        }
        assertThat(rows.get(0).get("best").get(0).get("b").asInt()).isZero();
        assertThat(rows.get(2).get("best").get(0).get("b").asInt()).isEqualTo(2);
        assertThat(rows.get(1).get("best")).isEmpty();
    }

    @Test
    void manyColumnsListTopCandidatesInsteadOfAMatrix() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 35; i++) {
            sb.append("Line ").append(i).append(" about trade with Kazakhstan on May ").append(i % 28 + 1).append(".\n");
        }
        Path many = Files.writeString(dir.resolve("many.txt"), sb.toString(), StandardCharsets.UTF_8);
        ImportCommandTest.Run r = run("match", "--units", "lines", "--top", "2", fixture("en.txt"), many.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("too many for a matrix").doesNotContain("B34   ");
        JsonNode root = json("match", "--format", "json", "--units", "lines", "--top", "2", fixture("en.txt"), many.toString());
        root.get("rows").forEach(row -> assertThat(row.get("best").size()).isLessThanOrEqualTo(2));
        // Line 2 (trade with Kazakhstan) shares words with every generated line, so it has more than two candidates.
        assertThat(root.get("rows").get(2).get("best")).hasSize(2);
    }

    @Test
    void missingFileEndsWithExitThree() throws Exception {
        ImportCommandTest.Run r = run("match", fixture("zh.txt"), dir.resolve("missing.txt").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("missing.txt");
    }

    @Test
    void malformedGlossaryEndsWithExitThree() throws Exception {
        Path g = Files.writeString(dir.resolve("bad.csv"), "zh,ru,en\n\"外长,министр,minister\n", StandardCharsets.UTF_8);
        ImportCommandTest.Run r = run("match", "--glossary", g.toString(), fixture("zh.txt"), fixture("ru.txt"));
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("bad.csv").contains("line 2");
    }

    @Test
    void topBelowOneIsAUsageError() throws Exception {
        assertThat(run("match", "--top", "0", fixture("zh.txt"), fixture("ru.txt")).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("match", fixture("zh.txt")).code()).isEqualTo(ExitCodes.USAGE);
    }
}
