package org.triglot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TriglotCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(ImportCommandTest.class.getResource("/fixtures/" + name).toURI()).toString();
    }

    @Test
    void jsonHasLanguageScriptParagraphsAndSentenceSpans() throws Exception {
        Run r = run("import", "--format", "json", fixture("zh-hant.txt"));
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("lang").asText()).isEqualTo("zh");
        assertThat(root.get("script").asText()).isEqualTo("Hant");
        JsonNode p1 = root.get("paragraphs").get(1);
        assertThat(p1.get("heading").asBoolean()).isFalse();
        JsonNode s0 = p1.get("sentences").get(0);
        String text = Files.readString(Path.of(fixture("zh-hant.txt")), StandardCharsets.UTF_8);
        assertThat(text.substring(s0.get("start").asInt(), s0.get("end").asInt())).isEqualTo(s0.get("text").asText());
    }

    @Test
    void textFormatListsParagraphsAndSentences() throws Exception {
        Run r = run("import", fixture("en-lines.txt"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("English (Latin)").contains("3 paragraphs").contains("¶2");
    }

    @Test
    void badInputEndsWithOneLineAndExitCodeThree() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run r = run("import", empty.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("is empty").doesNotContain("Exception");

        Run missing = run("import", dir.resolve("missing.docx").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("There is no file");

        Run french = run("import", fixture("fr.txt"));
        assertThat(french.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(french.err()).contains("French");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("import").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("import", "--format", "xml", "x.txt").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("no-such-command").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpAndVersionExitWithZero() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("import");
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).contains("Triglot");
    }
}
