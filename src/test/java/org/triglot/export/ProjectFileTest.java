package org.triglot.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.triglot.model.Comparison;
import org.triglot.model.Flag;
import org.triglot.model.Reason;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** The fixture with its first flag's reason given as a key with nested arguments, as the compare step makes them. */
    private Comparison keyed() {
        Flag f = c.flags().get(0);
        Reason why = Reason.of("only.mentions.also", Reason.of("side.named", Reason.of("side.ZH"), Reason.text("新华社 \"MFA\" & <co>")),
                Reason.text("乌克兰危机 🇨🇳 {0} it's"), Reason.of("paragraph.many", Reason.of("list.two", Reason.text("3"), Reason.text("6"))),
                Reason.of("only.alsoItem", Reason.text("Кризис\nв «кавычках»"), Reason.text("crisis")));
        List<Flag> flags = new ArrayList<>(c.flags());
        flags.set(0, new Flag(f.kind(), f.severity(), f.row(), f.versionA(), f.versionB(), f.side(), f.spansA(), f.spansB(),
                f.textA(), f.textB(), f.reason(), why));
        return new Comparison(c.versions(), c.labels(), c.units(), c.rows(), flags, c.reviewed());
    }

    @Test
    void aProjectKeepsEachReasonsKeyAndArgumentsBesideTheEnglish() throws Exception {
        Comparison k = keyed();
        Path f = dir.resolve("keyed.triglot");
        ProjectFile.write(k, f);
        Comparison back = ProjectFile.read(f);
        assertThat(back).isEqualTo(k);
        assertThat(back.flags().get(0).why()).isEqualTo(k.flags().get(0).why());
        assertThat(back.flags().get(0).reason()).isEqualTo(k.flags().get(0).reason());
        // A flag known only in English writes no key and reads back the same.
        assertThat(back.flags().get(1).why()).isEqualTo(new Reason.Text(c.flags().get(1).reason()));
        JsonNode flag = new ObjectMapper().readTree(Files.readString(f, StandardCharsets.UTF_8)).get("flags").get(0);
        assertThat(flag.get("reasonKey").asText()).isEqualTo("only.mentions.also");
        assertThat(flag.get("reasonArgs").get(1).asText()).isEqualTo("乌克兰危机 🇨🇳 {0} it's");
        assertThat(flag.get("reasonArgs").get(0).get("key").asText()).isEqualTo("side.named");
    }

    @Test
    void anOlderProjectWithOnlyTheEnglishReasonStillOpensAndKeepsThatText() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode root = m.readTree(ComparisonJson.write(keyed()));
        for (JsonNode flag : root.get("flags")) {
            ((ObjectNode) flag).remove(List.of("reasonKey", "reasonArgs"));
        }
        Path f = dir.resolve("old.triglot");
        Files.writeString(f, m.writeValueAsString(root), StandardCharsets.UTF_8);
        Comparison back = ProjectFile.read(f);
        for (int i = 0; i < c.flags().size(); i++) {
            assertThat(back.flags().get(i).reason()).isEqualTo(c.flags().get(i).reason());
            assertThat(back.flags().get(i).why()).isEqualTo(new Reason.Text(c.flags().get(i).reason()));
        }
    }

    @Test
    void aReasonArgumentThatIsNeitherTextNorAPhraseIsRefusedWithASentence() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode root = m.readTree(ComparisonJson.write(keyed()));
        ((ObjectNode) root.get("flags").get(0)).putArray("reasonArgs").add(7);
        Path f = dir.resolve("bad-reason.triglot");
        Files.writeString(f, m.writeValueAsString(root), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProjectFile.read(f)).isInstanceOf(ExportException.class)
                .hasMessageContaining("flag 1 has a reason argument that is neither text nor");
    }
}
