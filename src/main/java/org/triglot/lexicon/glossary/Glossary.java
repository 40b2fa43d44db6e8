package org.triglot.lexicon.glossary;

import org.triglot.model.Lang;
import org.triglot.model.Span;
import org.triglot.nlp.ChineseScript;
import org.triglot.nlp.Nlp;
import org.triglot.nlp.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The trilingual glossary (bundled files plus any the user loads) with an index that finds its forms in text:
 * Chinese by longest match on the Simplified text, Russian on lemma sequences (so "Лаврову" finds Лавров),
 * English on stem sequences; acronyms ("US", "ШОС") must match in capitals, capitalised names with a capital.
 */
public final class Glossary {
    private static final String INDEX = "/glossary/index.txt";

    /** How a Latin or Cyrillic form's case must match: acronyms exactly in capitals, names with a capital. */
    private enum CaseRule { ANY, CAPITALISED, UPPER }

    private record Form(GlossaryEntry entry, CaseRule rule) {
    }

    private final Nlp nlp;
    private final List<GlossaryEntry> entries = new ArrayList<>();
    private final Map<String, List<GlossaryEntry>> chinese = new HashMap<>();
    /** Every prefix (two characters or more) of a Chinese form: a longest-match scan stops where none continues. */
    private final Set<String> chinesePrefixes = new HashSet<>();
    private int maxChinese = 1;
    private final Map<Lang, Map<String, List<Form>>> alphabetic = new EnumMap<>(Lang.class);
    /** Every prefix (whole words) of an alphabetic form's key, per language, for the same early stop. */
    private final Map<Lang, Set<String>> alphabeticPrefixes = new EnumMap<>(Lang.class);
    private final Map<Lang, Integer> maxTokens = new EnumMap<>(Lang.class);
    /** The two analysis threads look terms up at once; only loading a glossary writes. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private Glossary(Nlp nlp) {
        this.nlp = nlp;
        alphabetic.put(Lang.RU, new HashMap<>());
        alphabetic.put(Lang.EN, new HashMap<>());
        alphabeticPrefixes.put(Lang.RU, new HashSet<>());
        alphabeticPrefixes.put(Lang.EN, new HashSet<>());
        maxTokens.put(Lang.RU, 1);
        maxTokens.put(Lang.EN, 1);
    }

    /** An empty glossary (for tests and for users who want only their own terms). */
    public static Glossary empty(Nlp nlp) {
        return new Glossary(nlp);
    }

