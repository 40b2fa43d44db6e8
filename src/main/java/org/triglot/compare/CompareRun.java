package org.triglot.compare;

import org.triglot.lexicon.KeySpace;
import org.triglot.lexicon.Word;
import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.model.Bead;
import org.triglot.model.Flag;
import org.triglot.model.Flag.Kind;
import org.triglot.model.Flag.Severity;
import org.triglot.model.Reason;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state one comparison shares between its checks: the two sides, the paragraph rows, the flags made so far,
 * what was already reported (so a thing is flagged once) and the items only one version names.
 */
final class CompareRun {
    /** Glossary categories reported as ENTITY; the others (formula, event, title, document) are TERM. */
    static final Set<String> ENTITY_CATEGORIES = Set.of("country", "capital", "city", "region", "organisation", "person");

    final CompareSide a;
    final CompareSide b;
    final KeySpace keys;
    final List<Bead> rows;
    final List<Flag> flags = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    final Set<String> onlyA = new LinkedHashSet<>();
    final Set<String> onlyB = new LinkedHashSet<>();
    /** Aligned rows whose two sides turned out not to be counterparts (see OmissionCheck#heldByProtagonistsOnly). */
    final Set<Integer> unpaired = new HashSet<>();
    final int[] rowOfA;
    final int[] rowOfB;
    private final Map<Integer, GlossaryEntry> entries;

    CompareRun(CompareSide a, CompareSide b, KeySpace keys, List<Bead> rows, Map<Integer, GlossaryEntry> entries) {
        this.a = a;
        this.b = b;
        this.keys = keys;
        this.rows = rows;
        this.entries = entries;
        rowOfA = new int[a.units().size()];
        rowOfB = new int[b.units().size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int i : rows.get(r).a()) {
                rowOfA[i] = r;
            }
            for (int j : rows.get(r).b()) {
                rowOfB[j] = r;
            }
        }
    }

    /** The paragraphs of {@code s} in row {@code r}. */
    List<Integer> paragraphs(int r, CompareSide s) {
        return s == a ? rows.get(r).a() : rows.get(r).b();
    }

    /** The paragraphs of {@code s} in row {@code r} and in the rows just before and after it that have no counterpart. */
    List<Integer> withLoneNeighbours(int r, CompareSide s) {
        List<Integer> out = new ArrayList<>();
        for (int k = r - 1; k <= r + 1; k++) {
            if (k < 0 || k >= rows.size()) {
                continue;
            }
            boolean alone = paragraphs(k, s == a ? b : a).isEmpty();
            if (k == r || alone) {
                out.addAll(paragraphs(k, s));
            }
        }
        return out;
    }

    Set<String> onlyOf(CompareSide s) {
        return s == a ? onlyA : onlyB;
    }

    /** A flag of the side {@code has}; its English reason is rendered from {@code why}. */
    Flag flag(Kind kind, Severity sev, int r, CompareSide has, List<Span> spans, List<Span> other, String text, String otherText, Reason why) {
        boolean isA = has == a;
        return new Flag(kind, sev, r, 0, 1, has.tag(), isA ? spans : other, isA ? other : spans, isA ? text : otherText,
                isA ? otherText : text, ReasonText.english(why), why);
    }

    /** A flag of both sides of row {@code r} (versions 0 and 1 of the pair). */
    static Flag both(Kind kind, Severity sev, int r, String side, List<Span> spansA, List<Span> spansB, String textA, String textB, Reason why) {
        return new Flag(kind, sev, r, 0, 1, side, spansA, spansB, textA, textB, ReasonText.english(why), why);
    }

    void add(Flag f) {
        flags.add(f);
    }

    GlossaryEntry entry(int id) {
        return entries.get(id);
    }

    Iterable<GlossaryEntry> entries() {
        return entries.values();
    }

    /**
     * The glossary entry a word stands for: the term found whole, not one of the shorter entries inside it that its
     * keys also carry (中国人民抗日战争 is the War of Resistance, not China).
     */
    GlossaryEntry entryOf(Word w) {
        GlossaryEntry first = null;
        for (int k : w.own()) {
            String name = keys.name(k);
            if (name.startsWith("g:")) {
                GlossaryEntry e = entries.get(Integer.parseInt(name.substring(2)));
                if (e != null && e.en().equals(w.norm())) {
                    return e;
                }
                first = first == null ? e : first;
            }
        }
        return first;
    }

    boolean hasDictionaryTranslation(Word w) {
        for (int k : w.translations()) {
            String n = keys.name(k);
            if (n.startsWith("zh:") || n.startsWith("ru:") || n.startsWith("en:")) {
                return true;
            }
        }
        return false;
    }
}
