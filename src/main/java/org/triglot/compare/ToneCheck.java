package org.triglot.compare;

import org.triglot.lexicon.MatchKind;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.triglot.compare.CompareRun.ENTITY_CATEGORIES;

/**
 * The TONE check: a stance concept of the tone lexicon ("firmly", 霸权, "неизменн") that one side of a row uses and the
 * other side does not use in any form (MINOR from intensity 2, else INFO); strong stance words of a paragraph without
 * counterpart that the other version never uses are INFO.
 */
final class ToneCheck {
    private final CompareRun run;
    private final ToneLexicon tone;

    ToneCheck(CompareRun run, ToneLexicon tone) {
        this.run = run;
        this.tone = tone;
    }

    /** At most this many characters (Chinese) or words (Russian, English) between two stance words of one phrase. */
    static final int PHRASE_GAP_CHARS = 4;
    static final int PHRASE_GAP_WORDS = 2;
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[，。；：、！？,.;:!?()（）«»\"“”—–]");

    void row(int r, Bead bead) {
        Map<String, List<Span>> ha = hits(run.a, bead.a());
        Map<String, List<Span>> hb = hits(run.b, bead.b());
        // Presence counts every hit, reporting only the outermost ones outside terms: "support" inside 相互支持
        // answers the other side's "support", and "without preconditions" flagged as a term still answers 不设前提.
        // The other side's counterpart also includes a paragraph next to the row that the aligner left alone: it is
        // often the rest of the counterpart (the key importance of the leaders' diplomacy for 根本保障).
        Set<String> inA = presence(run.a, run.withLoneNeighbours(r, run.a));
        Set<String> inB = presence(run.b, run.withLoneNeighbours(r, run.b));
        oneWay(r, run.a, run.b, answered(run.a, bead.a(), ha, inB), inB);
        oneWay(r, run.b, run.a, answered(run.b, bead.b(), hb, inA), inA);
    }

    /**
     * The hits left once a stance word that only accompanies a stronger one the other side answers is dropped: in
     * 前所未有的高水平 ("at an unprecedented high level") against "беспрецедентном этапе", the phrase is answered by
     * its main word; the weaker word is its intensifier, not a stance of its own. A word of disapproval (单边, 霸权)
     * names what is opposed and is always a stance of its own.
     */
    private Map<String, List<Span>> answered(CompareSide s, List<Integer> paras, Map<String, List<Span>> mine, Set<String> theirs) {
        List<ToneLexicon.Hit> answering = new ArrayList<>();
        for (int i : paras) {
            for (ToneLexicon.Hit h : s.memo().toneHits(i)) {
                if (theirs.contains(h.concept().id())) {
                    answering.add(new ToneLexicon.Hit(h.concept(), s.docSpan(i, h.span()), h.surface()));
                }
            }
        }
        Map<String, List<Span>> out = new LinkedHashMap<>();
        for (var e : mine.entrySet()) {
            ToneLexicon.Concept c = concept(e.getKey());
            List<Span> left = new ArrayList<>();
            for (Span x : e.getValue()) {
                boolean companion = !theirs.contains(c.id()) && c.polarity() != '-' && answering.stream().anyMatch(y -> y.concept() != c
                        && y.concept().intensity() >= c.intensity() && onePhrase(s, x, y.span()));
                if (!companion) {
                    left.add(x);
                }
            }
            if (!left.isEmpty()) {
                out.put(e.getKey(), left);
            }
        }
        return out;
    }

    /** Two spans of the document text with only a few characters or words and no clause break between them. */
    private static boolean onePhrase(CompareSide s, Span x, Span y) {
        Span first = x.start() <= y.start() ? x : y;
        Span second = first == x ? y : x;
        if (second.start() < first.end()) {
            return false; // one inside the other: the outermost-hit rule speaks for those
        }
        String gap = s.doc().text().substring(first.end(), second.start());
        if (CLAUSE_BREAK.matcher(gap).find()) {
            return false;
        }
        if (s.lang() == org.triglot.model.Lang.ZH) {
            return gap.strip().codePointCount(0, gap.strip().length()) <= PHRASE_GAP_CHARS;
        }
        String g = gap.strip();
        return g.isEmpty() || g.split("\\s+").length <= PHRASE_GAP_WORDS;
    }

