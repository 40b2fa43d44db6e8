package org.triglot.lexicon.dict;

import org.triglot.nlp.ChineseScript;
import org.triglot.nlp.Nlp;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.concurrent.CompletionException;
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

    /** Every headword, stem and lemma, once; the tables below are indexed by these ids. */
    private final PackedStrings words;
    /** The CEDICT line of each entry, for display. */
    private final PackedStrings zhLines;
    /** Entry → its gloss groups; group → the word ids of its stems. */
    private final PackedLists glossGroupsOfEntry;
    private final PackedLists stemsOfGroup;
    /** Word id → entries, or → word ids, as the name says. */
    private final PackedLists bySimplified;
    private final PackedLists byTraditional;
    private final PackedLists enToZh;
    private final PackedLists enToRu;
    private final PackedLists ruToEn;
    private final PackedLists headwordsByStem;
    /** Headword id → the id of its readable translations (one list of one) in {@link #ruTexts}. */
    private final PackedLists ruOfHeadword;
    private final PackedStrings ruTexts;
    private final int headwordCount;
    private final int stemsWithRussian;
    private final int longestWord;
    private final Map<String, Set<String>> ruOfZhCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> zhOfRuCache = new ConcurrentHashMap<>();

    private static final class Holder {
        static final Dictionaries SHARED = loadBundled();
    }

    /** Packs what the two sides collected: the maps they built become garbage while the load is still young. */
    private Dictionaries(ChineseSide zh, EnglishSide en) {
        PackedStrings.Builder pool = new PackedStrings.Builder();
        PackedStrings.Builder lines = new PackedStrings.Builder();
        PackedLists.Builder groupsOfEntry = new PackedLists.Builder();
        PackedLists.Builder stemsOfGroups = new PackedLists.Builder();
        for (int e = 0; e < zh.lines.size(); e++) {
            lines.append(zh.lines.get(e));
            String[][] groups = zh.glossStems.get(e);
            int[] groupIds = new int[groups.length];
            for (int g = 0; g < groups.length; g++) {
                groupIds[g] = stemsOfGroups.append(ids(pool, groups[g]));
            }
            groupsOfEntry.append(groupIds);
        }
        this.bySimplified = pack(pool, zh.bySimplified);
        this.byTraditional = pack(pool, zh.byTraditional);
        this.enToZh = packWords(pool, zh.enToZh);
        this.enToRu = packWords(pool, en.enToRu);
        this.ruToEn = packWords(pool, en.ruToEn);
        this.headwordsByStem = packWords(pool, en.headwordsByStem);
        PackedStrings.Builder texts = new PackedStrings.Builder();
        Map<String, int[]> textOfHeadword = new HashMap<>(en.ruByHeadword.size() * 2);
        en.ruByHeadword.forEach((headword, text) -> textOfHeadword.put(headword, new int[] {texts.add(text)}));
        this.ruOfHeadword = pack(pool, textOfHeadword);
        this.ruTexts = texts.build();
        this.words = pool.build();
        this.zhLines = lines.build();
        this.glossGroupsOfEntry = groupsOfEntry.build();
        this.stemsOfGroup = stemsOfGroups.build();
        this.headwordCount = en.ruByHeadword.size();
        this.stemsWithRussian = en.enToRu.size();
        this.longestWord = zh.longestWord;
    }

    private static int[] ids(PackedStrings.Builder pool, String[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = pool.add(values[i]);
        }
        return out;
    }

    private static PackedLists packWords(PackedStrings.Builder pool, Map<String, String[]> map) {
        Map<String, int[]> byId = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> byId.put(k, ids(pool, v)));
        return pack(pool, byId);
    }

    /** The map as lists indexed by the keys' ids (keys join the pool; values are kept as they are). */
    private static PackedLists pack(PackedStrings.Builder pool, Map<String, int[]> map) {
        int[][] keyed = new int[map.size()][];
        int[] keys = new int[map.size()];
        int n = 0;
        for (Map.Entry<String, int[]> e : map.entrySet()) {
            keys[n] = pool.add(e.getKey());
            keyed[n++] = e.getValue();
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> keys[i]));
        PackedLists.Builder b = new PackedLists.Builder();
        for (int i : order) {
            b.put(keys[i], keyed[i]);
        }
        return b.build();
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

    /**
     * Reads dictionaries in the compiled form of {@link DictionaryCompiler} (both streams gzipped; closed here).
     * The English–Russian side is parsed on a second thread while this one parses CEDICT.
     */
    public static Dictionaries read(InputStream cedictGz, InputStream muellerGz) throws IOException {
        ChineseSide zh = new ChineseSide();
        EnglishSide en = new EnglishSide();
        CompletableFuture<Void> english = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (muellerGz) {
                eachLine(muellerGz, en::add);
                en.finish();
                english.complete(null);
            } catch (IOException | RuntimeException e) {
                english.completeExceptionally(e);
            }
        }, "dictionaries-load-en-ru");
        t.setDaemon(true);
        t.start();
        try (cedictGz) {
            eachLine(cedictGz, zh::add);
        }
        zh.finish();
        try {
            english.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        return new Dictionaries(zh, en);
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

    /** Decodes the whole file at once (much faster than a Reader) and hands over its non-comment lines. */
    private static void eachLine(InputStream gz, Consumer<String> sink) throws IOException {
        String text;
        try (InputStream in = new GZIPInputStream(gz, 1 << 16)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start && text.charAt(start) != '#') {
                sink.accept(text.substring(start, end));
            }
            start = end + 1;
        }
    }

    // ---- zh ↔ en

    /** Stems of the content words of the word's cleaned CEDICT glosses, first glosses first; empty if unknown. */
    public Set<String> englishStemsOf(String chineseWord) {
        Set<String> out = new LinkedHashSet<>();
        for (int[] group : glossGroups(entriesOf(chineseWord))) {
            for (int stem : group) {
                out.add(words.get(stem));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Simplified CEDICT words with a gloss containing the stem; the reverse of {@link #englishStemsOf}. */
    public Set<String> chineseWordsOf(String englishStem) {
        return setOf(enToZh, words.find(englishStem));
    }

    /** True when the string is a CEDICT headword, Simplified or Traditional. */
    public boolean isChineseWord(String s) {
        int id = words.find(s);
        return id >= 0 && (bySimplified.length(id) > 0 || byTraditional.length(id) > 0);
    }

    /** The longest headword length longest-match segmentation needs to try: the real maximum, capped at 8. */
    public int maxChineseWordLength() {
        return Math.min(MAX_SEGMENT_LENGTH, longestWord);
    }

    /** The CEDICT entries of a word (Simplified or Traditional), with readable glosses, for display. */
    public List<ZhEntry> chineseEntries(String word) {
        List<ZhEntry> out = new ArrayList<>();
        for (int i : entriesOf(word)) {
            String[] f = zhLines.get(i).split("\t", -1);
            List<String> glosses = f[3].isEmpty() ? List.of() : List.of(f[3].split("\\|"));
            out.add(new ZhEntry(f[0], f[1], f[2], glosses));
        }
        return out;
    }

    // ---- en ↔ ru

    /** Russian lemmas of Mueller's translations of English headwords with this stem, first senses first. */
    public Set<String> russianLemmasOf(String englishStem) {
        return setOf(enToRu, words.find(englishStem));
    }

    /** English stems of the headwords whose translations contain the lemma; the reverse of {@link #russianLemmasOf}. */
    public Set<String> englishStemsOfRussian(String russianLemma) {
        return setOf(ruToEn, words.find(normaliseRussian(russianLemma)));
    }

    /**
     * Mueller's readable translations of an English word, in sense order: of the headword itself, or else of the
     * headwords sharing its stem (so "talks" finds "talk"); empty if none.
     */
    public List<String> russianTranslations(String englishWord) {
        String headword = englishWord.toLowerCase(Locale.ROOT).trim();
        int direct = words.find(headword);
        if (direct >= 0 && ruOfHeadword.length(direct) > 0) {
            return List.of(ruTexts.get(ruOfHeadword.get(direct, 0)).split("\\|"));
        }
        int stem = words.find(Nlp.shared().englishStemmer().stem(headword));
        if (stem < 0 || headwordsByStem.length(stem) == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < headwordsByStem.length(stem); k++) {
            int h = headwordsByStem.get(stem, k);
            for (String t : ruTexts.get(ruOfHeadword.get(h, 0)).split("\\|")) {
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The Mueller headwords whose stem is this one ("talk", "talks" for "talk"), to show a stem as words; empty if none. */
    public List<String> englishHeadwordsOf(String englishStem) {
        int stem = words.find(englishStem);
        List<String> out = new ArrayList<>();
        for (int k = 0; stem >= 0 && k < headwordsByStem.length(stem); k++) {
            out.add(words.get(headwordsByStem.get(stem, k)));
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
        int[][] groups = glossGroups(entriesOf(chineseWord));
        for (int g = 0; g < groups.length; g++) {
            Map<Integer, Integer> reached = new HashMap<>();
            for (int stem : groups[g]) {
                for (int k = 0; k < enToRu.length(stem); k++) {
                    // A long explanatory gloss is weaker evidence than a one-word one.
                    reached.merge(enToRu.get(stem, k), g + k + groups[g].length - 1, Math::min);
                }
            }
            reached.forEach((lemma, rank) -> tally(scores, words.get(lemma), rank));
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
        int lemmaId = words.find(lemma);
        if (lemmaId >= 0) {
            for (int s = 0; s < ruToEn.length(lemmaId); s++) {
                int stem = ruToEn.get(lemmaId, s);
                int senseRank = indexOf(enToRu, stem, lemmaId);
                for (int w = 0; w < enToZh.length(stem); w++) {
                    int word = enToZh.get(stem, w);
                    tally(scores, words.get(word), senseRank + glossRank(bySimplified.toArray(word), stem));
                }
            }
        }
        return remember(zhOfRuCache, lemma, top(scores));
    }

    /** Number of CEDICT entries loaded. */
    public int chineseEntryCount() {
        return zhLines.size();
    }

    /** Number of Mueller headwords loaded. */
    public int englishHeadwordCount() {
        return headwordCount;
    }

    /** Number of English stems that have Russian lemmas. */
    public int englishStemsWithRussianCount() {
        return stemsWithRussian;
    }

    // ---- internals

    private int[] entriesOf(String word) {
        int id = words.find(word);
        if (id >= 0 && bySimplified.length(id) > 0) {
            return bySimplified.toArray(id);
        }
        if (id >= 0 && byTraditional.length(id) > 0) {
            return byTraditional.toArray(id);
        }
        if (!word.isEmpty()) {
            int simplified = words.find(ChineseScript.toSimplified(word));
            if (simplified >= 0) {
                return bySimplified.toArray(simplified);
            }
        }
        return new int[0];
    }

    /** The gloss groups of the entries, in order, each as the word ids of its stems. */
    private int[][] glossGroups(int[] entries) {
        int n = 0;
        for (int e : entries) {
            n += glossGroupsOfEntry.length(e);
        }
        int[][] out = new int[n][];
        int k = 0;
        for (int e : entries) {
            for (int g = 0; g < glossGroupsOfEntry.length(e); g++) {
                out[k++] = stemsOfGroup.toArray(glossGroupsOfEntry.get(e, g));
            }
        }
        return out;
    }

    /** Rank of the first gloss of the entries containing the stem, plus the gloss's extra words. */
    private int glossRank(int[] entries, int stem) {
        int[][] groups = glossGroups(entries);
        for (int g = 0; g < groups.length; g++) {
            for (int s : groups[g]) {
                if (s == stem) {
                    return g + groups[g].length - 1;
                }
            }
        }
        return groups.length;
    }

    private static int indexOf(PackedLists lists, int k, int value) {
        for (int i = 0; i < lists.length(k); i++) {
            if (lists.get(k, i) == value) {
                return i;
            }
        }
        return -1;
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

    private Set<String> setOf(PackedLists lists, int key) {
        if (key < 0 || lists.length(key) == 0) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < lists.length(key); i++) {
            out.add(words.get(lists.get(key, i)));
        }
        return Collections.unmodifiableSet(out);
    }

    private static String normaliseRussian(String lemma) {
        return lemma.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Splits on one character without regular expressions (the load parses about a million fields). */
    static String[] split(String s, char separator) {
        if (s.isEmpty()) {
            return NONE;
        }
        int n = 1;
        for (int i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, i + 1)) {
            n++;
        }
        String[] out = new String[n];
        int start = 0;
        for (int k = 0; k < n - 1; k++) {
            int end = s.indexOf(separator, start);
            out[k] = s.substring(start, end);
            start = end + 1;
        }
        out[n - 1] = s.substring(start);
        return out;
    }

    /** Interns strings so that each stem and lemma is stored once. */
    private static final class Pool {
        private final Map<String, String> known = new HashMap<>(200_000);

        String intern(String s) {
            String k = known.putIfAbsent(s, s);
            return k == null ? s : k;
        }

        String[] internAll(String[] values) {
            for (int i = 0; i < values.length; i++) {
                values[i] = intern(values[i]);
            }
            return values;
        }
    }

    /** Collects the CEDICT lines and builds the zh→en and en→zh indexes. */
    private static final class ChineseSide {
        final List<String> lines = new ArrayList<>(130_000);
        final List<String[][]> glossStems = new ArrayList<>(130_000);
        final List<String> simplifiedOfEntry = new ArrayList<>(130_000);
        final Map<String, int[]> bySimplified = new HashMap<>(200_000);
        final Map<String, int[]> byTraditional = new HashMap<>(64_000);
        // One lookup per stem occurrence both interns the stem and records the entry (about a million occurrences).
        final Map<String, StemSlot> slots = new HashMap<>(120_000);
        final Pool pool = new Pool();
        Map<String, String[]> enToZh;
        int longestWord;

        /** A stem, stored once, and the entries whose glosses have it. */
        static final class StemSlot {
            final String stem;
            int[] entries = new int[2];
            int size;

            StemSlot(String stem) {
                this.stem = stem;
            }

            void add(int entry) {
                if (size > 0 && entries[size - 1] == entry) {
                    return;
                }
                if (size == entries.length) {
                    entries = Arrays.copyOf(entries, size * 2);
                }
                entries[size++] = entry;
            }
        }

        void add(String line) {
            String[] f = split(line, '\t');
            if (f.length != 5) {
                throw new IllegalArgumentException("a CEDICT line needs 5 columns: " + line);
            }
            int index = lines.size();
            lines.add(line);
            String simplified = pool.intern(f[0]);
            simplifiedOfEntry.add(simplified);
            append(bySimplified, simplified, index);
            if (!f[1].equals(f[0])) {
                append(byTraditional, f[1], index);
            }
            longestWord = Math.max(longestWord, Math.max(f[0].length(), f[1].length()));
            String[] glosses = split(f[4], '|');
            String[][] groups = glosses.length == 0 ? NO_GROUPS : new String[glosses.length][];
            for (int g = 0; g < glosses.length; g++) {
                String[] stems = split(glosses[g], ' ');
                for (int i = 0; i < stems.length; i++) {
                    StemSlot slot = slots.computeIfAbsent(stems[i], StemSlot::new);
                    slot.add(index);
                    stems[i] = slot.stem;
                }
                groups[g] = stems;
            }
            glossStems.add(groups);
        }

        void finish() {
            enToZh = new HashMap<>(slots.size() * 2);
            for (StemSlot slot : slots.values()) {
                Set<String> words = new LinkedHashSet<>();
                for (int i = 0; i < slot.size; i++) {
                    words.add(simplifiedOfEntry.get(slot.entries[i]));
                }
                enToZh.put(slot.stem, words.toArray(NONE));
            }
            slots.clear();
        }
    }

    /** Collects the Mueller lines and builds the en→ru and ru→en indexes. */
    private static final class EnglishSide {
        final Map<String, String> ruByHeadword = new HashMap<>(80_000);
        final Map<String, List<String>> headwordsOfStem = new HashMap<>(64_000);
        final Map<String, List<String[]>> lemmasOfStem = new HashMap<>(64_000);
        final Pool pool = new Pool();
        Map<String, String[]> enToRu;
        Map<String, String[]> ruToEn;
        Map<String, String[]> headwordsByStem;

        void add(String line) {
            String[] f = split(line, '\t');
            if (f.length != 4) {
                throw new IllegalArgumentException("a Mueller line needs 4 columns: " + line);
            }
            String headword = f[0];
            ruByHeadword.put(headword, f[1]);
            String[] lemmas = pool.internAll(split(f[3], ' '));
            for (String stem : split(f[2], ' ')) {
                String s = pool.intern(stem);
                headwordsOfStem.computeIfAbsent(s, k -> new ArrayList<>(2)).add(headword);
                if (lemmas.length > 0) {
                    lemmasOfStem.computeIfAbsent(s, k -> new ArrayList<>(2)).add(lemmas);
                }
            }
        }

        void finish() {
            enToRu = new HashMap<>(lemmasOfStem.size() * 2);
            // Several headwords share a stem (co-operate, co-operation): their senses interleave, first senses first.
            lemmasOfStem.forEach((stem, lists) -> {
                if (lists.size() == 1) {
                    enToRu.put(stem, lists.get(0));
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
                enToRu.put(stem, merged.toArray(NONE));
            });
            // Each lemma's stems: those where it is an earlier sense first, then alphabetical.
            String[] stems = enToRu.keySet().toArray(NONE);
            Arrays.sort(stems);
            List<String[]> active = new ArrayList<>(stems.length);
            List<String> activeStems = new ArrayList<>(stems.length);
            for (String stem : stems) {
                active.add(enToRu.get(stem));
                activeStems.add(stem);
            }
            Map<String, List<String>> stemsOfLemma = new HashMap<>(enToRu.size() * 3);
            // Rank by rank over the stems whose lists are that long, so the work is one visit per lemma occurrence.
            for (int k = 0; !active.isEmpty(); k++) {
                int kept = 0;
                for (int i = 0; i < active.size(); i++) {
                    String[] l = active.get(i);
                    if (k < l.length) {
                        stemsOfLemma.computeIfAbsent(l[k], x -> new ArrayList<>(2)).add(activeStems.get(i));
                        active.set(kept, l);
                        activeStems.set(kept, activeStems.get(i));
                        kept++;
                    }
                }
                active.subList(kept, active.size()).clear();
                activeStems.subList(kept, activeStems.size()).clear();
            }
            ruToEn = new HashMap<>(stemsOfLemma.size() * 2);
            stemsOfLemma.forEach((lemma, l) -> ruToEn.put(lemma, l.toArray(NONE)));
            headwordsByStem = new HashMap<>(headwordsOfStem.size() * 2);
            headwordsOfStem.forEach((stem, words) -> headwordsByStem.put(stem, words.toArray(NONE)));
            lemmasOfStem.clear();
            headwordsOfStem.clear();
        }
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
