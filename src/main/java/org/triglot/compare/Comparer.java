package org.triglot.compare;

import org.triglot.lexicon.KeySpace;
import org.triglot.lexicon.Lexicon;
import org.triglot.lexicon.MatchKind;
import org.triglot.lexicon.Similarity;
import org.triglot.lexicon.SimilarityResult;
import org.triglot.lexicon.Unit;
import org.triglot.lexicon.UnitAnalyzer;
import org.triglot.lexicon.Word;
import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.model.Bead;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Flag.Kind;
import org.triglot.model.Flag.Severity;
import org.triglot.model.Paragraph;
import org.triglot.model.Sentence;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import static org.triglot.compare.CompareTexts.coverage;
import static org.triglot.compare.CompareTexts.datesCompatible;
import static org.triglot.compare.CompareTexts.excerpt;
import static org.triglot.compare.CompareTexts.join;
import static org.triglot.compare.CompareTexts.where;

/**
 * Compares two imported versions of a readout along their paragraph alignment and flags where they differ:
 * paragraphs and sentences without counterpart, entities, terms and numbers one side names and the other does not
 * (looked up across the whole other document before saying "only"), speakers, stance words, lengths and, for two
 * versions in one language, the wording. Each flag carries the spans of the words on both sides and one sentence why.
 */
public final class Comparer {
    /** Glossary categories reported as ENTITY; the others (formula, event, title, document) are TERM. */
    private static final Set<String> ENTITY_CATEGORIES = Set.of("country", "capital", "city", "region", "organisation", "person");
    /** Outside this ratio of lengths (Chinese characters counted three times) a row is flagged LENGTH. */
    static final double MIN_RATIO = 0.3;
    static final double MAX_RATIO = 3.0;
    /** A sentence whose weighted words are covered less than this by the other side's row has no counterpart. */
    static final double SENTENCE_COVERAGE = 0.35;
    /** The same for a sentence the sentence aligner did link: it must share almost nothing to count as unmatched. */
    static final double JOINED_SENTENCE_COVERAGE = 0.12;
    /** An entity named in more than this share of the other version's paragraphs is a protagonist, not news. */
    static final double PROTAGONIST_SHARE = 0.34;
    static final int PROTAGONIST_PARAGRAPHS = 3;
    /** The two parties of a China–Russia readout. */
    static final Set<String> PARTIES = Set.of("China", "Russia");

    private final Lexicon lexicon;
    private final ToneLexicon tone;
    private final Speakers speakers;
    private final Map<Integer, GlossaryEntry> entries = new HashMap<>();

    public Comparer(Lexicon lexicon, ToneLexicon tone) {
        this.lexicon = lexicon;
        this.tone = tone;
        this.speakers = new Speakers(lexicon.glossary());
        for (GlossaryEntry e : lexicon.glossary().entries()) {
            entries.put(e.id(), e);
        }
    }

    /** One side of the comparison with everything the checks need. */
    private record Side(String tag, Document doc, List<Unit> units, int[] offsets, String label) {
        Paragraph para(int i) {
            return doc.paragraphs().get(i);
        }

        Span docSpan(int para, Span inPara) {
            return inPara.shift(offsets[para]);
        }
    }

