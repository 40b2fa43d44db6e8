package org.triglot.compare;

import org.triglot.model.Lang;
import org.triglot.model.Span;
import org.triglot.nlp.ChineseScript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small stance and intensity lexicon of the TONE check ({@code resources/compare/tone.tsv}): concepts such
 * as "firmly", "oppose", "without preconditions" in the three languages, found in text with their spans.
 */
public final class ToneLexicon {
    private static final String RESOURCE = "/compare/tone.tsv";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    /** One concept of the lexicon; forms per language (Russian and English forms are word-prefix sequences). */
    public record Concept(String id, List<String> zh, List<List<String>> ru, List<List<String>> en, char polarity, int intensity) {
    }

    /** A concept found in a text: span relative to the text given. */
    public record Hit(Concept concept, Span span, String surface) {
    }

    private static volatile ToneLexicon bundled;
    private final List<Concept> concepts;

    public ToneLexicon(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
    }

    public static ToneLexicon bundled() {
        ToneLexicon t = bundled;
        if (t == null) {
            synchronized (ToneLexicon.class) {
                t = bundled;
                if (t == null) {
                    try (InputStream in = ToneLexicon.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the tone lexicon " + RESOURCE + " is missing");
                        }
                        t = new ToneLexicon(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()));
                        bundled = t;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the tone lexicon", e);
                    }
                }
            }
        }
        return t;
    }

    /** Parses the TSV lines (comments with #, one header line starting "id"). */
    static List<Concept> read(List<String> lines) {
        List<Concept> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length < 6) {
                throw new IllegalStateException("tone lexicon line has " + c.length + " columns, 6 expected: " + line);
            }
            out.add(new Concept(c[0], Arrays.stream(c[1].split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(ChineseScript::toSimplified).toList(), words(c[2]), words(c[3]), c[4].charAt(0), Integer.parseInt(c[5].strip())));
        }
        return out;
    }

    private static List<List<String>> words(String forms) {
        List<List<String>> out = new ArrayList<>();
        for (String f : forms.split("\\|")) {
            List<String> ws = new ArrayList<>();
            Matcher m = WORD.matcher(f.toLowerCase(Locale.ROOT));
            while (m.find()) {
                ws.add(m.group());
            }
            if (!ws.isEmpty()) {
                out.add(ws);
            }
        }
        return out;
    }

    public List<Concept> concepts() {
        return concepts;
    }

    /** Every concept found in the text (each concept once per place; a longer form wins over a shorter one at the same start). */
    public List<Hit> find(String text, Lang lang) {
        List<Hit> hits = new ArrayList<>();
        if (lang == Lang.ZH) {
            String s = ChineseScript.toSimplified(text);
            for (Concept c : concepts) {
                for (String f : c.zh()) {
                    int i = s.indexOf(f);
                    while (i >= 0) {
                        hits.add(new Hit(c, new Span(i, i + f.length()), text.substring(i, i + f.length())));
                        i = s.indexOf(f, i + f.length());
                    }
                }
            }
        } else {
            List<Span> spans = new ArrayList<>();
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(), m.end()));
                words.add(m.group().toLowerCase(Locale.ROOT).replace('ё', 'е'));
            }
            for (Concept c : concepts) {
                for (List<String> f : lang == Lang.RU ? c.ru() : c.en()) {
                    for (int i = 0; i + f.size() <= words.size(); i++) {
                        boolean ok = true;
                        for (int k = 0; k < f.size() && ok; k++) {
                            ok = words.get(i + k).startsWith(f.get(k).replace('ё', 'е'));
                        }
                        if (ok) {
                            Span sp = new Span(spans.get(i).start(), spans.get(i + f.size() - 1).end());
                            hits.add(new Hit(c, sp, sp.of(text)));
                        }
                    }
                }
            }
        }
        hits.sort((x, y) -> x.span().compareTo(y.span()));
        return hits;
    }
}
