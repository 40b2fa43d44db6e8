package org.triglot.nlp;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.triglot.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English sentences by OpenNLP's UD-EWT sentence model, with a repair pass for what the model gets wrong on news
 * text: it splits after "Jan." and titles ("Gen.", "Sen."), and it misses boundaries after a closing quote.
 */
public final class EnglishSentenceSplitter implements SentenceSplitter {
    static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** Abbreviations that never end a sentence in news text: titles and the like come before a name. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "maj", "sgt", "sen", "rep", "gov", "rev",
            "st", "mt", "ft", "hon", "amb", "pres", "messrs", "adm", "cmdr", "brig", "supt");
    /** Abbreviations that end a sentence only if a capitalised word follows that is not a number or date part. */
    private static final Set<String> BEFORE_NUMBERS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol",
            "p", "pp", "art", "fig", "ch", "sec", "para", "approx", "est", "vs", "v", "cf", "e.g", "i.e", "etc", "inc",
            "corp", "co", "ltd", "jr", "sr", "u.s", "u.k", "u.n", "a.m", "p.m");
    private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("u.s", "u.k", "u.n", "e.u");
    /** Capitalised words that continue "U.S." as an attribute rather than start a new sentence. */
    private static final Set<String> NOUNS_AFTER_COUNTRY = Set.of(
            "President", "Secretary", "Army", "Navy", "Air", "Senate", "Senator", "Congress", "House", "Department",
            "State", "Embassy", "Ambassador", "Treasury", "Federal", "Supreme", "Open", "Marines", "Forces", "Government",
            "Administration", "Attorney", "Vice", "National", "Security", "Council", "General", "Representative", "Trade",
            "Special", "Envoy", "Navy's", "Coast", "Central", "Court", "Defense", "Defence", "Foreign", "Prime", "Minister");
    private static final Pattern QUOTE_BOUNDARY = Pattern.compile("[.!?][\"”’']\\s+(?=[\"“]?[A-Z])");

    private final SentenceModel model;
    private final ThreadLocal<SentenceDetectorME> detector;

    public EnglishSentenceSplitter() {
        try (InputStream in = EnglishSentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the English sentence model " + MODEL + " is missing from the classpath");
            }
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English sentence model", e);
        }
        detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    @Override
    public List<Span> split(String text) {
        List<Integer> boundaries = new ArrayList<>();
        int lineStart = 0;
        // The model was trained on running text; a line break inside a paragraph is a hard boundary of its own.
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                splitLine(text, lineStart, i, boundaries);
                if (i < text.length()) {
                    boundaries.add(i);
                }
                lineStart = i + 1;
            }
        }
        return Spans.cut(text, boundaries);
    }

    private void splitLine(String text, int from, int to, List<Integer> boundaries) {
        String line = text.substring(from, to);
        opennlp.tools.util.Span[] found = detector.get().sentPosDetect(line);
        List<Integer> local = new ArrayList<>();
        for (int k = 0; k + 1 < found.length; k++) {
            int end = found[k].getEnd();
            int nextStart = found[k + 1].getStart();
            if (!keepTogether(line, end, nextStart)) {
                local.add(end);
            }
        }
        var m = QUOTE_BOUNDARY.matcher(line);
        while (m.find()) {
            int b = m.start() + 2;
            if (!local.contains(b) && !isInsideDetected(local, found, b)) {
                local.add(b);
            }
        }
        local.sort(Integer::compare);
        for (int b : local) {
            boundaries.add(from + b);
        }
    }

    /** A boundary the model already put at the same place (it may sit after trailing spaces). */
    private static boolean isInsideDetected(List<Integer> local, opennlp.tools.util.Span[] found, int b) {
        for (opennlp.tools.util.Span s : found) {
            if (Math.abs(s.getEnd() - b) <= 1 || Math.abs(s.getStart() - b) <= 1) {
                return true;
            }
        }
        return false;
    }

    private static String firstWord(String line, int from) {
        int end = from;
        while (end < line.length() && (Character.isLetter(line.charAt(end)) || line.charAt(end) == '\'')) {
            end++;
        }
        return line.substring(from, end);
    }

    private static boolean keepTogether(String line, int end, int nextStart) {
        String before = line.substring(0, end);
        if (!before.endsWith(".")) {
            return false;
        }
        int w = before.length() - 1;
        while (w > 0 && (Character.isLetter(before.charAt(w - 1)) || before.charAt(w - 1) == '.')) {
            w--;
        }
        String word = before.substring(w, before.length() - 1).toLowerCase(Locale.ROOT);
        if (TITLES.contains(word)) {
            return true;
        }
        String original = before.substring(w, before.length() - 1);
        // "John F. Kennedy", "Lyndon B. Johnson": a single capital with a stop before a capitalised name.
        if (original.length() == 1 && Character.isUpperCase(original.charAt(0)) && nextStart < line.length()
                && Character.isUpperCase(line.charAt(nextStart)) && w > 0 && before.charAt(w - 1) == ' ') {
            return true;
        }
        if (COUNTRY_ABBREVIATIONS.contains(word) && NOUNS_AFTER_COUNTRY.contains(firstWord(line, nextStart))) {
            return true;
        }
        if (BEFORE_NUMBERS.contains(word) && nextStart < line.length()) {
            char next = line.charAt(nextStart);
            return Character.isDigit(next) || Character.isLowerCase(next);
        }
        return false;
    }
}
