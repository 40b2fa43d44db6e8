package org.triglot.lexicon.dict;

import org.triglot.nlp.ChineseScript;
import org.triglot.nlp.Nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The bundled bilingual dictionaries (CC-CEDICT zh→en, Mueller en→ru) as lookup tables in every direction:
 * zh↔en, en↔ru, and zh↔ru through English. Keys are normal forms: Chinese in Simplified (Traditional accepted),
 * English as {@code EnglishStemmer} stems, Russian as {@code RussianLemmatizer} lemmas. Immutable and thread-safe.
 */
public final class Dictionaries {
    /** The experiment found that more than ~10 pivot translations per word raise wrong candidates faster than right ones. */
    public static final int PIVOT_LIMIT = 10;
    /** Longest headword worth trying in longest-match segmentation (UTF-16 chars). */
    public static final int MAX_SEGMENT_LENGTH = 8;

    static final String CEDICT_RESOURCE = "/dict/" + DictionaryCompiler.CEDICT_FILE;
    static final String MUELLER_RESOURCE = "/dict/" + DictionaryCompiler.MUELLER_FILE;
    private static final String[] NONE = new String[0];
    private static final String[][] NO_GROUPS = new String[0][];
    private static final int CACHE_LIMIT = 200_000;

    private final String[] zhLines;
    private final String[][][] zhGlossStems;
    private final Map<String, int[]> bySimplified;
    private final Map<String, int[]> byTraditional;
    private final Map<String, String[]> enToZh;
    private final Map<String, String[]> enToRu;
    private final Map<String, String[]> ruToEn;
    private final Map<String, String> ruByHeadword;
    private final Map<String, String[]> headwordsByStem;
    private final int longestWord;
    private final Map<String, Set<String>> ruOfZhCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> zhOfRuCache = new ConcurrentHashMap<>();

    private static final class Holder {
        static final Dictionaries SHARED = loadBundled();
    }

    private Dictionaries(Builder b) {
        this.zhLines = b.zhLines.toArray(NONE);
        this.zhGlossStems = b.zhGlossStems.toArray(new String[0][][]);
        this.bySimplified = b.bySimplified;
        this.byTraditional = b.byTraditional;
        this.enToZh = b.enToZh();
        this.enToRu = b.enToRu();
        this.ruToEn = b.ruToEn(enToRu);
        this.ruByHeadword = b.ruByHeadword;
        this.headwordsByStem = b.headwordsByStem();
        this.longestWord = b.longestWord;
    }

    /** The bundled dictionaries, loaded from the classpath on first use (by whichever thread asks first). */
    public static Dictionaries shared() {
        return Holder.SHARED;
    }

    /** Starts loading {@link #shared()} on a background daemon thread, so that the first alignment does not wait. */
    public static CompletableFuture<Dictionaries> loadInBackground() {
        CompletableFuture<Dictionaries> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(shared());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "dictionaries-load");
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** Reads dictionaries in the compiled form of {@link DictionaryCompiler} (both streams gzipped; closed here). */
    public static Dictionaries read(InputStream cedictGz, InputStream muellerGz) throws IOException {
        Builder b = new Builder();
        try (cedictGz) {
            eachLine(cedictGz, b::addChinese);
        }
        try (muellerGz) {
            eachLine(muellerGz, b::addEnglish);
        }
        return new Dictionaries(b);
    }

    private static Dictionaries loadBundled() {
        InputStream cedict = Dictionaries.class.getResourceAsStream(CEDICT_RESOURCE);
        InputStream mueller = Dictionaries.class.getResourceAsStream(MUELLER_RESOURCE);
        if (cedict == null || mueller == null) {
            throw new IllegalStateException("the bundled dictionaries " + CEDICT_RESOURCE + " and " + MUELLER_RESOURCE
                    + " are missing from the classpath (run DictionaryCompiler)");
        }
        try {
            return read(cedict, mueller);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled dictionaries", e);
        }
    }

