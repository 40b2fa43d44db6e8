package org.triglot.compare;

import org.triglot.lexicon.MatchKind;
import org.triglot.lexicon.SimilarityResult;
import org.triglot.lexicon.Unit;
import org.triglot.lexicon.Word;
import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.model.Bead;
import org.triglot.model.Document;
import org.triglot.model.Flag.Kind;
import org.triglot.model.Flag.Severity;
import org.triglot.model.Paragraph;
import org.triglot.model.Reason;
import org.triglot.model.Sentence;
import org.triglot.model.Span;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.triglot.compare.CompareTexts.coverage;
import static org.triglot.compare.CompareTexts.excerpt;

/**
 * The OMISSION check: paragraphs without counterpart (MAJOR, or INFO for a heading, a short line, or a paragraph whose
 * words mostly appear elsewhere in the other version), and sentences of aligned rows the other side's paragraphs
 * hardly cover (MINOR).
 */
final class OmissionCheck {
    /** A sentence whose weighted words are covered less than this by the other side's row has no counterpart. */
    static final double SENTENCE_COVERAGE = 0.35;
    /** The same for a sentence the sentence aligner did link: it must share almost nothing to count as unmatched. */
    static final double JOINED_SENTENCE_COVERAGE = 0.12;

    private final CompareRun run;

    OmissionCheck(CompareRun run) {
        this.run = run;
    }

    /** The OMISSION flag of paragraph {@code p} of {@code has}, which has no counterpart; returns its severity. */
    Severity paragraph(int r, CompareSide has, CompareSide lacks, int p) {
        Paragraph para = has.para(p);
        int len = has.weightedLength(para.text());
        double elsewhere = coverage(has.units().get(p).words(), lacks.units(), Set.of());
        Severity sev;
        Reason because;
        if (para.heading() || len < 45) {
            sev = Severity.INFO;
            because = Reason.of("omission.short");
        } else if (cutOff(has, p)) {
            sev = Severity.INFO;
            because = Reason.of("omission.cutOff");
        } else if (elsewhere >= 0.6) {
            // Most likely the aligner put its counterpart on another row: worth a look, not a difference.
            sev = Severity.INFO;
            because = Reason.of("omission.elsewhere", lacks.label());
        } else {
            sev = Severity.MAJOR;
            because = null;
        }
        Reason number = Reason.text(Integer.toString(p));
        Reason excerpt = Reason.text(excerpt(para.text()));
        Reason why = because == null ? Reason.of("omission.paragraph", has.label(), number, excerpt, lacks.label())
                : Reason.of("omission.paragraph.because", has.label(), number, excerpt, lacks.label(), because);
        Span span = has.docSpan(p, new Span(0, para.text().length()));
        run.add(run.flag(Kind.OMISSION, sev, r, has, List.of(span), List.of(), para.text(), "", why));
        return sev;
    }

    /**
     * The last paragraph of a text that stops mid-sentence (an excerpt, a truncated page: "мы продолжим столь же успешно
     * действоват") and whose surviving words name no entity, term or figure: what it was going to say is unknown.
     */
    private static boolean cutOff(CompareSide has, int p) {
        if (p != has.doc().paragraphs().size() - 1) {
            return false;
        }
        String t = has.para(p).text().strip();
        if (t.isEmpty()) {
            return false;
        }
        int last = t.codePointBefore(t.length());
        if (!Character.isLetterOrDigit(last) && last != ',' && last != '，' && last != '、') {
            return false;
        }
        return has.units().get(p).words().stream().noneMatch(w -> w.kind() == MatchKind.GLOSSARY || w.kind() == MatchKind.NAME
                || w.kind() == MatchKind.NUMBER);
    }

    /**
     * Whether an aligned row's two sides share nothing but who met whom (names of the protagonists, their titles, the
     * parties, words such as "meeting") while each names a person the other does not: 王毅还会见了埃塞俄比亚外长格迪翁
     * against "Lavrov's opening remarks at the meeting with Wang Yi". The aligner pairs such leftovers; they are two
     * paragraphs without counterpart.
     */
    boolean heldByProtagonistsOnly(List<Unit> ua, List<Unit> ub, SimilarityResult sim) {
        return onlyWhoMetWhom(ua, sim.unmatchedA()) && onlyWhoMetWhom(ub, sim.unmatchedB())
                && namesSomeoneElse(sim.unmatchedA()) && namesSomeoneElse(sim.unmatchedB());
    }

    private boolean onlyWhoMetWhom(List<Unit> units, List<Word> unmatched) {
        Set<Word> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        open.addAll(unmatched);
        boolean any = false;
        for (Unit u : units) {
            for (Word w : u.words()) {
                if (open.contains(w)) {
                    continue;
                }
                any = true;
                if (!whoMetWhom(w)) {
                    return false;
                }
            }
        }
        return any;
    }

