package org.triglot.compare;

import org.triglot.lexicon.Unit;
import org.triglot.model.Document;
import org.triglot.model.Lang;
import org.triglot.model.Paragraph;
import org.triglot.model.Reason;
import org.triglot.model.Span;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * One side of a comparison: the document, the lexicon units of its paragraphs, where each paragraph's text starts in
 * the document text, how flags call it ("Chinese", or "first (name)" when both versions share a language), and the
 * memo of look-ups in its whole text.
 */
record CompareSide(String tag, Document doc, List<Unit> units, int[] offsets, Reason label, SideMemo memo) {
    Paragraph para(int i) {
        return doc.paragraphs().get(i);
    }

    Lang lang() {
        return doc.lang();
    }

    /**
     * The paragraphs of this side holding any of the keys, ascending: {@link CompareTexts#where} over all its units,
     * from the memo's index.
     */
    List<Integer> where(int[] keys) {
        if (keys.length == 1) {
            return Arrays.stream(memo.unitsWith(keys[0])).boxed().toList();
        }
        BitSet found = new BitSet(units.size());
        for (int k : keys) {
            for (int u : memo.unitsWith(k)) {
                found.set(u);
            }
        }
        return found.stream().boxed().toList();
    }

    /** A span relative to paragraph {@code para}, moved into the document text. */
    Span docSpan(int para, Span inPara) {
        return inPara.shift(offsets[para]);
    }

    /** Characters without whitespace, Chinese counted three times (a Chinese character carries about a word). */
    int weightedLength(String text) {
        return CompareTexts.weightedLength(text, doc.lang());
    }

    /** Where each paragraph's text starts in the document text (paragraph texts are slices of it). */
    static int[] offsets(Document d) {
        int[] out = new int[d.paragraphs().size()];
        for (Paragraph p : d.paragraphs()) {
            int start = p.span().start();
            if (!d.text().startsWith(p.text(), start)) {
                int found = d.text().indexOf(p.text(), start);
                start = found >= 0 ? found : start;
            }
            out[p.index()] = start;
        }
        return out;
    }
}
