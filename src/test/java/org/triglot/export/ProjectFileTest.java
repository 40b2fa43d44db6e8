package org.triglot.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.model.Comparison;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectFileTest {
    @TempDir
    Path dir;

    private final Comparison c = ExportFixture.comparison();

    @Test
    void aProjectRoundTripsToAnEqualComparison() throws Exception {
        Path f = dir.resolve("meeting.triglot");
        ProjectFile.write(c, f);
        assertThat(ProjectFile.read(f)).isEqualTo(c);
        // The same through the generic reader and the JSON export.
        Path j = dir.resolve("meeting.json");
        Exports.write(c, ExportFormat.JSON, ExportOptions.DEFAULTS, j);
        ExportedTable t = Exports.read(j);
        assertThat(t.comparison()).isEqualTo(c);
        assertThat(t.rows().get(1).texts().get(3)).isEqualTo(ExportFixture.EN_2);
        assertThat(t.columns()).containsExactly("zh-CN", "zh-TW", "ru-RU", "en-US");
    }

    @Test
    void theJsonNamesItsSchemaAndKeepsSpans() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ComparisonJson.write(c));
        assertThat(root.get("schema").asText()).isEqualTo("triglot-comparison");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("units").asText()).isEqualTo("sentences");
        JsonNode en = root.get("versions").get(3);
        assertThat(en.get("lang").asText()).isEqualTo("en");
        assertThat(en.get("script").asText()).isEqualTo("Latn");
        assertThat(root.get("versions").get(1).get("script").asText()).isEqualTo("Hant");
        JsonNode s1 = en.get("paragraphs").get(0).get("sentences").get(1);
        assertThat(en.get("text").asText().substring(s1.get("start").asInt(), s1.get("end").asInt())).isEqualTo(ExportFixture.EN_2);
        assertThat(root.get("labels").get(3).asText()).isEqualTo("English <MFA>");
        assertThat(root.get("flags").get(2).get("spansA").get(0).size()).isEqualTo(2);
        assertThat(root.get("reviewed").toString()).isEqualTo("[true,false,false,true]");
    }

    @Test
    void aHandEditedProjectThatPointsNowhereIsRefusedWithASentence() throws Exception {
        String json = ComparisonJson.write(c).replace("\"cells\" : [ [ 0 ]", "\"cells\" : [ [ 40 ]");
        assertThat(json).contains("[ 40 ]");
        Path f = dir.resolve("bad.triglot");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProjectFile.read(f)).isInstanceOf(ExportException.class)
                .hasMessageContaining("row 1 points at sentences 40 of version 1, which has 4");
        Files.writeString(f, "{\"schema\": \"triglot-comparison\", \"version\": 7}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProjectFile.read(f)).hasMessageContaining("format version 7");
        Files.writeString(f, "{\"schema\": ", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProjectFile.read(f)).hasMessageContaining("not valid JSON");
    }

    @Test
    void savingOverAProjectReplacesItWhole() throws Exception {
        Path f = dir.resolve("p.triglot");
        Files.writeString(f, "old", StandardCharsets.UTF_8);
        ProjectFile.write(c, f);
        assertThat(ProjectFile.read(f)).isEqualTo(c);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("p.triglot");
        }
    }
}
