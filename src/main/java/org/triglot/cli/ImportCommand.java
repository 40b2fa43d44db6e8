package org.triglot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.triglot.ingest.ImportException;
import org.triglot.model.Document;
import org.triglot.model.ImportWarning;
import org.triglot.model.Lang;
import org.triglot.model.Paragraph;
import org.triglot.model.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code triglot import FILE}: shows the language, script, paragraphs and sentences (with spans) Triglot finds. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a file and print its language, script, paragraphs and sentences with their spans.")
final class ImportCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "A .txt, .md, .html, .docx, .odt, .rtf, .pdf or .epub file.")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--allow-other-language", description = "Print the result even when the text is not Chinese, Russian or English.")
    boolean allowOther;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Document doc = load(file);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (doc.lang() == Lang.OTHER && !allowOther) {
            String msg = doc.warnings().stream().filter(w -> w.key().equals("import.otherLanguage")).map(ImportWarning::message)
                    .findFirst().orElse(doc.name() + " is not in Chinese, Russian or English.");
            throw new CliFailure(ExitCodes.BAD_INPUT, msg + " (Use --allow-other-language to see it anyway.)", null);
        }
        for (ImportWarning w : doc.warnings()) {
            err.println("triglot: warning: " + w.message());
        }
        if (format == Format.json) {
            out.println(toJson(doc));
        } else {
            printText(doc, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Document load(Path file) {
        try {
            return TriglotCommand.workbench().importFile(file);
        } catch (ImportException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
    }

    static void printText(Document doc, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %s (%s), confidence %.2f, %s%s, %d paragraphs, %d sentences%n",
                doc.name(), doc.lang().englishName(), doc.script().englishName(), doc.langConfidence(), doc.format(),
                doc.encoding() == null ? "" : ", " + doc.encoding(), doc.paragraphs().size(), doc.sentences().size());
        for (Paragraph p : doc.paragraphs()) {
            out.printf(Locale.ROOT, "%n¶%d [%d,%d)%s%s%n", p.index(), p.span().start(), p.span().end(),
                    p.heading() ? " heading" : "", p.lang() == doc.lang() ? "" : " " + p.lang().code());
            for (Sentence s : p.sentences()) {
                out.printf(Locale.ROOT, "  %d [%d,%d) %s%n", s.index(), s.span().start(), s.span().end(), oneLine(s.text()));
            }
        }
    }

    private static String oneLine(String s) {
        return s.replace("\r", "").replace('\n', ' ');
    }

    static String toJson(Document doc) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", doc.name());
        root.put("lang", doc.lang().code());
        root.put("script", doc.script().code());
        root.put("confidence", Math.round(doc.langConfidence() * 1000) / 1000.0);
        root.put("format", doc.format());
        root.put("encoding", doc.encoding());
        root.put("offsets", "UTF-16 code units into the document text, end exclusive");
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("index", p.index());
            pm.put("start", p.span().start());
            pm.put("end", p.span().end());
            pm.put("lang", p.lang().code());
            pm.put("heading", p.heading());
            pm.put("text", p.text());
            List<Map<String, Object>> sentences = new ArrayList<>();
            for (Sentence s : p.sentences()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("index", s.index());
                sm.put("start", s.span().start());
                sm.put("end", s.span().end());
                sm.put("text", s.text());
                sentences.add(sm);
            }
            pm.put("sentences", sentences);
            paragraphs.add(pm);
        }
        root.put("paragraphs", paragraphs);
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (ImportWarning w : doc.warnings()) {
            warnings.add(JsonFields.of("key", w.key(), "message", w.message()));
        }
        root.put("warnings", warnings);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