    /** A person, a title, one of the two parties, a one-word formula ("meeting") or the count 2 ("the two sides"). */
    private boolean whoMetWhom(Word w) {
        if (w.kind() == MatchKind.NUMBER) {
            return w.norm().equals("count:2");
        }
        if (w.kind() != MatchKind.GLOSSARY) {
            return false;
        }
        GlossaryEntry e = run.entryOf(w);
        return e != null && (e.category().equals("person") || e.category().equals("title") || ItemCheck.PARTIES.contains(e.en())
                || (e.category().equals("formula") && !e.en().strip().contains(" ")));
    }

    private boolean namesSomeoneElse(List<Word> unmatched) {
        for (Word w : unmatched) {
            GlossaryEntry e = w.kind() == MatchKind.GLOSSARY ? run.entryOf(w) : null;
            if ((e != null && e.category().equals("person")) || (w.kind() == MatchKind.NAME && run.a.lang() != run.b.lang()
                    && w.surface().codePointCount(0, w.surface().length()) >= 2 && org.triglot.lexicon.names.HanPinyin.isHan(w.surface()))) {
                return true;
            }
        }
        return false;
    }

    /** Sentences without counterpart inside rows whose paragraphs do have one. */
    void sentences(List<Bead> sentences) {
        CompareSide a = run.a;
        CompareSide b = run.b;
        Map<Integer, Sentence> byIdA = byId(a.doc());
        Map<Integer, Sentence> byIdB = byId(b.doc());
        for (Bead s : sentences) {
            if (!s.a().isEmpty() && s.b().isEmpty()) {
                s.a().forEach(id -> sentence(a, b, byIdA.get(id), SENTENCE_COVERAGE));
            } else if (s.a().isEmpty() && !s.b().isEmpty()) {
                s.b().forEach(id -> sentence(b, a, byIdB.get(id), SENTENCE_COVERAGE));
            }
        }
        // The sentence aligner often joins a sentence without counterpart to its neighbour (a 2:1 bead); the
        // coverage test catches those too, so every sentence of a row that has counterparts is tried once. A sentence
        // the aligner linked on its own to sentences of the other side (1:1, 1:2) was not joined to anything: it is
        // their rewording, and what it says differently is for the other checks (terms, tone) to report.
        Set<Integer> aloneA = new java.util.HashSet<>();
        Set<Integer> aloneB = new java.util.HashSet<>();
        for (Bead s : sentences) {
            if (s.a().size() == 1 && !s.b().isEmpty()) {
                aloneA.add(s.a().get(0));
            }
            if (s.b().size() == 1 && !s.a().isEmpty()) {
                aloneB.add(s.b().get(0));
            }
        }
        for (Bead row : run.rows) {
            if (row.a().isEmpty() || row.b().isEmpty()) {
                continue;
            }
            for (int i : row.a()) {
                a.para(i).sentences().stream().filter(x -> !aloneA.contains(x.index()))
                        .forEach(x -> sentence(a, b, x, JOINED_SENTENCE_COVERAGE));
            }
            for (int j : row.b()) {
                b.para(j).sentences().stream().filter(x -> !aloneB.contains(x.index()))
                        .forEach(x -> sentence(b, a, x, JOINED_SENTENCE_COVERAGE));
            }
        }
    }

    private void sentence(CompareSide has, CompareSide lacks, Sentence s, double threshold) {
        if (s == null) {
            return;
        }
        int p = paragraphOfSentence(has.doc(), s);
        int r = (has == run.a ? run.rowOfA : run.rowOfB)[p];
        if (run.unpaired.contains(r)) {
            return; // the paragraph's OMISSION flag says it
        }
        List<Integer> mine = run.paragraphs(r, has);
        List<Integer> other = run.paragraphs(r, lacks);
        if (other.isEmpty() || mine.isEmpty()) {
            return;
        }
        if (has.para(p).sentences().size() < 2 && mine.size() < 2) {
            return; // the whole paragraph: the row's other checks speak for it
        }
        Span rel = s.span().shift(-has.offsets()[p]);
        List<Word> words = has.units().get(p).words().stream().filter(w -> rel.contains(w.span())).toList();
        double total = words.stream().mapToDouble(Word::weight).sum();
        if (words.size() < 4) {
            return;
        }
        List<Unit> otherUnits = other.stream().map(i -> lacks.units().get(i)).toList();
        double cov = coverage(words, otherUnits, Set.of());
        if (cov >= threshold || total == 0) {
            return;
        }
        if (!run.seen.add(has.tag() + ":sentence:" + s.index())) {
            return;
        }
        Reason why = Reason.of("omission.sentence", has.label(), Reason.text(excerpt(s.text())), Reason.text(Integer.toString(p)),
                lacks.label(), Phrases.ids(other));
        run.add(run.flag(Kind.OMISSION, Severity.MINOR, r, has, List.of(s.span()), List.of(), s.text(), "", why));
    }

    private static int paragraphOfSentence(Document d, Sentence s) {
        for (Paragraph p : d.paragraphs()) {
            if (p.span().contains(s.span()) || p.span().overlaps(s.span())) {
                return p.index();
            }
        }
        return 0;
    }

    private static Map<Integer, Sentence> byId(Document d) {
        Map<Integer, Sentence> m = new HashMap<>();
        d.sentences().forEach(s -> m.put(s.index(), s));
        return m;
    }
}
