package org.triglot.compare;

import org.triglot.model.Document;
import org.triglot.model.Lang;
import org.triglot.nlp.ChineseScript;

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
 * for stance words again, which made comparing two long versions quadratic in their length.
 */
final class SideMemo {
    private final Document doc;
    private final ToneLexicon tone;
    private final AtomicReferenceArray<List<ToneLexicon.Hit>> hits;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
    private volatile Set<String> concepts;
    private volatile String folded;

    SideMemo(Document doc, ToneLexicon tone) {
        this.doc = doc;
        this.tone = tone;
        this.hits = new AtomicReferenceArray<>(doc.paragraphs().size());
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
