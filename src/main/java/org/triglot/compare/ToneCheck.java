package org.triglot.compare;

import org.triglot.lexicon.MatchKind;
import org.triglot.lexicon.Word;
import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.model.Bead;
import org.triglot.model.Flag;
import org.triglot.model.Flag.Kind;
import org.triglot.model.Flag.Severity;
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

    void row(int r, Bead bead) {
        Map<String, List<Span>> ha = hits(run.a, bead.a());
        Map<String, List<Span>> hb = hits(run.b, bead.b());
        // Presence counts every hit, reporting only the outermost ones outside terms: "support" inside 相互支持
        // answers the other side's "support", and "without preconditions" flagged as a term still answers 不设前提.
        oneWay(r, run.a, run.b, ha, presence(run.b, bead.b()));
        oneWay(r, run.b, run.a, hb, presence(run.a, bead.a()));
    }

    /** Strong stance words of a paragraph without counterpart that the other version never uses (INFO: the omission says more). */
    void omitted(int r, CompareSide has, CompareSide lacks, int p) {
        Map<String, List<Span>> mine = hits(has, List.of(p));
        Set<String> theirs = presence(lacks, CompareRun.all(lacks));
        for (var e : mine.entrySet()) {
            ToneLexicon.Concept c = concept(e.getKey());
            if (theirs.contains(e.getKey()) || c.intensity() < 2) {
                continue;
            }
            String surface = e.getValue().get(0).of(has.doc().text());
            String reason = "Only the " + has.label() + " account says \u201c" + surface + "\u201d (" + c.id().replace('_', ' ')
                    + ", paragraph " + p + ").";
            run.add(run.flag(Kind.TONE, Severity.INFO, r, has, e.getValue(), List.of(), surface, "", reason));
        }
    }

    private Set<String> presence(CompareSide s, List<Integer> paras) {
        Set<String> out = new HashSet<>();
        for (int i : paras) {
            tone.find(s.para(i).text(), s.lang()).forEach(h -> out.add(h.concept().id()));
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
            String reason = "The " + has.label() + " account says \u201c" + surface + "\u201d (" + c.id().replace('_', ' ')
                    + ") here; the " + lacks.label() + " counterpart has no such word.";
            run.add(run.flag(Kind.TONE, c.intensity() >= 2 ? Severity.MINOR : Severity.INFO, r, has, e.getValue(), List.of(), surface, "", reason));
        }
    }

    private ToneLexicon.Concept concept(String id) {
        return tone.concepts().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    /** The outermost hits per concept, in document spans, leaving out those inside a named entity or a flagged term. */
    private Map<String, List<Span>> hits(CompareSide s, List<Integer> paras) {
        Map<String, List<Span>> out = new LinkedHashMap<>();
        for (int i : paras) {
            List<ToneLexicon.Hit> hits = tone.find(s.para(i).text(), s.lang());
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