    /**
     * Compares version A with version B.
     *
     * @param paragraphs the paragraph beads of {@code a} against {@code b}
     * @param sentences  the sentence beads inside them (document-wide sentence ids), or an empty list to skip sentence checks
     */
    public CompareResult compare(Document a, Document b, List<Bead> paragraphs, List<Bead> sentences, BooleanSupplier cancelled) {
        UnitAnalyzer.Pair pair = new UnitAnalyzer(lexicon).analyse(a.paragraphs().stream().map(Paragraph::text).toList(), a.lang(),
                b.paragraphs().stream().map(Paragraph::text).toList(), b.lang());
        boolean sameLang = a.lang() == b.lang();
        Side sa = new Side("a", a, pair.a(), offsets(a), sameLang ? "first (" + a.name() + ")" : a.lang().englishName());
        Side sb = new Side("b", b, pair.b(), offsets(b), sameLang ? "second (" + b.name() + ")" : b.lang().englishName());
        Run run = new Run(sa, sb, pair.keys(), paragraphs);
        for (int r = 0; r < paragraphs.size(); r++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("comparison cancelled");
            }
            run.row(r);
        }
        run.sentences(sentences);
        List<Flag> flags = new ArrayList<>(run.flags);
        flags.sort((x, y) -> x.row() != y.row() ? Integer.compare(x.row(), y.row()) : Integer.compare(x.kind().ordinal(), y.kind().ordinal()));
        return new CompareResult(a, b, paragraphs, flags, run.divergence(), run.summary());
    }

    /** Where each paragraph's text starts in the document text (paragraph texts are slices of it). */
    private static int[] offsets(Document d) {
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

    /** The state of one comparison. */
    private final class Run {
        final Side a;
        final Side b;
        final KeySpace keys;
        final List<Bead> rows;
        final List<Flag> flags = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        final Set<String> onlyA = new LinkedHashSet<>();
        final Set<String> onlyB = new LinkedHashSet<>();
        final double[] score;
        final int[] rowOfA;
        final int[] rowOfB;

        Run(Side a, Side b, KeySpace keys, List<Bead> rows) {
            this.a = a;
            this.b = b;
            this.keys = keys;
            this.rows = rows;
            this.score = new double[rows.size()];
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

        void row(int r) {
            Bead bead = rows.get(r);
            if (bead.b().isEmpty() || bead.a().isEmpty()) {
                Side has = bead.b().isEmpty() ? a : b;
                Side lacks = has == a ? b : a;
                for (int p : bead.b().isEmpty() ? bead.a() : bead.b()) {
                    Severity cap = omission(r, has, lacks, p);
                    for (Word w : has.units().get(p).words()) {
                        item(r, has, lacks, p, w, List.of(), cap);
                    }
                    omittedTone(r, has, lacks, p);
                }
                score[r] = 1.0;
                return;
            }
            List<Unit> ua = bead.a().stream().map(i -> a.units().get(i)).toList();
            List<Unit> ub = bead.b().stream().map(i -> b.units().get(i)).toList();
            SimilarityResult sim = Similarity.compare(ua, ub, keys);
            int before = flags.size();
            List<Word> numbersA = new ArrayList<>();
            List<Word> numbersB = new ArrayList<>();
            for (Word w : sim.unmatchedA()) {
                int p = paragraphOf(ua, w, sim, true);
                if (w.kind() == MatchKind.NUMBER) {
                    numbersA.add(w);
                }
                item(r, a, b, p, w, bead.b(), null);
            }
            for (Word w : sim.unmatchedB()) {
                int p = paragraphOf(ub, w, sim, false);
                if (w.kind() == MatchKind.NUMBER) {
                    numbersB.add(w);
                }
                item(r, b, a, p, w, bead.a(), null);
            }
            numbers(r, ua, ub, numbersA, numbersB);
            attribution(r, bead);
            tone(r, bead);
            length(r, bead);
            if (a.doc().lang() == b.doc().lang()) {
                Wording.flags(lexicon.nlp(), a.doc(), bead.a(), b.doc(), bead.b(), r).forEach(this::add);
            }
            int major = 0;
            int minor = 0;
            for (int k = before; k < flags.size(); k++) {
                major += flags.get(k).severity() == Severity.MAJOR ? 1 : 0;
                minor += flags.get(k).severity() == Severity.MINOR ? 1 : 0;
            }
            score[r] = Math.min(1.0, 0.7 * (1 - sim.score()) + 0.1 * major + 0.04 * minor);
        }

        /** The paragraph id of an unmatched word: the unit that holds that very word object. */
        private int paragraphOf(List<Unit> units, Word w, SimilarityResult sim, boolean sideA) {
            for (Unit u : units) {
                for (Word x : u.words()) {
                    if (x == w) {
                        return u.index();
                    }
                }
            }
            return units.get(0).index();
        }

        Severity omission(int r, Side has, Side lacks, int p) {
            Paragraph para = has.para(p);
            int len = weightedLength(para.text(), has);
            double elsewhere = coverage(has.units().get(p).words(), lacks.units(), Set.of());
            Severity sev;
            String why;
            if (para.heading() || len < 45) {
                sev = Severity.INFO;
                why = "a short line or heading";
            } else if (elsewhere >= 0.6) {
                // Most likely the aligner put its counterpart on another row: worth a look, not a difference.
                sev = Severity.INFO;
                why = "its content appears elsewhere in the " + lacks.label() + " account";
            } else {
                sev = Severity.MAJOR;
                why = null;
            }
            String reason = "The " + has.label() + " paragraph " + p + " (" + excerpt(para.text()) + ") has no counterpart in the "
                    + lacks.label() + " account" + (why == null ? "." : " (" + why + ").");
            Span span = has.docSpan(p, new Span(0, para.text().length()));
            add(flag(Kind.OMISSION, sev, r, has, List.of(span), List.of(), para.text(), "", reason));
            return sev;
        }

        /** ENTITY, TERM or NUMBER flag for a word of {@code has} the row of {@code lacks} does not match. */
        /** {@code omitted} is the severity of the OMISSION flag when the word's paragraph has no counterpart, else null. */
        void item(int r, Side has, Side lacks, int p, Word w, List<Integer> lacksRow, Severity omitted) {
            Kind kind;
            String label;
            GlossaryEntry entry = null;
            switch (w.kind()) {
                case GLOSSARY -> {
                    entry = entryOf(w);
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
                }
                case NAME -> {
                    // A capitalised Russian or English word the dictionary knows is a sentence-internal common word ("Council");
                    // a Chinese name (HanLP's nr/ns) gets dictionary keys only from its characters, which says nothing.
                    boolean chinese = has.doc().lang() == org.triglot.model.Lang.ZH;
                    if ((!chinese && hasDictionaryTranslation(w)) || w.surface().codePointCount(0, w.surface().length()) < 2) {
                        return;
                    }
                    kind = Kind.ENTITY;
                    label = w.surface();
                }
                case NUMBER -> {
                    boolean digits = w.surface().chars().anyMatch(Character::isDigit);
                    if (w.norm().equals("count:1") || w.norm().equals("count:2")
                            || (!digits && (w.norm().equals("num:1") || w.norm().equals("num:2")))) {
                        return; // 两国, "both sides", "the two countries": vocabulary, not figures
                    }
                    kind = Kind.NUMBER;
                    label = w.surface().strip() + " (" + w.norm() + ")";
                }
                default -> {
                    return;
                }
            }
            List<Integer> where = where(w, lacks.units());
            if (kind == Kind.NUMBER && where.isEmpty() && w.norm().startsWith("date:")) {
                where = datesElsewhere(w, lacks.units());
            }
            Span span = has.docSpan(p, w.span());
            if (entry != null && kind == Kind.TERM && where.isEmpty() && nested(r, has, lacks, p, w, span, entry, omitted)) {
                return; // "Only … mentions Ukraine (in “Ukraine crisis”)" says it; a second flag for the term would repeat it
            }
            if (entry != null && where.isEmpty() && (mentionedInText(entry, lacks) || namedInsideTerm(entry, lacks)
                    || (kind == Kind.TERM && stanceElsewhere(entry, lacks)))) {
                where = List.of(-1);
            }
            if (entry == null && kind == Kind.ENTITY && where.isEmpty() && knownNameInOther(w, has, lacks)) {
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
                if (!seen.add(sideKey)) {
                    return;
                }
                String reason = "The " + has.label() + " account mentions " + label + " in this paragraph (" + p + "); the "
                        + lacks.label() + " account only elsewhere (paragraph" + (where.size() > 1 ? "s " : " ") + join(where) + ").";
                // A term or name placed in another paragraph is a matter of arrangement, not a difference between the
                // accounts: it is shown (INFO) but not counted among the differences.
                add(flag(kind, Severity.INFO, r, has, List.of(span), List.of(), w.surface(), "", reason));
                return;
            }
            if (!seen.add(sideKey)) {
                return;
            }
            (has == a ? onlyA : onlyB).add(label);
            String verb = kind == Kind.NUMBER ? "gives " : "mentions ";
            String reason = "Only the " + has.label() + " account " + verb + label + " (paragraph " + p + ").";
            add(flag(kind, omitted == null ? Severity.MAJOR : omitted, r, has, List.of(span), List.of(), w.surface(), "", reason));
        }

        /** A country or organisation inside a longer term ("Ukraine" in "Ukraine crisis") the other version never names. */
        private boolean nested(int r, Side has, Side lacks, int p, Word w, Span span, GlossaryEntry outer, Severity omitted) {
            boolean any = false;
            for (int k : w.own()) {
                String name = keys.name(k);
                if (!name.startsWith("g:")) {
                    continue;
                }
                GlossaryEntry e = entries.get(Integer.parseInt(name.substring(2)));
                if (e == null || e == outer || !ENTITY_CATEGORIES.contains(e.category())
                        || !outer.en().toLowerCase(java.util.Locale.ROOT).contains(e.en().toLowerCase(java.util.Locale.ROOT))) {
                    continue; // 朝鲜 inside 朝鲜半岛 is the peninsula, not the DPRK
                }
                boolean elsewhere = false;
                for (Unit u : lacks.units()) {
                    elsewhere |= u.hasKey(k);
                }
                if (elsewhere || mentionedInText(e, lacks)) {
                    continue;
                }
                any = true;
                if (!seen.add(has.tag() + ":ENTITY:g" + e.id() + ":" + p)) {
                    continue;
                }
                (has == a ? onlyA : onlyB).add(e.en());
                String reason = "Only the " + has.label() + " account mentions " + e.en() + " (paragraph " + p + ", in \u201c"
                        + w.surface() + "\u201d, " + outer.en() + ").";
                add(flag(Kind.ENTITY, omitted == null ? Severity.MAJOR : omitted, r, has, List.of(span), List.of(), w.surface(), "", reason));
            }
            return any;
        }

        /** A name the glossary index missed on this side ("Путина") that is a form of an entry the other version names. */
        private final Map<String, java.util.regex.Pattern> formPatterns = new HashMap<>();

        /**
         * A term that is mostly one stance phrase of the tone lexicon ("without preconditions", "mutual support") and the
         * other version uses that phrase in any of its forms (不设前提, "support each other"): the lexicon is a second
         * dictionary for phrases the glossary has in one language only.
         */
        private boolean stanceElsewhere(GlossaryEntry e, Side lacks) {
            String en = e.en();
            Set<String> concepts = new HashSet<>();
            for (ToneLexicon.Hit h : tone.find(en, org.triglot.model.Lang.EN)) {
                if (h.span().length() * 2 >= en.length()) {
                    concepts.add(h.concept().id());
                }
            }
            if (concepts.isEmpty()) {
                return false;
            }
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < lacks.units().size(); i++) {
                all.add(i);
            }
            Set<String> theirs = tonePresence(lacks, all);
            return concepts.stream().anyMatch(theirs::contains);
        }

        /** Japan in 抗日战争 ("… against Japanese Aggression"), Ukraine in "the Ukraine crisis": named inside a term of the other side. */
        private boolean namedInsideTerm(GlossaryEntry e, Side lacks) {
            String name = e.en().toLowerCase(java.util.Locale.ROOT);
            if (name.length() < 4 || !ENTITY_CATEGORIES.contains(e.category())) {
                return false;
            }
            for (Unit u : lacks.units()) {
                for (Word w : u.words()) {
                    if (w.kind() == MatchKind.GLOSSARY) {
                        GlossaryEntry t = entryOf(w);
                        if (t != null && t != e && t.en().toLowerCase(java.util.Locale.ROOT).contains(name)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** The form's words in order, each cut to a stem that tolerates endings (мировая ~ мировой, trust ~ trusted). */
        private java.util.regex.Pattern formPattern(String form, org.triglot.model.Lang lang) {
            String[] ws = form.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+");
            StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
            int n = 0;
            for (String x : ws) {
                if (x.isEmpty()) {
                    continue;
                }
                if (n++ > 0) {
                    re.append("[^\\p{L}\\p{N}]+");
                }
                int keep = x.length() < 4 ? x.length() : lang == org.triglot.model.Lang.RU ? Math.max(4, x.length() - 2)
                        : Math.max(x.length() - 2, Math.min(x.length(), 5));
                re.append(java.util.regex.Pattern.quote(x.substring(0, Math.min(keep, x.length())))).append("[\\p{L}\\p{N}]*");
            }
            return n == 0 ? null : java.util.regex.Pattern.compile(re.toString());
        }

        private boolean knownNameInOther(Word w, Side has, Side lacks) {
            String x = w.surface().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
            if (has.doc().lang() == org.triglot.model.Lang.ZH || x.length() < 4) {
                return false;
            }
            String stem = x.substring(0, Math.max(x.length() - 2, Math.min(x.length(), 5)));
            for (GlossaryEntry e : entries.values()) {
                if (!ENTITY_CATEGORIES.contains(e.category())) {
                    continue;
                }
                for (String f : e.forms(has.doc().lang())) {
                    for (String part : f.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е').split("[^\\p{L}]+")) {
                        if (part.length() >= 4 && part.startsWith(stem) && mentionedInText(e, lacks)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * Whether the other version's text names the entry in a form the glossary index missed ("В.В.Путина",
         * "в Европе"): every word of one of its forms, less an ending, begins a word of the text.
         */
        private boolean mentionedInText(GlossaryEntry e, Side lacks) {
            org.triglot.model.Lang lang = lacks.doc().lang();
            String text = lacks.doc().text();
            if (lang == org.triglot.model.Lang.ZH) {
                String simplified = org.triglot.nlp.ChineseScript.toSimplified(text);
                return e.forms(lang).stream().map(org.triglot.nlp.ChineseScript::toSimplified).anyMatch(f -> f.length() >= 2 && simplified.contains(f));
            }
            String lower = text.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
            for (String f : e.forms(lang)) {
                java.util.regex.Pattern p = formPatterns.computeIfAbsent(lang + "\u0000" + f, k -> formPattern(f, lang));
                if (p != null && p.matcher(lower).find()) {
                    return true;
                }
            }
            return false;
        }

        /** Paragraphs of the other version with a date of the same day and month where both give them ("28日" and "April 28"). */
        private List<Integer> datesElsewhere(Word w, List<Unit> other) {
            List<Integer> out = new ArrayList<>();
            for (Unit u : other) {
                for (Word x : u.words()) {
                    if (x.kind() == MatchKind.NUMBER && x.norm().startsWith("date:") && datesCompatible(w.norm(), x.norm())) {
                        out.add(u.index());
                        break;
                    }
                }
            }
            return out;
        }

        /** Unmatched numbers on both sides of a row: of one type they differ, else one side lacks them (unless found elsewhere). */
        void numbers(int r, List<Unit> ua, List<Unit> ub, List<Word> na, List<Word> nb) {
            Set<Word> pairedB = new HashSet<>();
            for (Word x : na) {
                String type = type(x);
                for (Word y : nb) {
                    if (!pairedB.contains(y) && type.equals(type(y)) && !type.equals("date") && where(x, b.units()).isEmpty()
                            && where(y, a.units()).isEmpty()) {
                        pairedB.add(y);
                        int pa = paragraphOf(ua, x, null, true);
                        int pb = paragraphOf(ub, y, null, false);
                        String reason = "The accounts give different figures here: " + x.surface().strip() + " (" + a.label() + ") vs "
                                + y.surface().strip() + " (" + b.label() + ").";
                        seen.add("a:NUMBER:" + x.norm() + ":" + pa);
                        seen.add("b:NUMBER:" + y.norm() + ":" + pb);
                        flags.removeIf(f -> f.kind() == Kind.NUMBER && f.row() == r
                                && (f.spansA().contains(a.docSpan(pa, x.span())) || f.spansB().contains(b.docSpan(pb, y.span()))));
                        add(new Flag(Kind.NUMBER, Severity.MAJOR, r, 0, 1, "both", List.of(a.docSpan(pa, x.span())),
                                List.of(b.docSpan(pb, y.span())), x.surface(), y.surface(), reason));
                        break;
                    }
                }
            }
        }

        void attribution(int r, Bead bead) {
            Set<String> sa = new LinkedHashSet<>();
            Set<String> sb = new LinkedHashSet<>();
            List<Span> spansA = new ArrayList<>();
            List<Span> spansB = new ArrayList<>();
            for (int i : bead.a()) {
                for (Speakers.Mention m : speakers.mentions(a.para(i).text(), a.doc().lang())) {
                    sa.add(m.speaker());
                    spansA.add(a.docSpan(i, m.span()));
                }
            }
            for (int j : bead.b()) {
                for (Speakers.Mention m : speakers.mentions(b.para(j).text(), b.doc().lang())) {
                    sb.add(m.speaker());
                    spansB.add(b.docSpan(j, m.span()));
                }
            }
            if (sa.isEmpty() || sb.isEmpty()) {
                return;
            }
            Set<String> common = new HashSet<>(sa);
            common.retainAll(sb);
            if (!common.isEmpty()) {
                return;
            }
            boolean oneIsBoth = sa.contains(Speakers.BOTH) || sb.contains(Speakers.BOTH);
            String reason = "The " + a.label() + " account attributes this to " + Speakers.describe(sa) + ", the " + b.label()
                    + " account to " + Speakers.describe(sb) + ".";
            add(new Flag(Kind.ATTRIBUTION, oneIsBoth ? Severity.MINOR : Severity.MAJOR, r, 0, 1, "both", spansA, spansB,
                    String.join("; ", sa), String.join("; ", sb), reason));
        }

        void tone(int r, Bead bead) {
            Map<String, List<Span>> ha = toneHits(a, bead.a());
            Map<String, List<Span>> hb = toneHits(b, bead.b());
            // Presence counts every hit, reporting only the outermost ones outside terms: "support" inside 相互支持
            // answers the other side's "support", and "without preconditions" flagged as a term still answers 不设前提.
            toneOneWay(r, a, b, ha, tonePresence(b, bead.b()));
            toneOneWay(r, b, a, hb, tonePresence(a, bead.a()));
        }

        private Set<String> tonePresence(Side s, List<Integer> paras) {
            Set<String> out = new HashSet<>();
            for (int i : paras) {
                tone.find(s.para(i).text(), s.doc().lang()).forEach(h -> out.add(h.concept().id()));
            }
            return out;
        }

        private void toneOneWay(int r, Side has, Side lacks, Map<String, List<Span>> mine, Set<String> theirs) {
            for (var e : mine.entrySet()) {
                if (theirs.contains(e.getKey())) {
                    continue;
                }
                ToneLexicon.Concept c = tone.concepts().stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElseThrow();
                Span first = e.getValue().get(0);
                String surface = first.of(has.doc().text());
                String reason = "The " + has.label() + " account says \u201c" + surface + "\u201d (" + c.id().replace('_', ' ')
                        + ") here; the " + lacks.label() + " counterpart has no such word.";
                add(flag(Kind.TONE, c.intensity() >= 2 ? Severity.MINOR : Severity.INFO, r, has, e.getValue(), List.of(), surface, "", reason));
            }
        }

        /** Strong stance words of a paragraph without counterpart that the other version never uses (INFO: the omission says more). */
        private void omittedTone(int r, Side has, Side lacks, int p) {
            Map<String, List<Span>> mine = toneHits(has, List.of(p));
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < lacks.units().size(); i++) {
                all.add(i);
            }
            Set<String> theirs = tonePresence(lacks, all);
            for (var e : mine.entrySet()) {
                ToneLexicon.Concept c = tone.concepts().stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElseThrow();
                if (theirs.contains(e.getKey()) || c.intensity() < 2) {
                    continue;
                }
                String surface = e.getValue().get(0).of(has.doc().text());
                String reason = "Only the " + has.label() + " account says \u201c" + surface + "\u201d (" + c.id().replace('_', ' ')
                        + ", paragraph " + p + ").";
                add(flag(Kind.TONE, Severity.INFO, r, has, e.getValue(), List.of(), surface, "", reason));
            }
        }

        private Map<String, List<Span>> toneHits(Side s, List<Integer> paras) {
            Map<String, List<Span>> out = new java.util.LinkedHashMap<>();
            for (int i : paras) {
                List<ToneLexicon.Hit> hits = tone.find(s.para(i).text(), s.doc().lang());
                for (ToneLexicon.Hit h : hits) {
                    if (hits.stream().anyMatch(o -> o != h && o.span().contains(h.span()) && o.span().length() > h.span().length())) {
                        continue; // "support" inside "mutual support"
                    }
                    Span ds = s.docSpan(i, h.span());
                    if (insideItem(s, i, h.span(), ds)) {
                        continue; // "United" in "United Nations"; 相互支持 already flagged as the term "mutual support"
                    }
                    out.computeIfAbsent(h.concept().id(), k -> new ArrayList<>()).add(s.docSpan(i, h.span()));
                }
            }
            return out;
        }

        private boolean insideItem(Side s, int para, Span inPara, Span inDoc) {
            for (Word w : s.units().get(para).words()) {
                if (w.kind() == MatchKind.GLOSSARY && w.span().overlaps(inPara)) {
                    GlossaryEntry e = entryOf(w);
                    if (e != null && ENTITY_CATEGORIES.contains(e.category())) {
                        return true;
                    }
                }
            }
            for (Flag f : flags) {
                if (f.kind() == Kind.TERM || f.kind() == Kind.ENTITY) {
                    for (Span x : s == a ? f.spansA() : f.spansB()) {
                        if (x.overlaps(inDoc)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        void length(int r, Bead bead) {
            int la = 0;
            int lb = 0;
            for (int i : bead.a()) {
                la += weightedLength(a.para(i).text(), a);
            }
            for (int j : bead.b()) {
                lb += weightedLength(b.para(j).text(), b);
            }
            if (la == 0 || lb == 0 || Math.max(la, lb) < 60) {
                return;
            }
            double ratio = (double) lb / la;
            if (ratio >= MIN_RATIO && ratio <= MAX_RATIO) {
                return;
            }
            boolean aLonger = ratio < MIN_RATIO;
            Side longer = aLonger ? a : b;
            Side shorter = aLonger ? b : a;
            String reason = String.format(java.util.Locale.ROOT, "The %s paragraph %s is %.1f times as long as its %s counterpart.",
                    longer.label(), join(aLonger ? bead.a() : bead.b()), aLonger ? 1 / ratio : ratio, shorter.label());
            add(new Flag(Kind.LENGTH, Severity.MINOR, r, 0, 1, longer.tag(), List.of(), List.of(), "", "", reason));
        }

        /** Sentences without counterpart inside rows whose paragraphs do have one. */
        void sentences(List<Bead> sentences) {
            Map<Integer, Sentence> byIdA = byId(a.doc());
            Map<Integer, Sentence> byIdB = byId(b.doc());
            for (Bead s : sentences) {
                if (!s.a().isEmpty() && s.b().isEmpty()) {
                    s.a().forEach(id -> sentence(a, b, byIdA.get(id), rowOfA, true, SENTENCE_COVERAGE));
                } else if (s.a().isEmpty() && !s.b().isEmpty()) {
                    s.b().forEach(id -> sentence(b, a, byIdB.get(id), rowOfB, false, SENTENCE_COVERAGE));
                }
            }
            // The sentence aligner often joins a sentence without counterpart to its neighbour (a 2:1 bead); the
            // coverage test catches those too, so every sentence of a row that has counterparts is tried once.
            for (Bead row : rows) {
                if (row.a().isEmpty() || row.b().isEmpty()) {
                    continue;
                }
                for (int i : row.a()) {
                    a.para(i).sentences().forEach(x -> sentence(a, b, x, rowOfA, true, JOINED_SENTENCE_COVERAGE));
                }
                for (int j : row.b()) {
                    b.para(j).sentences().forEach(x -> sentence(b, a, x, rowOfB, false, JOINED_SENTENCE_COVERAGE));
                }
            }
        }

        private void sentence(Side has, Side lacks, Sentence s, int[] rowOf, boolean hasIsA, double threshold) {
            if (s == null) {
                return;
            }
            int p = paragraphOfSentence(has.doc(), s);
            int r = rowOf[p];
            Bead bead = rows.get(r);
            List<Integer> other = hasIsA ? bead.b() : bead.a();
            if (other.isEmpty() || (hasIsA ? bead.a() : bead.b()).size() == 0) {
                return;
            }
            if (has.para(p).sentences().size() < 2 && (hasIsA ? bead.a() : bead.b()).size() < 2) {
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
            if (!seen.add(has.tag() + ":sentence:" + s.index())) {
                return;
            }
            String reason = "The " + has.label() + " sentence \u201c" + excerpt(s.text()) + "\u201d (paragraph " + p
                    + ") has no counterpart in the " + lacks.label() + " paragraph " + join(other) + ".";
            add(flag(Kind.OMISSION, Severity.MINOR, r, has, List.of(s.span()), List.of(), s.text(), "", reason));
        }

        private int paragraphOfSentence(Document d, Sentence s) {
            for (Paragraph p : d.paragraphs()) {
                if (p.span().contains(s.span()) || p.span().overlaps(s.span())) {
                    return p.index();
                }
            }
            return 0;
        }

        private Map<Integer, Sentence> byId(Document d) {
            Map<Integer, Sentence> m = new HashMap<>();
            d.sentences().forEach(s -> m.put(s.index(), s));
            return m;
        }

        private Flag flag(Kind kind, Severity sev, int r, Side has, List<Span> spans, List<Span> other, String text, String otherText, String reason) {
            boolean isA = has == a;
            return new Flag(kind, sev, r, 0, 1, has.tag(), isA ? spans : other, isA ? other : spans, isA ? text : otherText,
                    isA ? otherText : text, reason);
        }

        private void add(Flag f) {
            flags.add(f);
        }

        List<Double> divergence() {
            List<Double> out = new ArrayList<>();
            for (double d : score) {
                out.add(Math.round(d * 1000) / 1000.0);
            }
            return out;
        }

        CompareResult.Summary summary() {
            List<Integer> omittedA = new ArrayList<>();
            List<Integer> omittedB = new ArrayList<>();
            double total = 0;
            double weighted = 0;
            for (int r = 0; r < rows.size(); r++) {
                Bead bead = rows.get(r);
                if (bead.b().isEmpty()) {
                    omittedA.addAll(bead.a());
                }
                if (bead.a().isEmpty()) {
                    omittedB.addAll(bead.b());
                }
                double len = 0;
                for (int i : bead.a()) {
                    len += weightedLength(a.para(i).text(), a);
                }
                for (int j : bead.b()) {
                    len += weightedLength(b.para(j).text(), b);
                }
                total += len;
                weighted += len * score[r];
            }
            return new CompareResult.Summary(List.copyOf(onlyA), List.copyOf(onlyB), omittedA, omittedB, total == 0 ? 0 : weighted / total);
        }

        private GlossaryEntry entryOf(Word w) {
            for (int k : w.own()) {
                String name = keys.name(k);
                if (name.startsWith("g:")) {
                    return entries.get(Integer.parseInt(name.substring(2)));
                }
            }
            return null;
        }

        private boolean hasDictionaryTranslation(Word w) {
            for (int k : w.translations()) {
                String n = keys.name(k);
                if (n.startsWith("zh:") || n.startsWith("ru:") || n.startsWith("en:")) {
                    return true;
                }
            }
            return false;
        }

        private String type(Word w) {
            int c = w.norm().indexOf(':');
            return c < 0 ? w.norm() : w.norm().substring(0, c);
        }
    }

    /** Characters without whitespace, Chinese counted three times (a Chinese character carries about a word). */
    static int weightedLength(String text, Side s) {
        return CompareTexts.weightedLength(text, s.doc().lang());
    }
}
