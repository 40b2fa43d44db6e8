package org.triglot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.triglot.lexicon.LookupResult;
import org.triglot.lexicon.LookupResult.NameReading;
import org.triglot.lexicon.LookupResult.NumberFound;
import org.triglot.lexicon.LookupResult.Sense;
import org.triglot.lexicon.glossary.GlossaryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code triglot lookup TERM}: what the lexicon knows about a term in Chinese, Russian and English. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Show what the lexicon knows about a word or phrase: glossary entries, dictionary senses in the "
                + "other two languages, numbers and name readings.")
final class LookupCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "TERM",
            description = "A word or phrase in Chinese (Simplified or Traditional), Russian (any form) or English; several words are joined.")
    List<String> term;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    GlossaryOption glossaries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String t = String.join(" ", term).strip();
        if (t.isEmpty()) {
            throw new CliFailure(ExitCodes.USAGE, "the term is empty; give a word or phrase, e.g. triglot lookup 金砖国家", null);
        }
        glossaries.load(TriglotCommand.workbench());
        LookupResult r = TriglotCommand.workbench().lookup(t);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(toJson(r));
        } else {
            printText(r, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void printText(LookupResult r, PrintWriter out) {
        out.printf("%s: %s (%s), normal form %s%n", r.term(), r.lang().englishName(), r.script().englishName(), r.normalForm());
        if (r.isEmpty()) {
            out.println("Nothing known: no glossary entry, dictionary sense, number or name reading for \"" + r.term() + "\".");
            return;
        }
        if (!r.glossary().isEmpty()) {
            out.println();
            out.println("Glossary:");
            for (GlossaryEntry e : r.glossary()) {
                out.printf("  zh %s | ru %s | en %s  (%s, %s)%n", e.zh(), e.ru(), e.en(), e.category(), e.source());
            }
        }
        if (!r.senses().isEmpty()) {
            out.println();
            out.println("Dictionary:");
            for (Sense s : r.senses()) {
                out.printf("  %s%s → %s [%s]: %s%n", s.headword(), s.reading().isEmpty() ? "" : " [" + s.reading() + "]",
                        s.target().code(), s.source(), String.join("; ", s.words()));
            }
        }
        if (!r.numbers().isEmpty()) {
            out.println();
            out.println("Numbers:");
            for (NumberFound n : r.numbers()) {
                out.printf("  %s  %s  key %s%n", n.surface(), n.kind(), n.key());
            }
        }
        if (!r.names().isEmpty()) {
            out.println();
            out.println("As a name:");
            for (NameReading n : r.names()) {
                out.printf("  %s  pinyin %s%s%n", n.name(), n.pinyin().isEmpty() ? "–" : n.pinyin(),
                        n.palladius().isEmpty() ? "" : ", Palladius " + n.palladius());
            }
        }
    }

    static String toJson(LookupResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("term", r.term());
        root.put("lang", r.lang().code());
        root.put("script", r.script().code());
        root.put("normalForm", r.normalForm());
        List<Map<String, Object>> glossary = new ArrayList<>();
        for (GlossaryEntry e : r.glossary()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("zh", e.zh());
            m.put("ru", e.ru());
            m.put("en", e.en());
            m.put("category", e.category());
            m.put("variants", e.variants());
            m.put("source", e.source());
            glossary.add(m);
        }
        root.put("glossary", glossary);
        List<Map<String, Object>> senses = new ArrayList<>();
        for (Sense s : r.senses()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", s.source());
            m.put("headword", s.headword());
            m.put("reading", s.reading());
            m.put("target", s.target().code());
            m.put("words", s.words());
            senses.add(m);
        }
        root.put("senses", senses);
        List<Map<String, Object>> numbers = new ArrayList<>();
        for (NumberFound n : r.numbers()) {
            numbers.add(JsonFields.of("surface", n.surface(), "kind", n.kind(), "key", n.key()));
        }
        root.put("numbers", numbers);
        List<Map<String, Object>> names = new ArrayList<>();
        for (NameReading n : r.names()) {
            names.add(JsonFields.of("name", n.name(), "pinyin", n.pinyin(), "palladius", n.palladius()));
        }
        root.put("names", names);
        root.put("known", !r.isEmpty());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
