package org.triglot.compare;

import org.triglot.lexicon.Unit;
import org.triglot.model.Document;
import org.triglot.model.Lang;
import org.triglot.nlp.ChineseScript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;

/**
 * The document-wide look-ups of one side of a {@link CompareContext}, each worked out on first use and kept: the tone
 * hits of every paragraph, the stance concepts of the whole text, the text folded for searching, and the yes/no
 * answers of {@link OtherVersionSearch}. Before, every paragraph without counterpart searched the whole other text
 * for stance words again, which made comparing two long versions quadratic in their length. Also kept: the speakers
 * each paragraph names and, per lexicon key, the paragraphs that hold it (every word of every row used to scan all
 * paragraphs of the other version for its translations).
 */
final class SideMemo {
    private static final int[] NONE = new int[0];
    private final Document doc;
    private final ToneLexicon tone;
    private final List<Unit> units;
    private final AtomicReferenceArray<List<ToneLexicon.Hit>> hits;
    private final AtomicReferenceArray<List<Speakers.Mention>> mentions;
    private volatile Map<Integer, int[]> holders;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
    private volatile Set<String> concepts;
    private volatile String folded;

    /** @param units the lexicon units of the document's paragraphs, one per paragraph, in order */
    SideMemo(Document doc, ToneLexicon tone, List<Unit> units) {
        this.doc = doc;
        this.tone = tone;
        this.units = units;
        this.hits = new AtomicReferenceArray<>(doc.paragraphs().size());
        this.mentions = new AtomicReferenceArray<>(doc.paragraphs().size());
    }

    /**
     * The speakers paragraph {@code i} names ({@link Speakers#mentions}); {@code speakers} must be made from the
     * lexicon's glossary of this memo's context, which the context checks has not changed.
     */
    List<Speakers.Mention> mentions(int i, Speakers speakers) {
        List<Speakers.Mention> m = mentions.get(i);
        if (m == null) {
            m = List.copyOf(speakers.mentions(doc.paragraphs().get(i).text(), doc.lang()));
            mentions.set(i, m);
        }
        return m;
    }

    /** The indexes of the units holding {@code key}, ascending. */
    int[] unitsWith(int key) {
        Map<Integer, int[]> h = holders;
        if (h == null) {
            Map<Integer, List<Integer>> lists = new HashMap<>();
            for (Unit u : units) {
                for (int k : u.ownKeys()) {
                    lists.computeIfAbsent(k, x -> new ArrayList<>()).add(u.index());
                }
            }
            Map<Integer, int[]> built = new HashMap<>(lists.size() * 2);
            lists.forEach((k, l) -> built.put(k, l.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()));
            h = built;
            holders = h;
        }
        return h.getOrDefault(key, NONE);
    }

    /** The tone lexicon's hits in paragraph {@code i} (spans relative to the paragraph text). */
    List<ToneLexicon.Hit> toneHits(int i) {
        List<ToneLexicon.Hit> h = hits.get(i);
        if (h == null) {
            h = List.copyOf(tone.find(doc.paragraphs().get(i).text(), doc.lang()));
            hits.set(i, h);
        }
        return h;
    }

    /** Every stance concept some paragraph of the document uses. */
    Set<String> toneConcepts() {
        Set<String> c = concepts;
        if (c == null) {
            Set<String> all = new HashSet<>();
            for (int i = 0; i < hits.length(); i++) {
                toneHits(i).forEach(x -> all.add(x.concept().id()));
            }
            c = Set.copyOf(all);
            concepts = c;
        }
        return c;
    }

    /** The whole text as searched for forms: simplified for Chinese, else lower-cased with ё as е. */
    String folded() {
        String f = folded;
        if (f == null) {
            f = doc.lang() == Lang.ZH ? ChineseScript.toSimplified(doc.text())
                    : doc.text().toLowerCase(Locale.ROOT).replace('ё', 'е');
            folded = f;
        }
        return f;
    }

    /**
     * The answer to a question about this side's whole text, asked once: {@code key} must name everything the answer
     * depends on besides this side and the lexicon (the entry, the asking side's language, the word).
     */
    boolean answer(String key, BooleanSupplier compute) {
        Boolean known = answers.get(key);
        if (known == null) {
            known = compute.getAsBoolean(); // not computeIfAbsent: a computation may ask another question of this map
            answers.putIfAbsent(key, known);
        }
        return known;
    }
}