    private static void eachLine(InputStream gz, Consumer<String> sink) throws IOException {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gz, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    sink.accept(line);
                }
            }
        }
    }

    // ---- zh ↔ en

    /** Stems of the content words of the word's cleaned CEDICT glosses, first glosses first; empty if unknown. */
    public Set<String> englishStemsOf(String chineseWord) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] group : glossGroups(chineseWord)) {
            out.addAll(Arrays.asList(group));
        }
        return Collections.unmodifiableSet(out);
    }

    /** Simplified CEDICT words with a gloss containing the stem; the reverse of {@link #englishStemsOf}. */
    public Set<String> chineseWordsOf(String englishStem) {
        return setOf(enToZh.get(englishStem));
    }

    /** True when the string is a CEDICT headword, Simplified or Traditional. */
    public boolean isChineseWord(String s) {
        return bySimplified.containsKey(s) || byTraditional.containsKey(s);
    }

    /** The longest headword length longest-match segmentation needs to try: the real maximum, capped at 8. */
    public int maxChineseWordLength() {
        return Math.min(MAX_SEGMENT_LENGTH, longestWord);
    }

    /** The CEDICT entries of a word (Simplified or Traditional), with readable glosses, for display. */
    public List<ZhEntry> chineseEntries(String word) {
        List<ZhEntry> out = new ArrayList<>();
        for (int i : entriesOf(word)) {
            String[] f = zhLines[i].split("\t", -1);
            List<String> glosses = f[3].isEmpty() ? List.of() : List.of(f[3].split("\\|"));
            out.add(new ZhEntry(f[0], f[1], f[2], glosses));
        }
        return out;
    }

    // ---- en ↔ ru

    /** Russian lemmas of Mueller's translations of English headwords with this stem, first senses first. */
    public Set<String> russianLemmasOf(String englishStem) {
        return setOf(enToRu.get(englishStem));
    }

    /** English stems of the headwords whose translations contain the lemma; the reverse of {@link #russianLemmasOf}. */
    public Set<String> englishStemsOfRussian(String russianLemma) {
        return setOf(ruToEn.get(normaliseRussian(russianLemma)));
    }

    /**
     * Mueller's readable translations of an English word, in sense order: of the headword itself, or else of the
     * headwords sharing its stem (so "talks" finds "talk"); empty if none.
     */
    public List<String> russianTranslations(String englishWord) {
        String headword = englishWord.toLowerCase(Locale.ROOT).trim();
        String direct = ruByHeadword.get(headword);
        if (direct != null) {
            return List.of(direct.split("\\|"));
        }
        String[] headwords = headwordsByStem.get(Nlp.shared().englishStemmer().stem(headword));
        if (headwords == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String h : headwords) {
            for (String t : ruByHeadword.get(h).split("\\|")) {
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    // ---- zh ↔ ru through English

    /**
     * The {@value #PIVOT_LIMIT} Russian lemmas reached from the word through the most of its English glosses
     * (ties: earliest gloss and sense, shortest gloss), best first.
     */
    public Set<String> russianLemmasOfChinese(String chineseWord) {
        Set<String> cached = ruOfZhCache.get(chineseWord);
        if (cached != null) {
            return cached;
        }
        Map<String, int[]> scores = new HashMap<>();
        String[][] groups = glossGroups(chineseWord);
        for (int g = 0; g < groups.length; g++) {
            Map<String, Integer> reached = new HashMap<>();
            for (String stem : groups[g]) {
                String[] lemmas = enToRu.getOrDefault(stem, NONE);
                for (int k = 0; k < lemmas.length; k++) {
                    // A long explanatory gloss is weaker evidence than a one-word one.
                    reached.merge(lemmas[k], g + k + groups[g].length - 1, Math::min);
                }
            }
            reached.forEach((lemma, rank) -> tally(scores, lemma, rank));
        }
        return remember(ruOfZhCache, chineseWord, top(scores));
    }

    /**
     * The {@value #PIVOT_LIMIT} Chinese words reached from the Russian lemma through the most English stems
     * (ties: earliest sense and gloss, shortest gloss), best first.
     */
    public Set<String> chineseWordsOfRussian(String russianLemma) {
        String lemma = normaliseRussian(russianLemma);
        Set<String> cached = zhOfRuCache.get(lemma);
        if (cached != null) {
            return cached;
        }
        Map<String, int[]> scores = new HashMap<>();
        for (String stem : ruToEn.getOrDefault(lemma, NONE)) {
            int senseRank = Arrays.asList(enToRu.get(stem)).indexOf(lemma);
            for (String word : enToZh.getOrDefault(stem, NONE)) {
                tally(scores, word, senseRank + glossRank(word, stem));
            }
        }
        return remember(zhOfRuCache, lemma, top(scores));
    }

    /** Number of CEDICT entries loaded. */
    public int chineseEntryCount() {
        return zhLines.length;
    }

    /** Number of Mueller headwords loaded. */
    public int englishHeadwordCount() {
        return ruByHeadword.size();
    }

    /** Number of English stems that have Russian lemmas. */
    public int englishStemsWithRussianCount() {
        return enToRu.size();
    }

    // ---- internals

    private int[] entriesOf(String word) {
        int[] e = bySimplified.get(word);
        if (e == null) {
            e = byTraditional.get(word);
        }
        if (e == null && !word.isEmpty()) {
            e = bySimplified.get(ChineseScript.toSimplified(word));
        }
        return e == null ? new int[0] : e;
    }

    private String[][] glossGroups(String word) {
        int[] entries = entriesOf(word);
        if (entries.length == 1) {
            return zhGlossStems[entries[0]];
        }
        List<String[]> groups = new ArrayList<>();
        for (int i : entries) {
            groups.addAll(Arrays.asList(zhGlossStems[i]));
        }
        return groups.isEmpty() ? NO_GROUPS : groups.toArray(NO_GROUPS);
    }

    /** Rank of the first gloss of the word containing the stem, plus the gloss's extra words. */
    private int glossRank(String word, String stem) {
        String[][] groups = glossGroups(word);
        for (int g = 0; g < groups.length; g++) {
            for (String s : groups[g]) {
                if (s.equals(stem)) {
                    return g + groups[g].length - 1;
                }
            }
        }
        return groups.length;
    }

    private static void tally(Map<String, int[]> scores, String key, int rank) {
        int[] s = scores.computeIfAbsent(key, k -> new int[] {0, Integer.MAX_VALUE});
        s[0]++;
        s[1] = Math.min(s[1], rank);
    }

    private static Set<String> top(Map<String, int[]> scores) {
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                .thenComparingInt(e -> e.getValue()[1])
                .thenComparing(Map.Entry::getKey));
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(PIVOT_LIMIT, ranked.size()); i++) {
            out.add(ranked.get(i).getKey());
        }
        return Collections.unmodifiableSet(out);
    }

    private static Set<String> remember(Map<String, Set<String>> cache, String key, Set<String> value) {
        if (cache.size() < CACHE_LIMIT) {
            cache.put(key, value);
        }
        return value;
    }

    private static Set<String> setOf(String[] values) {
        return values == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values)));
    }

    private static String normaliseRussian(String lemma) {
        return lemma.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Collects the parsed lines and builds the indexes; strings are interned so each stem and lemma is stored once. */
    private static final class Builder {
        final List<String> zhLines = new ArrayList<>(130_000);
        final List<String[][]> zhGlossStems = new ArrayList<>(130_000);
        final Map<String, int[]> bySimplified = new HashMap<>(200_000);
        final Map<String, int[]> byTraditional = new HashMap<>(64_000);
        final Map<String, List<String>> zhOfStem = new HashMap<>(100_000);
        final Map<String, String> ruByHeadword = new HashMap<>(80_000);
        final Map<String, List<String>> headwordsOfStem = new HashMap<>(64_000);
        final Map<String, List<String[]>> lemmasOfStem = new HashMap<>(64_000);
        final Map<String, String> pool = new HashMap<>(200_000);
        int longestWord;

        String intern(String s) {
            String known = pool.putIfAbsent(s, s);
            return known == null ? s : known;
        }

        void addChinese(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException("a CEDICT line needs 5 columns: " + line);
            }
            int index = zhLines.size();
            zhLines.add(line);
            String simplified = intern(f[0]);
            append(bySimplified, simplified, index);
            if (!f[1].equals(f[0])) {
                append(byTraditional, f[1], index);
            }
            longestWord = Math.max(longestWord, Math.max(f[0].length(), f[1].length()));
            String[][] groups = f[4].isEmpty() ? NO_GROUPS : Arrays.stream(f[4].split("\\|", -1))
                    .map(g -> g.isEmpty() ? NONE : Arrays.stream(g.split(" ")).map(this::intern).toArray(String[]::new))
                    .toArray(String[][]::new);
            zhGlossStems.add(groups);
            for (String[] group : groups) {
                for (String stem : group) {
                    zhOfStem.computeIfAbsent(stem, k -> new ArrayList<>(4)).add(simplified);
                }
            }
        }

        void addEnglish(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException("a Mueller line needs 4 columns: " + line);
            }
            String headword = f[0];
            ruByHeadword.put(headword, f[1]);
            String[] lemmas = f[3].isEmpty() ? NONE
                    : Arrays.stream(f[3].split(" ")).map(this::intern).toArray(String[]::new);
            if (f[2].isEmpty()) {
                return;
            }
            for (String stem : f[2].split(" ")) {
                String s = intern(stem);
                headwordsOfStem.computeIfAbsent(s, k -> new ArrayList<>(2)).add(headword);
                if (lemmas.length > 0) {
                    lemmasOfStem.computeIfAbsent(s, k -> new ArrayList<>(2)).add(lemmas);
                }
            }
        }

        Map<String, String[]> enToZh() {
            Map<String, String[]> out = new HashMap<>(zhOfStem.size() * 2);
            zhOfStem.forEach((stem, words) -> out.put(stem, new LinkedHashSet<>(words).toArray(NONE)));
            return out;
        }

        /** Several headwords share a stem (co-operate, co-operation): their senses interleave, first senses first. */
        Map<String, String[]> enToRu() {
            Map<String, String[]> out = new HashMap<>(lemmasOfStem.size() * 2);
            lemmasOfStem.forEach((stem, lists) -> {
                if (lists.size() == 1) {
                    out.put(stem, lists.get(0));
                    return;
                }
                Set<String> merged = new LinkedHashSet<>();
                int longest = lists.stream().mapToInt(l -> l.length).max().orElse(0);
                for (int k = 0; k < longest; k++) {
                    for (String[] l : lists) {
                        if (k < l.length) {
                            merged.add(l[k]);
                        }
                    }
                }
                out.put(stem, merged.toArray(NONE));
            });
            return out;
        }

        /** Each lemma's stems, those where it is an earlier sense first. */
        Map<String, String[]> ruToEn(Map<String, String[]> enToRu) {
            Map<String, List<Map.Entry<String, Integer>>> ranked = new HashMap<>(enToRu.size() * 3);
            enToRu.forEach((stem, lemmas) -> {
                for (int k = 0; k < lemmas.length; k++) {
                    ranked.computeIfAbsent(lemmas[k], x -> new ArrayList<>(2)).add(Map.entry(stem, k));
                }
            });
            Map<String, String[]> out = new HashMap<>(ranked.size() * 2);
            ranked.forEach((lemma, stems) -> {
                stems.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
                out.put(lemma, stems.stream().map(Map.Entry::getKey).toArray(String[]::new));
            });
            return out;
        }

        Map<String, String[]> headwordsByStem() {
            Map<String, String[]> out = new HashMap<>(headwordsOfStem.size() * 2);
            headwordsOfStem.forEach((stem, words) -> out.put(stem, words.toArray(NONE)));
            return out;
        }

        private static void append(Map<String, int[]> map, String key, int index) {
            int[] old = map.get(key);
            if (old == null) {
                map.put(key, new int[] {index});
            } else {
                int[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = index;
                map.put(key, grown);
            }
        }
    }
}