    /** Strong stance words of a paragraph without counterpart that the other version never uses (INFO: the omission says more). */
    void omitted(int r, CompareSide has, CompareSide lacks, int p) {
        Map<String, List<Span>> mine = hits(has, List.of(p));
        Set<String> theirs = lacks.memo().toneConcepts();
        for (var e : mine.entrySet()) {
            ToneLexicon.Concept c = concept(e.getKey());
            if (theirs.contains(e.getKey()) || c.intensity() < 2) {
                continue;
            }
            String surface = e.getValue().get(0).of(has.doc().text());
            Reason why = Reason.of("tone.onlyOmitted", has.label(), Reason.text(surface), category(c), Reason.text(Integer.toString(p)));
            run.add(run.flag(Kind.TONE, Severity.INFO, r, has, e.getValue(), List.of(), surface, "", why));
        }
    }

    private Set<String> presence(CompareSide s, List<Integer> paras) {
        Set<String> out = new HashSet<>();
        for (int i : paras) {
            s.memo().toneHits(i).forEach(h -> out.add(h.concept().id()));
        }
        return out;
    }

    private void oneWay(int r, CompareSide has, CompareSide lacks, Map<String, List<Span>> mine, Set<String> theirs) {
        for (var e : mine.entrySet()) {
            if (theirs.contains(e.getKey())) {
                continue;
            }
            ToneLexicon.Concept c = concept(e.getKey());
            Span first = e.getValue().get(0);
            String surface = first.of(has.doc().text());
            Reason why = Reason.of("tone.oneWay", has.label(), Reason.text(surface), category(c), lacks.label());
            run.add(run.flag(Kind.TONE, c.intensity() >= 2 ? Severity.MINOR : Severity.INFO, r, has, e.getValue(), List.of(), surface, "", why));
        }
    }

    /** The concept's name ("core interests"), a template of its own (tone.core_interests) so each language names it. */
    static Reason category(ToneLexicon.Concept c) {
        return Reason.of("tone." + c.id());
    }

    private ToneLexicon.Concept concept(String id) {
        return tone.concepts().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    /** The outermost hits per concept, in document spans, leaving out those inside a named entity or a flagged term. */
    private Map<String, List<Span>> hits(CompareSide s, List<Integer> paras) {
        Map<String, List<Span>> out = new LinkedHashMap<>();
        for (int i : paras) {
            List<ToneLexicon.Hit> hits = s.memo().toneHits(i);
            for (ToneLexicon.Hit h : hits) {
                if (hits.stream().anyMatch(o -> o != h && o.span().contains(h.span()) && o.span().length() > h.span().length())) {
                    continue; // "support" inside "mutual support"
                }
                Span ds = s.docSpan(i, h.span());
                if (insideItem(s, i, h.span(), ds)) {
                    continue; // "United" in "United Nations"; 相互支持 already flagged as the term "mutual support"
                }
                out.computeIfAbsent(h.concept().id(), k -> new ArrayList<>()).add(ds);
            }
        }
        return out;
    }

    private boolean insideItem(CompareSide s, int para, Span inPara, Span inDoc) {
        for (Word w : s.units().get(para).words()) {
            if (w.kind() == MatchKind.GLOSSARY && w.span().overlaps(inPara)) {
                GlossaryEntry e = run.entryOf(w);
                if (e != null && ENTITY_CATEGORIES.contains(e.category())) {
                    return true;
                }
            }
        }
        for (Flag f : run.flags) {
            if (f.kind() == Kind.TERM || f.kind() == Kind.ENTITY) {
                for (Span x : s == run.a ? f.spansA() : f.spansB()) {
                    if (x.overlaps(inDoc)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
