package org.triglot.compare;

import org.triglot.lexicon.glossary.Glossary;
import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.lexicon.glossary.GlossaryHit;
import org.triglot.model.Lang;
import org.triglot.model.Reason;
import org.triglot.model.Span;
import org.triglot.nlp.ChineseScript;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who speaks in a paragraph or sentence of a readout: a person of the glossary followed by a verb of saying
 * (王毅表示, "Lavrov noted", "Ван И заявил", "said Wang"), or the two sides together (双方, "the parties", стороны).
 * Speakers are named by the person's English glossary form (the text's own words when the glossary has no English);
 * {@link #BOTH} stands for both sides.
 */
public final class Speakers {
    public static final String BOTH = "both sides";

    private static final Pattern ZH_VERB = Pattern.compile("^.{0,6}?(表示|说|指出|强调|介绍|重申|阐述|认为|称|谈到|提出|回顾)");
    private static final Pattern ZH_BOTH = Pattern.compile("(双方|两国外长|两位外长|两国元首|两国领导人)(?:一致)?(?:还|并|也)?(就|表示|认为|同意|一致|强调|指出|高度|积极|重申|商定|进行|交换|讨论|回顾|对)");
    private static final String EN_VERBS = "said|says|noted|notes|stressed|stresses|emphasi[sz]ed|pointed out|added|stated|told|"
            + "reaffirmed|reiterated|expressed|briefed|praised|underlined|underscored|highlighted|called|urged|believes|hoped|"
            + "welcomed|agreed|discussed|spoke|remarked|recalled|elaborated|introduced|outlined|affirmed|declared";
    private static final Pattern EN_AFTER = Pattern.compile("^\\s*(?:,[^,]{0,40},\\s*)?(?:also\\s+|has\\s+|had\\s+)?(" + EN_VERBS + ")\\b");
    private static final Pattern EN_BEFORE = Pattern.compile("\\b(said|says|noted|stressed|added|stated)\\s*$");
    private static final Pattern EN_BOTH = Pattern.compile("(?i)\\b(the parties|both sides|the two sides|the sides|both parties|the ministers|the two ministers|"
            + "the two foreign ministers|both ministers|the two leaders|both leaders|the two heads of state)\\b\\s+(?:also\\s+)?(?:have\\s+)?(" + EN_VERBS + "|exchanged|noted|held|had)\\b");
    private static final String RU_VERBS = "отметил|отметила|заявил|заявила|сказал|сказала|подчеркнул|подчеркнула|указал|указала|выразил|"
            + "выразила|сообщил|сообщила|добавил|добавила|считает|напомнил|проинформировал|рассказал|изложил|констатировал|призвал|"
            + "высказал|пояснил|подтвердил|убежден|уверен|говорит|заметил";
    private static final Pattern RU_AFTER = Pattern.compile("^\\s*(?:,[^,]{0,40},\\s*)?(?:также\\s+|в свою очередь\\s+|,\\s*в свою очередь,\\s*)?(" + RU_VERBS + ")(?![\\p{L}])");
    private static final Pattern RU_BEFORE = Pattern.compile("(?<![\\p{L}])(" + RU_VERBS + ")\\s*$");
    private static final Pattern RU_BOTH = Pattern.compile("(?iu)(?<![\\p{L}])(стороны|министры|обе стороны|главы мид|лидеры|собеседники)(?![\\p{L}])\\s+(?:также\\s+)?("
            + "отметили|подчеркнули|обсудили|выразили|высоко оценили|подтвердили|обменялись|заявили|договорились|условились|констатировали|провели|согласились|указали)");

    private final Glossary glossary;

    public Speakers(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * A speaker found in a text: who ({@link #BOTH} or a person's name), the glossary entry of that person (null for both
     * sides), the language of the text, the words that name the speaker and their span (relative to the text).
     */
    public record Mention(String speaker, GlossaryEntry person, Lang lang, String surface, Span span) {
        static Mention both(Span span, String surface, Lang lang) {
            return new Mention(BOTH, null, lang, surface, span);
        }

        static Mention of(GlossaryEntry person, Span span, String surface, Lang lang) {
            return new Mention(person.en().isBlank() ? surface : person.en(), person, lang, surface, span);
        }

        /**
         * What two mentions of one speaker share, whichever language their texts are in: the English name (as the
         * comparison always matched speakers), else the glossary entry.
         */
        String identity() {
            return person == null || !person.en().isBlank() ? speaker : "g:" + person.id();
        }

        /**
         * The speaker as a reason names it: both sides, or the person in each language's glossary form; a language the
         * glossary has no form for shows what this mention's text says if it is in that language, else the English
         * (else, again, the text's words).
         */
        Reason shown() {
            if (person == null) {
                return Reason.of("speakers.both");
            }
            return Reason.of(ReasonText.FORMS, Reason.text(speaker), Reason.text(form(Lang.ZH)), Reason.text(form(Lang.RU)));
        }

        private String form(Lang l) {
            String own = person.form(l);
            return own.isBlank() && lang == l ? surface : own;
        }
    }

    /** The speakers of a text in order of appearance (distinct). */
    public Set<String> speakers(String text, Lang lang) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions(text, lang)) {
            out.add(m.speaker());
        }
        return out;
    }

    /** The speakers of a text, each mention, in order of appearance. */
    public List<Mention> mentions(String text, Lang lang) {
        List<Mention> out = new ArrayList<>();
        String s = lang == Lang.ZH ? ChineseScript.toSimplified(text) : text;
        for (GlossaryHit h : glossary.find(text, lang)) {
            GlossaryEntry e = h.entry();
            if (!e.category().equals("person")) {
                continue;
            }
            String after = s.substring(h.span().end(), Math.min(s.length(), h.span().end() + 60));
            String before = s.substring(Math.max(0, h.span().start() - 20), h.span().start());
            boolean says = switch (lang) {
                case ZH -> ZH_VERB.matcher(after).find() && !after.startsWith("会见") && !after.startsWith("主席");
                case RU -> RU_AFTER.matcher(after).find() || RU_BEFORE.matcher(before).find();
                default -> EN_AFTER.matcher(after).find() || EN_BEFORE.matcher(before).find();
            };
            if (says) {
                out.add(Mention.of(e, h.span(), h.surface(), lang));
            }
        }
        if (lang == Lang.EN) {
            // "Wang said": a surname alone is not a glossary form, so match it against the people's English names.
            Matcher m = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+(?=(" + EN_VERBS + ")\\b)|\\b(?:said|noted|stressed|added)\\s+(\\p{Lu}\\p{Ll}+)\\b").matcher(s);
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(3);
                int start = m.group(1) != null ? m.start(1) : m.start(3);
                Span sp = new Span(start, start + name.length());
                if (out.stream().anyMatch(x -> x.span().overlaps(sp))) {
                    continue;
                }
                GlossaryEntry who = personBySurname(name);
                if (who != null) {
                    out.add(Mention.of(who, sp, name, lang));
                }
            }
        }
        Matcher both = (lang == Lang.ZH ? ZH_BOTH : lang == Lang.RU ? RU_BOTH : EN_BOTH).matcher(s);
        while (both.find()) {
            out.add(Mention.both(new Span(both.start(1), both.end(1)), both.group(1), lang));
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    private GlossaryEntry personBySurname(String token) {
        for (GlossaryEntry e : glossary.entries()) {
            if (!e.category().equals("person")) {
                continue;
            }
            for (String f : e.forms(Lang.EN)) {
                for (String w : f.split("[\\s·.-]+")) {
                    if (w.equals(token) && w.length() > 2) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "Wang Yi", "Wang Yi and Sergey Lavrov", "both sides" for a reason sentence: one mention of each speaker, each
     * named in the reason's language (王毅, Ван И) where the glossary has that form.
     */
    static Reason describe(Collection<Mention> speakers) {
        if (speakers.isEmpty()) {
            return Reason.of("speakers.none");
        }
        List<Reason> names = new ArrayList<>();
        for (Mention m : speakers) {
            names.add(m.shown());
        }
        return Phrases.chain(names, "speakers.and", "speakers.and");
    }
}
