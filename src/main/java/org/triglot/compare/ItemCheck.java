package org.triglot.compare;

import org.triglot.lexicon.MatchKind;
import org.triglot.lexicon.SimilarityResult;
import org.triglot.lexicon.Unit;
import org.triglot.lexicon.names.NameMatcher;
import org.triglot.lexicon.Word;
import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.model.Flag.Kind;
import org.triglot.model.Flag.Severity;
import org.triglot.model.Lang;
import org.triglot.model.Reason;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.triglot.compare.CompareRun.ENTITY_CATEGORIES;
import static org.triglot.compare.CompareTexts.where;

/**
 * The ENTITY, TERM and NUMBER checks: a glossary entry, name or number of one side that the other side of its row
 * does not match. Before "only the Chinese account mentions Ukraine" the whole other version is searched; a thing it
 * names elsewhere is only noted (INFO), and the two parties and the protagonists of the meeting are left out.
 */
final class ItemCheck {
    /** An entity named in more than this share of the other version's paragraphs is a protagonist, not news. */
    static final double PROTAGONIST_SHARE = 0.34;
    static final int PROTAGONIST_PARAGRAPHS = 3;
    /** Two unmatched names of one row this alike are one name (different names score about 0.2–0.4). */
    static final double ROW_NAME_LIKENESS = 0.6;
    /** The two parties of a China–Russia readout. */
    static final Set<String> PARTIES = Set.of("China", "Russia");

    private final CompareRun run;
    private final OtherVersionSearch search;
    private final OnlyReports only;

    ItemCheck(CompareRun run, OtherVersionSearch search) {
        this.run = run;
        this.search = search;
        this.only = new OnlyReports(run);
    }

    /** The unmatched words of both sides of an aligned row, then its numbers. */
    void row(int r, List<Unit> ua, List<Unit> ub, SimilarityResult sim) {
        List<Word> numbersA = new ArrayList<>();
        List<Word> numbersB = new ArrayList<>();
        Set<Word> alike = soundAlike(sim.unmatchedA(), sim.unmatchedB());
        for (Word w : sim.unmatchedA()) {
            if (w.kind() == MatchKind.NUMBER) {
                numbersA.add(w);
            }
            if (!alike.contains(w)) {
                item(r, run.a, run.b, paragraphOf(ua, w), w, null, null);
            }
        }
        for (Word w : sim.unmatchedB()) {
            if (w.kind() == MatchKind.NUMBER) {
                numbersB.add(w);
            }
            if (!alike.contains(w)) {
                item(r, run.b, run.a, paragraphOf(ub, w), w, null, null);
            }
        }
        matchedByNameOnly(r, run.a, run.b, ua, ub, sim.unmatchedA());
        matchedByNameOnly(r, run.b, run.a, ub, ua, sim.unmatchedB());
        numbers(r, ua, ub, numbersA, numbersB);
    }

    /**
     * Unmatched names of the two sides of one row that sound alike (Europe ~ Европе, which neither dictionary links):
     * the document-wide name linking of the lexicon asks for a likeness of 0.72 because it pairs any two names of
     * the texts; two names left over in rows already aligned are the same one at a lower likeness.
     */
    private static Set<Word> soundAlike(List<Word> ua, List<Word> ub) {
        Set<Word> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Word> namesB = ub.stream().filter(w -> w.kind() == MatchKind.NAME).toList();
        for (Word x : ua) {
            if (x.kind() != MatchKind.NAME) {
                continue;
            }
            for (Word y : namesB) {
                if (NameMatcher.similarity(x.surface(), y.surface()).score() >= ROW_NAME_LIKENESS) {
                    out.add(x);
                    out.add(y);
                }
            }
        }
        return out;
    }

    /**
     * Terms the similarity matched only through a country or organisation inside them (联合国宪章 against ООН,
     * 中国人民抗日战争 against "China"): for this check they are unmatched, the event or document is not named.
     */
    private void matchedByNameOnly(int r, CompareSide has, CompareSide lacks, List<Unit> mine, List<Unit> theirs, List<Word> unmatched) {
        Set<Word> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        open.addAll(unmatched);
        for (Unit u : mine) {
            for (Word w : u.words()) {
                if (w.kind() != MatchKind.GLOSSARY || open.contains(w)) {
                    continue;
                }
                int[] own = termKeys(w);
                if (own.length < w.translations().length && where(own, theirs).isEmpty()) {
                    item(r, has, lacks, u.index(), w, null, null);
                }
            }
        }
    }