    /** The glossary files listed in {@code resources/glossary/index.txt}. */
    public static Glossary bundled(Nlp nlp) {
        Glossary g = new Glossary(nlp);
        try (InputStream idx = Glossary.class.getResourceAsStream(INDEX)) {
            if (idx == null) {
                throw new IllegalStateException("the bundled glossary index " + INDEX + " is missing");
            }
            List<String> files = new BufferedReader(new InputStreamReader(idx, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
            for (String f : files) {
                try (InputStream in = Glossary.class.getResourceAsStream("/glossary/" + f)) {
                    if (in == null) {
                        throw new IllegalStateException("the bundled glossary file " + f + " is missing");
                    }
                    g.addAll(GlossaryReader.readDelimited(f, in, g.entries.size(), '\t'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled glossary", e);
        } catch (GlossaryException e) {
            throw new IllegalStateException("the bundled glossary is malformed: " + e.getMessage(), e);
        }
        return g;
    }

    /** Adds a user's glossary file (TSV, CSV or TBX); returns how many entries it added. */
    public int load(Path file) throws GlossaryException {
        lock.writeLock().lock();
        try {
            List<GlossaryEntry> added = GlossaryReader.read(file, entries.size());
            addAll(added);
            return added.size();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void addAll(List<GlossaryEntry> list) {
        lock.writeLock().lock();
        try {
            addAllLocked(list);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void addAllLocked(List<GlossaryEntry> list) {
        for (GlossaryEntry e : list) {
            entries.add(e);
            for (String f : e.forms(Lang.ZH)) {
                for (String key : chineseKeys(ChineseScript.toSimplified(f))) {
                    if (key.codePointCount(0, key.length()) >= 2) {
                        List<GlossaryEntry> es = chinese.computeIfAbsent(key, k -> new ArrayList<>(1));
                        if (!es.contains(e)) {
                            es.add(e);
                        }
                        maxChinese = Math.max(maxChinese, key.length());
                        for (int len = 2; len <= key.length(); len++) {
                            chinesePrefixes.add(key.substring(0, len));
                        }
                    }
                }
            }
            for (Lang lang : List.of(Lang.RU, Lang.EN)) {
                for (String f : e.forms(lang)) {
                    List<Token> words = words(f, lang);
                    if (words.isEmpty()) {
                        continue;
                    }
                    String key = key(words, 0, words.size());
                    alphabetic.get(lang).computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Form(e, caseRule(f)));
                    maxTokens.merge(lang, words.size(), Math::max);
                    for (int len = 1; len <= words.size(); len++) {
                        alphabeticPrefixes.get(lang).add(key(words, 0, len));
                    }
                }
            }
        }
    }

    /**
     * A Chinese form and, when it has figures under 1000 in Arabic digits, the same form in Chinese numerals: Xinhua
     * writes 80周年, Macao Daily 八十周年 (years, four digits, are read digit by digit and left alone).
     */
    static List<String> chineseKeys(String form) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![0-9])[0-9]{1,3}(?![0-9])").matcher(form);
        StringBuilder numerals = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            var written = org.triglot.lexicon.numbers.ChineseNumerals.write(Integer.parseInt(m.group()));
            m.appendReplacement(numerals, written.orElse(m.group()));
            any |= written.isPresent();
        }
        m.appendTail(numerals);
        return any ? List.of(form, numerals.toString()) : List.of(form);
    }

    public List<GlossaryEntry> entries() {
        lock.readLock().lock();
        try {
            return List.copyOf(entries);
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every glossary form in the text, longest first, not overlapping, in text order. */
    public List<GlossaryHit> find(String text, Lang lang) {
        if (lang == Lang.ZH) {
            return findChinese(text);
        }
        Lang l = lang == Lang.RU ? Lang.RU : Lang.EN;
        return findAlphabetic(text, words(text, l), l);
    }

    /**
     * The shorter glossary terms inside a term that was found whole: every hit of every length at each position,
     * except the term itself.
     */
    public List<GlossaryHit> findNested(String term, Lang lang) {
        List<GlossaryHit> out = new ArrayList<>();
        if (lang == Lang.ZH) {
            String s = ChineseScript.toSimplified(term);
            lock.readLock().lock();
            try {
                for (int i = 0; i < s.length(); i++) {
                    for (int len = 2; len <= Math.min(maxChinese, s.length() - i); len++) {
                        List<GlossaryEntry> es = len == s.length() ? null : chinese.get(s.substring(i, i + len));
                        if (es != null) {
                            out.add(new GlossaryHit(es.get(0), new Span(i, i + len), term.substring(i, i + len)));
                        }
                    }
                }
            } finally {
                lock.readLock().unlock();
            }
            return out;
        }
        Lang l = lang == Lang.RU ? Lang.RU : Lang.EN;
        List<Token> words = words(term, l);
        lock.readLock().lock();
        try {
            Map<String, List<Form>> index = alphabetic.get(l);
            for (int i = 0; i < words.size(); i++) {
                for (int len = 1; len <= words.size() - i; len++) {
                    if (len == words.size()) {
                        continue;
                    }
                    List<Form> forms = index.get(key(words, i, i + len));
                    if (forms != null && caseMatches(forms.get(0).rule(), words.get(i))) {
                        Span span = new Span(words.get(i).span().start(), words.get(i + len - 1).span().end());
                        out.add(new GlossaryHit(forms.get(0).entry(), span, span.of(term)));
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return out;
    }

    /** Same as {@link #find} for a text already tokenised (tokens' spans relative to {@code text}). */
    public List<GlossaryHit> find(String text, List<Token> tokens, Lang lang) {
        if (lang == Lang.ZH) {
            return findChinese(text);
        }
        Lang l = lang == Lang.RU ? Lang.RU : Lang.EN;
        return findAlphabetic(text, tokens.stream().filter(Token::isWord).toList(), l);
    }

    private List<GlossaryHit> findChinese(String text) {
        String s = ChineseScript.toSimplified(text);
        List<GlossaryHit> hits = new ArrayList<>();
        lock.readLock().lock();
        try {
            int i = 0;
            while (i < s.length()) {
                // The longest form starting at i: lengthen while some form still begins this way.
                int found = 0;
                List<GlossaryEntry> best = null;
                for (int len = 2; i + len <= s.length() && len <= maxChinese; len++) {
                    String part = s.substring(i, i + len);
                    if (!chinesePrefixes.contains(part)) {
                        break;
                    }
                    List<GlossaryEntry> es = chinese.get(part);
                    if (es != null) {
                        found = len;
                        best = es;
                    }
                }
                if (best != null) {
                    hits.add(new GlossaryHit(best.get(0), new Span(i, i + found), text.substring(i, i + found)));
                    i += found;
                } else {
                    i++;
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return hits;
    }

    private List<GlossaryHit> findAlphabetic(String text, List<Token> words, Lang lang) {
        String[] norms = new String[words.size()];
        for (int k = 0; k < norms.length; k++) {
            norms[k] = words.get(k).norm().toLowerCase(Locale.ROOT);
        }
        List<GlossaryHit> hits = new ArrayList<>();
        lock.readLock().lock();
        try {
            Map<String, List<Form>> index = alphabetic.get(lang);
            Set<String> prefixes = alphabeticPrefixes.get(lang);
            int max = maxTokens.get(lang);
            int[] lengths = new int[max + 1];
            String[] keys = new String[max + 1];
            int i = 0;
            while (i < words.size()) {
                // Lengths at which some form matches, found by lengthening while some form still begins this way;
                // then the longest whose case rule the first word meets wins, as a scan from the longest would find.
                int candidates = 0;
                StringBuilder key = new StringBuilder();
                for (int len = 1; len <= Math.min(max, words.size() - i); len++) {
                    if (len > 1) {
                        key.append(' ');
                    }
                    key.append(norms[i + len - 1]);
                    String k = key.toString();
                    if (!prefixes.contains(k)) {
                        break;
                    }
                    if (index.containsKey(k)) {
                        lengths[candidates] = len;
                        keys[candidates++] = k;
                    }
                }
                GlossaryHit hit = null;
                int used = 0;
                for (int c = candidates - 1; c >= 0 && hit == null; c--) {
                    int len = lengths[c];
                    for (Form f : index.get(keys[c])) {
                        if (caseMatches(f.rule(), words.get(i))) {
                            Span span = new Span(words.get(i).span().start(), words.get(i + len - 1).span().end());
                            hit = new GlossaryHit(f.entry(), span, span.of(text));
                            used = len;
                            break;
                        }
                    }
                }
                if (hit != null) {
                    hits.add(hit);
                    i += used;
                } else {
                    i++;
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return hits;
    }

    private List<Token> words(String text, Lang lang) {
        return nlp.tokenize(text, lang).stream().filter(Token::isWord).toList();
    }

    private static String key(List<Token> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words.get(k).norm().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static CaseRule caseRule(String form) {
        String letters = form.codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return CaseRule.UPPER;
        }
        return !letters.isEmpty() && Character.isUpperCase(letters.codePointAt(0)) ? CaseRule.CAPITALISED : CaseRule.ANY;
    }

    private static boolean caseMatches(CaseRule rule, Token first) {
        String t = first.text();
        return switch (rule) {
            case ANY -> true;
            case CAPITALISED -> Character.isUpperCase(t.codePointAt(0));
            case UPPER -> t.equals(t.toUpperCase(Locale.ROOT)) && t.codePoints().anyMatch(Character::isLetter);
        };
    }
}
