package org.triglot.compare;

import org.triglot.lexicon.MatchKind;
import org.triglot.lexicon.Unit;
import org.triglot.lexicon.Word;
import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.model.Lang;
import org.triglot.nlp.ChineseScript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.triglot.compare.CompareRun.ENTITY_CATEGORIES;
import static org.triglot.compare.CompareTexts.datesCompatible;

/**
 * Before a check says "only one version names X", the whole other version is searched here in the ways the
 * lexicon's keys miss: a glossary entry's forms in its raw text ("В.В.Путина", "в Европе"), a country named inside
 * one of its terms, a stance phrase in any form, a date of the same day.
 */
final class OtherVersionSearch {
    private final CompareRun run;
    private final ToneLexicon tone;
    /** The form's words in order, each cut to a stem that tolerates endings. */
    private final Map<String, Pattern> formPatterns = new HashMap<>();

    OtherVersionSearch(CompareRun run, ToneLexicon tone) {
        this.run = run;
        this.tone = tone;
    }

    /**
     * A term that is mostly one stance phrase of the tone lexicon ("without preconditions", "mutual support") and the
     * other version uses that phrase in any of its forms (不设前提, "support each other"): the lexicon is a second
     * dictionary for phrases the glossary has in one language only.
     */
    boolean stanceElsewhere(GlossaryEntry e, CompareSide lacks) {
        String en = e.en();
        Set<String> concepts = new HashSet<>();
        for (ToneLexicon.Hit h : tone.find(en, Lang.EN)) {
            if (h.span().length() * 2 >= en.length()) {
                concepts.add(h.concept().id());
            }
        }
        if (concepts.isEmpty()) {
            return false;
        }
        Set<String> theirs = lacks.memo().toneConcepts();
        return concepts.stream().anyMatch(theirs::contains);
    }

    /** Japan in 抗日战争 ("… against Japanese Aggression"), Ukraine in "the Ukraine crisis": named inside a term of the other side. */
    boolean namedInsideTerm(GlossaryEntry e, CompareSide lacks) {
        String name = e.en().toLowerCase(Locale.ROOT);
        if (name.length() < 4 || !ENTITY_CATEGORIES.contains(e.category())) {
            return false;
        }
        return lacks.memo().answer("inside:" + e.id(), () -> namedInsideTerm(e, name, lacks));
    }

    private boolean namedInsideTerm(GlossaryEntry e, String name, CompareSide lacks) {
        for (Unit u : lacks.units()) {
            for (Word w : u.words()) {
                if (w.kind() == MatchKind.GLOSSARY) {
                    GlossaryEntry t = run.entryOf(w);
                    if (t != null && t != e && t.en().toLowerCase(Locale.ROOT).contains(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A name the glossary index missed on this side ("Путина") that is a form of an entry the other version names. */
    boolean knownNameInOther(Word w, CompareSide has, CompareSide lacks) {
        String x = w.surface().toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (has.lang() == Lang.ZH || x.length() < 4) {
            return false;
        }
        String stem = x.substring(0, Math.max(x.length() - 2, Math.min(x.length(), 5)));
        return lacks.memo().answer("name:" + has.lang() + ":" + stem, () -> knownNameInOther(stem, has, lacks));
    }

    private boolean knownNameInOther(String stem, CompareSide has, CompareSide lacks) {
        for (GlossaryEntry e : run.entries()) {
            if (!ENTITY_CATEGORIES.contains(e.category())) {
                continue;
            }
            for (String f : e.forms(has.lang())) {
                for (String part : f.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}]+")) {
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
    boolean mentionedInText(GlossaryEntry e, CompareSide lacks) {
        return lacks.memo().answer("text:" + e.id(), () -> mentionedInText(e, lacks.lang(), lacks.memo().folded()));
    }

    private boolean mentionedInText(GlossaryEntry e, Lang lang, String folded) {
        if (lang == Lang.ZH) {
            return e.forms(lang).stream().map(ChineseScript::toSimplified).anyMatch(f -> f.length() >= 2 && folded.contains(f));
        }
        String lower = folded;
        for (String f : e.forms(lang)) {
            Pattern p = formPatterns.computeIfAbsent(lang + "\u0000" + f, k -> formPattern(f, lang));
            if (p != null && p.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }

    /** The form's words in order, each cut to a stem that tolerates endings (мировая ~ мировой, trust ~ trusted). */
    private static Pattern formPattern(String form, Lang lang) {
        String[] ws = form.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+");
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        int n = 0;
        for (String x : ws) {
            if (x.isEmpty()) {
                continue;
            }
            if (n++ > 0) {
                re.append("[^\\p{L}\\p{N}]+");
            }
            int keep = x.length() < 4 ? x.length() : lang == Lang.RU ? Math.max(4, x.length() - 2)
                    : Math.max(x.length() - 2, Math.min(x.length(), 5));
            re.append(Pattern.quote(x.substring(0, Math.min(keep, x.length())))).append("[\\p{L}\\p{N}]*");
        }
        return n == 0 ? null : Pattern.compile(re.toString());
    }

    /** Paragraphs of the other version with a date of the same day and month where both give them ("28日" and "April 28"). */
    static List<Integer> datesElsewhere(Word w, List<Unit> other) {
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
}
