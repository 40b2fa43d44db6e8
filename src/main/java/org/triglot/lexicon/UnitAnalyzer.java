package org.triglot.lexicon;

import org.triglot.lexicon.dict.Dictionaries;
import org.triglot.lexicon.glossary.GlossaryHit;
import org.triglot.lexicon.names.NameMatcher;
import org.triglot.lexicon.numbers.NumberExtractor;
import org.triglot.lexicon.numbers.NumberMention;
import org.triglot.model.Lang;
import org.triglot.model.Span;
import org.triglot.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Analyses the units of two texts for matching against each other: finds glossary terms, numbers, names and
 * content words in each unit, gives each word the keys of its possible translations into the other language,
 * links names across the two texts by pinyin/Palladius or sound, and weights words by inverse document
 * frequency within their own text.
 */
public final class UnitAnalyzer {
    /** Names linked across scripts below this score are too often different people. */
    static final double NAME_THRESHOLD = 0.72;
    /** Caps the pairwise name comparison on book-length input (unique names per side). */
    private static final int MAX_NAMES = 1000;

    private final Lexicon lexicon;
    private final boolean cacheForms;

    public UnitAnalyzer(Lexicon lexicon) {
        this(lexicon, true);
    }

    /** Without the per-form cache, for the test that the cache changes nothing. */
    UnitAnalyzer(Lexicon lexicon, boolean cacheForms) {
        this.lexicon = lexicon;
        this.cacheForms = cacheForms;
    }

    /** Both sides of a comparison, analysed against each other, sharing one key space. */
    public record Pair(List<Unit> a, List<Unit> b, KeySpace keys) {
    }

    /**
     * The key strings of a word, until they are interned. One instance is shared by every occurrence of the same
     * word form in a text (see {@link #side}), so the hundreds of translation keys of a common English stem are
     * built, hashed and interned once per comparison rather than once per occurrence.
     */
    private static final class Keys {
        private String primaryName;
        private Set<String> ownNames;
        private Set<String> translationNames;
        int primary;
        int[] own;
        int[] translations;

        Keys(Set<String> own, Set<String> translations) {
            this.primaryName = own.iterator().next();
            this.ownNames = own;
            this.translationNames = translations;
        }

        /** Interns the keys on first call; the strings are then dropped (the key space keeps one copy of each). */
        void intern(KeySpace keys) {
            if (ownNames == null) {
                return;
            }
            primary = keys.id(primaryName);
            own = keys.ids(ownNames);
            translations = keys.ids(translationNames);
            primaryName = null;
            ownNames = null;
            translationNames = null;
        }
    }

    /**
     * A word before weighting, its keys interned once both sides are analysed (strings for hundreds of
     * translations per word would dominate memory on book-length input). Mutable only so that name linking can
     * add the shared name key.
     */
    private static final class Raw {
        final Span span;
        final String surface;
        final String norm;
        final MatchKind kind;
        final Keys keys;
        int primary;
        int[] own;
        int[] translations;
        final String detail;

        Raw(Span span, String surface, String norm, MatchKind kind, Keys keys, String detail) {
            this.span = span;
            this.surface = surface;
            this.norm = norm;
            this.kind = kind;
            this.keys = keys;
            this.detail = detail;
        }

        void intern(KeySpace space) {
            keys.intern(space);
            primary = keys.primary;
            own = keys.own;
            translations = keys.translations;
        }

        /** Adds a key to this occurrence only: the arrays shared with other occurrences are copied, never changed. */
        void addKey(int key) {
            own = with(own, key);
            translations = with(translations, key);
        }

        private static int[] with(int[] sorted, int key) {
            if (java.util.Arrays.binarySearch(sorted, key) >= 0) {
                return sorted;
            }
            int[] out = java.util.Arrays.copyOf(sorted, sorted.length + 1);
            out[sorted.length] = key;
            java.util.Arrays.sort(out);
            return out;
        }
    }

    /** Texts per analysis task: enough tasks to keep both cores busy to the end, few enough to cost nothing. */
    static final int CHUNK = 100;

    /** Some consecutive texts of one side, and that side's cache of word forms (shared by its chunks). */
    private record Chunk(boolean sideA, List<String> texts, Lang lang, Lang other, Map<String, Keys> forms) {
    }

    public Pair analyse(List<String> textsA, Lang langA, List<String> textsB, Lang langB) {
        return analyse(textsA, langA, textsB, langB, () -> false);
    }