    /**
     * The glossary entries whose mention in the other version names this word's entry: the entry itself, the shorter
     * terms inside it (伟大卫国战争 in 伟大卫国战争胜利80周年) and the countries and organisations inside it that it is
     * named after (Ukraine in the Ukraine crisis), but not the others: China does not name the War of Resistance, the
     * UN not the UN Charter nor its Security Council.
     */
    private List<GlossaryEntry> namingEntries(Word w, GlossaryEntry outer) {
        List<GlossaryEntry> out = new ArrayList<>();
        out.add(outer);
        String outerName = outer.en().toLowerCase(Locale.ROOT);
        for (int k : w.own()) {
            String name = run.keys.name(k);
            if (!name.startsWith("g:")) {
                continue;
            }
            GlossaryEntry e = run.entry(Integer.parseInt(name.substring(2)));
            if (e != null && e != outer && (!ENTITY_CATEGORIES.contains(e.category()) || outerName.contains(e.en().toLowerCase(Locale.ROOT)))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The translation keys of a word less those of the glossary entries inside it that do not name it. */
    private int[] termKeys(Word w) {
        GlossaryEntry outer = w.kind() == MatchKind.GLOSSARY ? run.entryOf(w) : null;
        if (outer == null) {
            return w.translations();
        }
        Set<String> naming = new HashSet<>();
        namingEntries(w, outer).forEach(e -> naming.add("g:" + e.id()));
        return java.util.Arrays.stream(w.translations()).filter(k -> {
            String name = run.keys.name(k);
            return !name.startsWith("g:") || naming.contains(name);
        }).toArray();
    }

    /** The items of a paragraph without counterpart, at most as severe as its OMISSION flag. */
    void omitted(int r, CompareSide has, CompareSide lacks, int p, Severity omission) {
        GlossaryEntry stranger = stranger(has, lacks, p);
        for (Word w : has.units().get(p).words()) {
            item(r, has, lacks, p, w, stranger, omission);
        }
    }

    /**
     * The person of a third country that a paragraph without counterpart names, when the other version names neither
     * that person nor that country (王毅亦与印度外长苏杰生会面): the paragraph reports another meeting. Its people and
     * places are news; the formulas said there (互信) differ from nothing the other version says, so they are only noted.
     */
    private GlossaryEntry stranger(CompareSide has, CompareSide lacks, int p) {
        GlossaryEntry person = null;
        boolean thirdCountry = false;
        for (Word w : has.units().get(p).words()) {
            GlossaryEntry e = w.kind() == MatchKind.GLOSSARY ? run.entryOf(w) : null;
            if (e == null || !(e.category().equals("person") || e.category().equals("country")) || PARTIES.contains(e.en())
                    || !lacks.where(termKeys(w)).isEmpty() || search.mentionedInText(e, lacks)) {
                continue;
            }
            if (e.category().equals("person")) {
                person = person == null ? e : person;
            } else {
                thirdCountry = true;
            }
        }
        return thirdCountry ? person : null;
    }

    /** The paragraph id of an unmatched word: the unit that holds that very word object. */
    static int paragraphOf(List<Unit> units, Word w) {
        for (Unit u : units) {
            for (Word x : u.words()) {
                if (x == w) {
                    return u.index();
                }
            }
        }
        return units.get(0).index();
    }

    /**
     * ENTITY, TERM or NUMBER flag for a word of {@code has} the row of {@code lacks} does not match;
     * {@code omitted} is the severity of the OMISSION flag when the word's paragraph has no counterpart, else null, and
     * {@code stranger} the person of another meeting that paragraph reports, if any.
     */
    private void item(int r, CompareSide has, CompareSide lacks, int p, Word w, GlossaryEntry stranger, Severity omitted) {
        Kind kind;
        String label;
        Reason shown;
        GlossaryEntry entry = null;
        switch (w.kind()) {
            case GLOSSARY -> {
                entry = run.entryOf(w);
                if (entry == null) {
                    return;
                }
                kind = ENTITY_CATEGORIES.contains(entry.category()) ? Kind.ENTITY : Kind.TERM;
                if (entry.category().equals("title")) {
                    return; // "Foreign Minister", "President": ranks are rendered too freely to compare.
                }
                if (kind == Kind.TERM && entry.category().equals("formula") && !entry.en().strip().contains(" ")) {
                    return; // "meeting", "consensus", "multilateralism": one word is vocabulary, not a formula.
                }
                label = entry.en();
                shown = Phrases.term(entry);
            }
            case NAME -> {
                // A capitalised Russian or English word the dictionary knows is a sentence-internal common word ("Council");
                // a Chinese name (HanLP's nr/ns) gets dictionary keys only from its characters, which says nothing.
                boolean chinese = has.lang() == Lang.ZH;
                if ((!chinese && run.hasDictionaryTranslation(w)) || w.surface().codePointCount(0, w.surface().length()) < 2) {
                    return;
                }
                kind = Kind.ENTITY;
                label = w.surface();
                shown = Reason.text(label);
            }
            case NUMBER -> {
                boolean digits = w.surface().chars().anyMatch(Character::isDigit);
                if (w.norm().equals("count:1") || w.norm().equals("count:2")
                        || (!digits && (w.norm().equals("num:1") || w.norm().equals("num:2")))) {
                    return; // 两国, "both sides", "the two countries": vocabulary, not figures
                }
                kind = Kind.NUMBER;
                label = w.surface().strip() + " (" + w.norm() + ")";
                shown = NumberReading.figure(w.surface().strip(), w.norm());
            }
            default -> {
                return;
            }
        }
        List<Integer> where = lacks.where(termKeys(w));
        if (kind == Kind.NUMBER && where.isEmpty() && w.norm().startsWith("date:")) {
            where = OtherVersionSearch.datesElsewhere(w, lacks.units());
        }
        Span span = has.docSpan(p, w.span());
        if (entry != null && kind == Kind.TERM && where.isEmpty() && nested(r, has, lacks, p, w, span, entry, omitted)) {
            return; // "Only … mentions Ukraine (in “Ukraine crisis”)" says it; a second flag for the term would repeat it
        }
        if (entry != null && where.isEmpty() && (namedInText(w, entry, lacks) || (kind == Kind.TERM && search.stanceElsewhere(entry, lacks)))) {
            where = List.of(-1);
        }
        if (entry == null && kind == Kind.ENTITY && where.isEmpty() && search.knownNameInOther(w, has, lacks)) {
            where = List.of(-1);
        }
        String sideKey = has.tag() + ":" + kind + ":" + (entry != null ? "g" + entry.id() : w.norm()) + ":" + p;
        if (!where.isEmpty()) {
            if (omitted != null) {
                return; // the OMISSION flag says enough; the item itself is not missing from the other version
            }
            if (where.contains(-1) || where.size() >= PROTAGONIST_PARAGRAPHS || where.size() > PROTAGONIST_SHARE * lacks.units().size()) {
                return;
            }
            if (entry != null && PARTIES.contains(entry.en())) {
                return; // China and Russia are named in every paragraph one way or another (中方, КНР, "the two countries")
            }
            if (kind == Kind.NUMBER) {
                return; // handled by numbers(): a number found elsewhere is usually a repeated date
            }
            if (!run.seen.add(sideKey)) {
                return;
            }
            Reason why = Reason.of("item.elsewhere", has.label(), shown, Reason.text(Integer.toString(p)), lacks.label(),
                    Phrases.paragraphs(where));
            // A term or name placed in another paragraph is a matter of arrangement, not a difference between the
            // accounts: it is shown (INFO) but not counted among the differences.
            run.add(run.flag(kind, Severity.INFO, r, has, List.of(span), List.of(), w.surface(), "", why));
            return;
        }
        Severity severity = omitted == null ? Severity.MAJOR : omitted;
        UnaryOperator<Reason> detail = UnaryOperator.identity();
        if (stranger != null && kind == Kind.TERM) {
            severity = Severity.INFO;
            Reason who = Phrases.term(stranger);
            detail = paras -> Reason.of("only.otherMeeting", paras, who, lacks.label());
        }
        only.report(has.tag() + ":" + kind + ":" + (entry != null ? "g" + entry.id() : w.norm()), kind, has, label, shown,
                kind == Kind.NUMBER ? "gives" : "mentions", p, detail, r, span, w.surface(), severity);
    }

    /** Whether the other version's text names the entry, or an entry inside it that names it, in a form its keys missed. */
    private boolean namedInText(Word w, GlossaryEntry entry, CompareSide lacks) {
        for (GlossaryEntry e : namingEntries(w, entry)) {
            if (search.mentionedInText(e, lacks) || search.namedInsideTerm(e, lacks)) {
                return true;
            }
        }
        return false;
    }

    /** A country or organisation inside a longer term ("Ukraine" in "Ukraine crisis") the other version never names. */
    private boolean nested(int r, CompareSide has, CompareSide lacks, int p, Word w, Span span, GlossaryEntry outer, Severity omitted) {
        boolean any = false;
        for (int k : w.own()) {
            String name = run.keys.name(k);
            if (!name.startsWith("g:")) {
                continue;
            }
            GlossaryEntry e = run.entry(Integer.parseInt(name.substring(2)));
            if (e == null || e == outer || !ENTITY_CATEGORIES.contains(e.category())
                    || !outer.en().toLowerCase(Locale.ROOT).contains(e.en().toLowerCase(Locale.ROOT))) {
                continue; // 朝鲜 inside 朝鲜半岛 is the peninsula, not the DPRK
            }
            boolean elsewhere = false;
            for (Unit u : lacks.units()) {
                elsewhere |= u.hasKey(k);
            }
            if (elsewhere || search.mentionedInText(e, lacks)) {
                continue;
            }
            any = true;
            only.report(has.tag() + ":ENTITY:g" + e.id(), Kind.ENTITY, has, e.en(), Phrases.term(e), "mentions", p,
                    paras -> Reason.of("only.inTerm", paras, Reason.text(w.surface()), Phrases.term(outer)), r, span, w.surface(),
                    omitted == null ? Severity.MAJOR : omitted);
        }
        return any;
    }

    /** Unmatched numbers on both sides of a row: of one type they differ, else one side lacks them (unless found elsewhere). */
    private void numbers(int r, List<Unit> ua, List<Unit> ub, List<Word> na, List<Word> nb) {
        CompareSide a = run.a;
        CompareSide b = run.b;
        Set<Word> pairedB = new HashSet<>();
        for (Word x : na) {
            String type = type(x);
            for (Word y : nb) {
                if (!pairedB.contains(y) && type.equals(type(y)) && !type.equals("date") && b.where(x.translations()).isEmpty()
                        && a.where(y.translations()).isEmpty()) {
                    pairedB.add(y);
                    int pa = paragraphOf(ua, x);
                    int pb = paragraphOf(ub, y);
                    Reason why = Reason.of("number.differs", Reason.text(x.surface().strip()), a.label(), Reason.text(y.surface().strip()), b.label());
                    only.forget("a:NUMBER:" + x.norm());
                    only.forget("b:NUMBER:" + y.norm());
                    run.flags.removeIf(f -> f.kind() == Kind.NUMBER && f.row() == r
                            && (f.spansA().contains(a.docSpan(pa, x.span())) || f.spansB().contains(b.docSpan(pb, y.span()))));
                    run.add(CompareRun.both(Kind.NUMBER, Severity.MAJOR, r, "both", List.of(a.docSpan(pa, x.span())),
                            List.of(b.docSpan(pb, y.span())), x.surface(), y.surface(), why));
                    break;
                }
            }
        }
    }

    private static String type(Word w) {
        int c = w.norm().indexOf(':');
        return c < 0 ? w.norm() : w.norm().substring(0, c);
    }
}