    /**
     * As above, checking {@code cancelled} before each chunk of {@value #CHUNK} texts: analysing thousands of paragraphs
     * takes seconds, and a window's Cancel must not wait for all of it. Ends with a CancellationException.
     */
    public Pair analyse(List<String> textsA, Lang langA, List<String> textsB, Lang langB, java.util.function.BooleanSupplier cancelled) {
        // Units are independent until names are linked: analyse chunks of both sides on all cores. English
        // tokenising costs several times Chinese segmenting, so one thread per side left a core idle.
        Map<String, Keys> formsA = cacheForms ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        Map<String, Keys> formsB = cacheForms ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < Math.max(textsA.size(), textsB.size()); i += CHUNK) {
            if (i < textsA.size()) {
                chunks.add(new Chunk(true, textsA.subList(i, Math.min(textsA.size(), i + CHUNK)), langA, langB, formsA));
            }
            if (i < textsB.size()) {
                chunks.add(new Chunk(false, textsB.subList(i, Math.min(textsB.size(), i + CHUNK)), langB, langA, formsB));
            }
        }
        List<List<List<Raw>>> analysed = chunks.parallelStream().map(c -> {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("analysis cancelled");
            }
            return side(c.texts(), c.lang(), c.other(), c.forms());
        }).toList();
        List<List<Raw>> rawA = new ArrayList<>(textsA.size());
        List<List<Raw>> rawB = new ArrayList<>(textsB.size());
        for (int c = 0; c < chunks.size(); c++) {
            (chunks.get(c).sideA() ? rawA : rawB).addAll(analysed.get(c));
        }
        // Interning on one thread, A before B in text order, gives every run the same key ids: the second pass
        // breaks ties by id (SelfTraining), so ids handed out in thread order made results vary between runs.
        KeySpace keys = new KeySpace();
        intern(rawA, keys);
        intern(rawB, keys);
        linkNames(rawA, rawB, keys);
        return new Pair(units(textsA, langA, rawA), units(textsB, langB, rawB), keys);
    }

    private static void intern(List<List<Raw>> units, KeySpace keys) {
        for (List<Raw> u : units) {
            for (Raw r : u) {
                r.intern(keys);
            }
        }
    }

    /**
     * Word forms repeat (Zipf): the keys of a form depend only on the form, so {@code forms} (null for none)
     * keeps each side's forms, looked up once.
     */
    private List<List<Raw>> side(List<String> texts, Lang lang, Lang other, Map<String, Keys> forms) {
        List<List<Raw>> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(words(t, lang, other, forms));
        }
        return out;
    }

    private List<Raw> words(String text, Lang lang, Lang other, Map<String, Keys> forms) {
        List<Token> tokens = lexicon.nlp().tokenize(text, lang);
        List<Raw> out = new ArrayList<>();
        boolean[] used = new boolean[text.length() + 1];
        List<NumberMention> numbers = NumberExtractor.extract(text, lang == Lang.OTHER ? "en" : lang.code());
        for (GlossaryHit h : lexicon.glossary().find(text, tokens, lang)) {
            Set<String> gkeys = new LinkedHashSet<>();
            gkeys.add("g:" + h.entry().id());
            // A long term ("80-летие Победы в Великой Отечественной войне") also stands for the shorter terms and
            // numbers inside it, which the other version may name on their own (伟大卫国战争, 八十周年).
            for (GlossaryHit inner : lexicon.glossary().findNested(h.surface(), lang)) {
                gkeys.add("g:" + inner.entry().id());
            }
            for (NumberMention m : numbers) {
                if (m.start() >= h.span().start() && m.end() <= h.span().end()) {
                    gkeys.add("n:" + m.key());
                    gkeys.add("v:" + formatValue(m.value()));
                }
            }
            out.add(new Raw(h.span(), h.surface(), h.entry().en(), MatchKind.GLOSSARY, new Keys(gkeys, gkeys),
                    h.entry().zh() + " / " + h.entry().ru() + " / " + h.entry().en()));
            mark(used, h.span());
        }
        for (NumberMention m : numbers) {
            Span s = new Span(m.start(), m.end());
            if (overlapsUsed(used, s)) {
                continue;
            }
            Set<String> nkeys = new LinkedHashSet<>();
            nkeys.add("n:" + m.key());
            nkeys.add("v:" + formatValue(m.value()));
            out.add(new Raw(s, m.surface(), m.key(), MatchKind.NUMBER, new Keys(nkeys, nkeys), m.kind().name().toLowerCase(Locale.ROOT)));
            mark(used, s);
        }
        Dictionaries dict = lexicon.dictionaries();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || overlapsUsed(used, t.span()) || Stopwords.isStopword(t.norm(), lang)) {
                continue;
            }
            if (t.text().codePoints().allMatch(Character::isDigit)) {
                continue;
            }
            String norm = t.norm();
            boolean latin = t.text().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
            String lat = latin ? "lat:" + t.text().toLowerCase(Locale.ROOT) : null;
            // An English plural of an acronym (AMs, MWPs, NGOs) is the acronym a Chinese or Russian text writes bare.
            java.util.regex.Matcher plural = latin ? ACRONYM_PLURAL.matcher(t.text()) : null;
            String singular = plural != null && plural.matches() ? "lat:" + plural.group(1).toLowerCase(Locale.ROOT) : null;
            Keys wordKeys;
            if (forms == null) {
                wordKeys = wordKeys(dict, norm, lat, singular, lang, other);
            } else {
                String form = latin ? norm + '\u0000' + lat + (singular == null ? "" : "\u0001") : norm;
                wordKeys = forms.computeIfAbsent(form, f -> wordKeys(dict, norm, lat, singular, lang, other));
            }
            MatchKind kind = MatchKind.DICTIONARY;
            String detail = "";
            if (isNameCandidate(t, i, tokens, lang)) {
                kind = MatchKind.NAME;
                detail = lang == Lang.RU ? capitalise(norm) : t.text();
            }
            // A word neither dictionary knows still counts against coverage: it is content the other side may lack.
            out.add(new Raw(t.span(), t.text(), norm, kind, wordKeys, detail));
        }
        out.sort((x, y) -> x.span.compareTo(y.span));
        return out;
    }

    /** Two or more capitals and a plural s, perhaps possessive: AMs, MWPs, AMs'. */
    private static final java.util.regex.Pattern ACRONYM_PLURAL = java.util.regex.Pattern.compile("(\\p{Lu}{2,})s['’]?");

    /**
     * The keys of a word form: its own (norm, Latin spelling, the singular of an acronym's plural, dictionary parts)
     * and its translations'.
     */
    private static Keys wordKeys(Dictionaries dict, String norm, String lat, String singular, Lang lang, Lang other) {
        Set<String> own = new LinkedHashSet<>();
        Set<String> tr = new LinkedHashSet<>();
        own.add(lang.code() + ":" + norm);
        if (lat != null) {
            own.add(lat);
            tr.add(lat);
        }
        if (singular != null) {
            own.add(singular);
            tr.add(singular);
        }
        if (lang == other) {
            tr.add(lang.code() + ":" + norm);
        } else {
            translations(dict, norm, lang, other, own, tr);
        }
        return new Keys(own, tr);
    }

    private static void translations(Dictionaries dict, String norm, Lang lang, Lang other, Set<String> own, Set<String> tr) {
        String prefix = other.code() + ":";
        switch (lang) {
            case ZH -> {
                List<String> parts = dict.isChineseWord(norm) ? List.of(norm) : chineseParts(dict, norm);
                for (String p : parts) {
                    own.add("zh:" + p);
                    Set<String> t = other == Lang.EN ? dict.englishStemsOf(p) : dict.russianLemmasOfChinese(p);
                    t.forEach(x -> tr.add(prefix + x));
                    if (other == Lang.RU) {
                        pivot(dict.englishStemsOf(p), own, tr);
                    }
                }
            }
            case RU -> {
                Set<String> t = other == Lang.EN ? dict.englishStemsOfRussian(norm) : dict.chineseWordsOfRussian(norm);
                t.forEach(x -> tr.add(prefix + x));
                if (other == Lang.ZH) {
                    pivot(dict.englishStemsOfRussian(norm), own, tr);
                }
            }
            case EN, OTHER -> {
                Set<String> t = other == Lang.ZH ? dict.chineseWordsOf(norm) : dict.russianLemmasOf(norm);
                t.forEach(x -> tr.add(prefix + x));
            }
        }
    }

    /** English stems through which a Chinese and a Russian word may meet; only the first few, as more add noise. */
    static final int PIVOT_STEMS = 8;

    /**
     * Chinese and Russian also meet in English: a word offers its first English stems as keys and looks for the
     * other side's, which catches pairs the capped direct pivot misses.
     */
    private static void pivot(Set<String> englishStems, Set<String> own, Set<String> tr) {
        int k = 0;
        for (String s : englishStems) {
            if (k++ == PIVOT_STEMS) {
                break;
            }
            own.add("pv:" + s);
            tr.add("pv:" + s);
        }
    }

    /** Greedy longest match over dictionary headwords inside a word the segmenter made but the dictionary lacks. */
    static List<String> chineseParts(Dictionaries dict, String word) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int max = dict.maxChineseWordLength();
        while (i < word.length()) {
            int len = Math.min(max, word.length() - i);
            while (len > 1 && !dict.isChineseWord(word.substring(i, i + len))) {
                len--;
            }
            String p = word.substring(i, i + len);
            if (len > 1 || dict.isChineseWord(p)) {
                parts.add(p);
            }
            i += len;
        }
        return parts;
    }

    private static boolean isNameCandidate(Token t, int index, List<Token> tokens, Lang lang) {
        if (lang == Lang.ZH) {
            String tag = t.tag();
            boolean latinName = t.text().length() >= 3 && Character.isUpperCase(t.text().codePointAt(0))
                    && !t.text().equals(t.text().toUpperCase(Locale.ROOT));
            // Chinese text often gives a foreign name in Latin letters too: 高斯林 (Ryan Gosling).
            return tag.startsWith("nr") || tag.startsWith("ns") || latinName;
        }
        String s = t.text();
        if (s.length() < 3 || !Character.isUpperCase(s.codePointAt(0)) || s.equals(s.toUpperCase(Locale.ROOT))) {
            return false;
        }
        // A capital after a sentence start says nothing; a capital mid-sentence marks a name.
        return index > 0 && !".!?»\"“:".contains(tokens.get(index - 1).text());
    }

    /** Gives names on both sides that NameMatcher takes for the same person or place one shared key. */
    private static void linkNames(List<List<Raw>> a, List<List<Raw>> b, KeySpace keys) {
        Map<String, List<Raw>> namesA = names(a);
        Map<String, List<Raw>> namesB = names(b);
        Map<String, String> linkA = new HashMap<>();
        Map<String, String> linkB = new HashMap<>();
        List<NameMatcher.Prepared> preparedB = namesB.keySet().stream().map(NameMatcher.Prepared::of).toList();
        // Up to MAX_NAMES² comparisons: score on all cores, then hand out keys in order, as a plain loop would.
        List<String> listA = new ArrayList<>(namesA.keySet());
        List<List<String>> matches = listA.parallelStream().map(na -> {
            NameMatcher.Prepared pa = NameMatcher.Prepared.of(na);
            List<String> out = new ArrayList<>();
            for (NameMatcher.Prepared pb : preparedB) {
                if (NameMatcher.similarity(pa, pb, NAME_THRESHOLD).score() >= NAME_THRESHOLD) {
                    out.add(pb.text());
                }
            }
            return out;
        }).toList();
        int k = 0;
        for (int i = 0; i < listA.size(); i++) {
            String na = listA.get(i);
            for (String nb : matches.get(i)) {
                String key = linkA.containsKey(na) ? linkA.get(na) : linkB.containsKey(nb) ? linkB.get(nb) : "nm:" + (k++);
                linkA.putIfAbsent(na, key);
                linkB.putIfAbsent(nb, key);
            }
        }
        apply(namesA, linkA, keys);
        apply(namesB, linkB, keys);
    }

    private static Map<String, List<Raw>> names(List<List<Raw>> units) {
        Map<String, List<Raw>> byName = new LinkedHashMap<>();
        for (List<Raw> u : units) {
            for (Raw r : u) {
                if (r.kind == MatchKind.NAME && byName.size() < MAX_NAMES) {
                    byName.computeIfAbsent(r.detail, x -> new ArrayList<>()).add(r);
                } else if (r.kind == MatchKind.NAME && byName.containsKey(r.detail)) {
                    byName.get(r.detail).add(r);
                }
            }
        }
        return byName;
    }

    private static void apply(Map<String, List<Raw>> names, Map<String, String> links, KeySpace keys) {
        names.forEach((name, raws) -> {
            String key = links.get(name);
            if (key != null) {
                int id = keys.id(key);
                for (Raw r : raws) {
                    r.addKey(id);
                }
            }
        });
    }

    private static List<Unit> units(List<String> texts, Lang lang, List<List<Raw>> raws) {
        Map<Integer, Integer> df = new HashMap<>();
        for (List<Raw> u : raws) {
            Set<Integer> seen = new java.util.HashSet<>();
            for (Raw r : u) {
                seen.add(r.primary);
            }
            seen.forEach(k -> df.merge(k, 1, Integer::sum));
        }
        int n = raws.size();
        List<Unit> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Word> words = new ArrayList<>();
            java.util.TreeSet<Integer> unitKeys = new java.util.TreeSet<>();
            for (Raw r : raws.get(i)) {
                double idf = Math.log((n + 1.0) / (df.get(r.primary) + 0.5));
                double weight = Math.max(0.5, idf) * switch (r.kind) {
                    case GLOSSARY, NAME, NUMBER -> 1.5;
                    default -> 1.0;
                };
                words.add(new Word(r.span, r.surface, r.norm, r.kind, r.own, r.translations, weight, r.detail));
                for (int k : r.own) {
                    unitKeys.add(k);
                }
            }
            String text = texts.get(i);
            out.add(new Unit(i, text, lang, words, unitKeys.stream().mapToInt(Integer::intValue).toArray(), lengthOf(text)));
        }
        return out;
    }

    /** Characters without whitespace: the length measure of Gale–Church, for Chinese as for the others. */
    public static int lengthOf(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static void mark(boolean[] used, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            used[i] = true;
        }
    }

    private static boolean overlapsUsed(boolean[] used, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static String formatValue(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
