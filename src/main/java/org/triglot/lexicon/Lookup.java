package org.triglot.lexicon;

import org.triglot.lexicon.LookupResult.NameReading;
import org.triglot.lexicon.LookupResult.NumberFound;
import org.triglot.lexicon.LookupResult.Sense;
import org.triglot.lexicon.dict.Dictionaries;
import org.triglot.lexicon.dict.ZhEntry;
import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.lexicon.glossary.GlossaryHit;
import org.triglot.lexicon.names.HanPinyin;
import org.triglot.lexicon.names.PalladiusTransliterator;
import org.triglot.lexicon.numbers.NumberExtractor;
import org.triglot.lexicon.numbers.NumberMention;
import org.triglot.model.Lang;
import org.triglot.model.Script;
import org.triglot.nlp.ChineseScript;
import org.triglot.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Looks a term up in everything the lexicon has: the glossary (on Simplified Chinese, Russian lemmas and English
 * stems), CC-CEDICT and Mueller in every direction, the number extractor and the name transliterations.
 */
public final class Lookup {
    /** More than this many words per sense is a wall of text, and the later ones are rarely right. */
    static final int MAX_WORDS = 10;

    private static final String CEDICT = "CC-CEDICT";
    private static final String MUELLER = "Mueller";

    private final Lexicon lexicon;

    public Lookup(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Everything known about the term; the term must not be blank. */
    public LookupResult lookup(String term) {
        String t = term == null ? "" : term.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the term is empty");
        }
        Lang lang = langOf(t);
        Script script = scriptOf(t, lang);
        List<Token> words = lexicon.nlp().tokenize(t, lang).stream().filter(Token::isWord).toList();
        String normal = lang == Lang.ZH ? ChineseScript.toSimplified(t)
                : String.join(" ", words.stream().map(Token::norm).toList());
        List<GlossaryHit> hits = lexicon.glossary().find(t, lang);
        List<GlossaryEntry> glossary = hits.stream().map(GlossaryHit::entry).distinct().toList();
        // The parts of a person's name are not words: "Лаврову" is not "laurels", "Си" not the note B.
        List<Token> common = lang == Lang.ZH ? words : words.stream().filter(w -> !inPersonName(w, hits)).toList();
        List<Sense> senses = switch (lang) {
            case ZH -> chineseSenses(t, words);
            case RU -> russianSenses(common);
            case EN, OTHER -> common.isEmpty() ? List.of() : englishSenses(t, common);
        };
        List<NumberFound> numbers = new ArrayList<>();
        for (NumberMention m : NumberExtractor.extract(t, lang.code())) {
            numbers.add(new NumberFound(m.surface(), m.kind().name().toLowerCase(Locale.ROOT), m.key()));
        }
        return new LookupResult(t, lang, script, normal, glossary, senses, numbers, names(t, lang, words, glossary));
    }

    /** The language by script alone: any Han character makes Chinese, then the larger of Cyrillic and Latin. */
    static Lang langOf(String term) {
        int cyr = 0;
        int lat = 0;
        for (int i = 0; i < term.length(); ) {
            int cp = term.codePointAt(i);
            i += Character.charCount(cp);
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> {
                    return Lang.ZH;
                }
                case CYRILLIC -> cyr++;
                case LATIN -> lat++;
                default -> { }
            }
        }
        // Digits alone ("2025") are read with the English rules, which know Arabic numerals.
        return cyr > lat ? Lang.RU : Lang.EN;
    }

    private static Script scriptOf(String term, Lang lang) {
        return switch (lang) {
            case ZH -> ChineseScript.classify(term);
            case RU -> Script.CYRILLIC;
            default -> term.codePoints().anyMatch(Character::isLetter) ? Script.LATIN : Script.OTHER;
        };
    }

    private static boolean inPersonName(Token word, List<GlossaryHit> hits) {
        return hits.stream().anyMatch(h -> h.entry().category().equals("person")
                && h.span().start() <= word.span().start() && word.span().end() <= h.span().end());
    }

    // ---- Chinese

    private List<Sense> chineseSenses(String term, List<Token> tokens) {
        Dictionaries dict = lexicon.dictionaries();
        Set<String> words = new LinkedHashSet<>();
        if (dict.isChineseWord(term)) {
            words.add(term);
        } else {
            for (Token tok : tokens) {
                if (dict.isChineseWord(tok.text())) {
                    words.add(tok.text());
                } else {
                    words.addAll(UnitAnalyzer.chineseParts(dict, tok.text()));
                }
            }
        }
        List<Sense> out = new ArrayList<>();
        for (String w : words) {
            List<ZhEntry> entries = dict.chineseEntries(w);
            for (ZhEntry e : entries) {
                String head = e.simplified().equals(e.traditional()) ? e.simplified() : e.simplified() + " 〔" + e.traditional() + "〕";
                out.add(new Sense(CEDICT, head, e.pinyin(), Lang.EN, e.glosses()));
            }
            // CEDICT capitalises the pinyin of proper nouns; their glosses are biographies, and pivoting them into
            // Russian word by word gives nonsense (习近平 → "общий; политик…"); the glossary has the real forms.
            boolean properNoun = !entries.isEmpty() && entries.stream().allMatch(e -> !e.pinyin().isEmpty() && Character.isUpperCase(e.pinyin().codePointAt(0)));
            List<String> ru = properNoun ? List.of() : limit(dict.russianLemmasOfChinese(w));
            if (!ru.isEmpty()) {
                out.add(new Sense(CEDICT + " → " + MUELLER, ChineseScript.toSimplified(w), "", Lang.RU, ru));
            }
        }
        return out;
    }

    // ---- English

    private List<Sense> englishSenses(String term, List<Token> tokens) {
        Dictionaries dict = lexicon.dictionaries();
        List<Token> content = tokens.stream().filter(t -> !Stopwords.isStopword(t.norm(), Lang.EN)).toList();
        if (content.isEmpty()) {
            content = tokens;
        }
        List<Sense> out = new ArrayList<>();
        String phrase = term.toLowerCase(Locale.ROOT);
        // A phrase is looked up as a whole first: the Chinese words whose glosses have all its stems.
        Set<String> together = null;
        for (Token t : content) {
            Set<String> zh = dict.chineseWordsOf(t.norm());
            if (together == null) {
                together = new LinkedHashSet<>(zh);
            } else {
                together.retainAll(zh);
            }
        }
        if (together != null && !together.isEmpty()) {
            out.add(new Sense(CEDICT, term, "", Lang.ZH, chineseForEnglish(together, phrase)));
        } else {
            for (Token t : content) {
                Set<String> zh = dict.chineseWordsOf(t.norm());
                if (!zh.isEmpty()) {
                    out.add(new Sense(CEDICT, t.text(), "", Lang.ZH, chineseForEnglish(zh, t.text().toLowerCase(Locale.ROOT))));
                }
            }
        }
        List<String> ru = dict.russianTranslations(phrase);
        if (!ru.isEmpty()) {
            out.add(new Sense(MUELLER, term, "", Lang.RU, ru.subList(0, Math.min(MAX_WORDS, ru.size()))));
        } else {
            for (Token t : content) {
                List<String> r = dict.russianTranslations(t.text());
                if (!r.isEmpty()) {
                    out.add(new Sense(MUELLER, t.text(), "", Lang.RU, r.subList(0, Math.min(MAX_WORDS, r.size()))));
                }
            }
        }
        return out;
    }

    /**
     * The best Chinese words for an English phrase, each with the gloss that names it: a gloss equal to the phrase
     * first, then one containing it, then short glosses (the stem index alone lists hundreds of words for "minister").
     */
    private List<String> chineseForEnglish(Set<String> candidates, String phrase) {
        Dictionaries dict = lexicon.dictionaries();
        record Ranked(String word, String gloss, int rank) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (String w : candidates) {
            String bestGloss = "";
            int best = Integer.MAX_VALUE;
            for (ZhEntry e : dict.chineseEntries(w)) {
                for (String g : e.glosses()) {
                    int r = glossRank(g.toLowerCase(Locale.ROOT), phrase);
                    if (r < best) {
                        best = r;
                        bestGloss = g;
                    }
                }
            }
            ranked.add(new Ranked(w, bestGloss, best));
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt(r -> r.word().length()));
        List<String> out = new ArrayList<>();
        for (Ranked r : ranked.subList(0, Math.min(MAX_WORDS, ranked.size()))) {
            out.add(r.gloss().isEmpty() ? r.word() : r.word() + " (" + r.gloss() + ")");
        }
        return out;
    }

    private static int glossRank(String gloss, String phrase) {
        String g = gloss.startsWith("to ") ? gloss.substring(3) : gloss.startsWith("the ") ? gloss.substring(4) : gloss;
        if (g.equals(phrase)) {
            return 0;
        }
        if (g.contains(phrase)) {
            return 1 + g.split(" ").length;
        }
        return 100 + g.split(" ").length;
    }

    // ---- Russian

    private List<Sense> russianSenses(List<Token> tokens) {
        Dictionaries dict = lexicon.dictionaries();
        List<Sense> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Token t : tokens) {
            String lemma = t.norm();
            if (!seen.add(lemma) || tokens.size() > 1 && Stopwords.isStopword(lemma, Lang.RU)) {
                continue;
            }
            // Mueller is indexed by English stems; show the headwords behind each stem, the shortest first.
            Set<String> english = new LinkedHashSet<>();
            // Stems whose headword has this lemma as its first translation come first ("talk" before "palaver").
            List<String> stems = new ArrayList<>(dict.englishStemsOfRussian(lemma));
            stems.sort(Comparator.comparingInt(stem -> senseRank(dict, stem, lemma)));
            for (String stem : stems) {
                dict.englishHeadwordsOf(stem).stream().min(Comparator.comparingInt(String::length)).ifPresent(english::add);
            }
            if (!english.isEmpty()) {
                out.add(new Sense(MUELLER, lemma, "", Lang.EN, limit(english)));
            }
            List<String> zh = new ArrayList<>();
            for (String w : limit(dict.chineseWordsOfRussian(lemma))) {
                List<ZhEntry> entries = dict.chineseEntries(w);
                zh.add(entries.isEmpty() ? w : w + " (" + entries.get(0).pinyin() + ")");
            }
            if (!zh.isEmpty()) {
                out.add(new Sense(MUELLER + " → " + CEDICT, lemma, "", Lang.ZH, zh));
            }
        }
        return out;
    }

    private static int senseRank(Dictionaries dict, String stem, String lemma) {
        int i = new ArrayList<>(dict.russianLemmasOf(stem)).indexOf(lemma.replace('ё', 'е'));
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    // ---- names

    private static List<NameReading> names(String term, Lang lang, List<Token> tokens, List<GlossaryEntry> glossary) {
        List<NameReading> out = new ArrayList<>();
        switch (lang) {
            case ZH -> {
                if (isChineseName(term, tokens, glossary)) {
                    out.add(new NameReading(term, HanPinyin.toPinyinName(term), HanPinyin.toPalladiusName(term)));
                } else if (tokens.size() == 1 && tokens.get(0).tag().equals("nrf")) {
                    // A transliterated foreign name: its pinyin says how it sounds, but Palladius of it would be invented.
                    String py = PalladiusTransliterator.joinPinyin(HanPinyin.syllables(term));
                    out.add(new NameReading(term, capitalise(py), ""));
                }
            }
            case RU -> {
                if (Character.isUpperCase(term.codePointAt(0))) {
                    PalladiusTransliterator tr = PalladiusTransliterator.instance();
                    String py = tr.toPinyin(term);
                    if (py.isEmpty()) {
                        // An inflected name ("Цзиньпину"): try the lemmas.
                        String lemmas = String.join(" ", tokens.stream().map(t -> capitalise(t.norm())).toList());
                        py = tr.toPinyin(lemmas);
                    }
                    if (!py.isEmpty()) {
                        out.add(new NameReading(term, py, term));
                    }
                }
            }
            case EN, OTHER -> {
                boolean person = glossary.stream().anyMatch(e -> e.category().equals("person"));
                // A capitalised English word may read as pinyin by accident ("China"); only unknown terms or people get a reading.
                if (Character.isUpperCase(term.codePointAt(0)) && (glossary.isEmpty() || person)) {
                    String pal = PalladiusTransliterator.instance().toPalladius(term);
                    if (!pal.isEmpty()) {
                        out.add(new NameReading(term, term, pal));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A Chinese (not transliterated) personal name: HanLP tags it nr, or a person of the glossary whose English
     * form is the pinyin of the Chinese one (习近平 – Xi Jinping, but not 拉夫罗夫 – Sergey Lavrov).
     */
    private static boolean isChineseName(String term, List<Token> tokens, List<GlossaryEntry> glossary) {
        if (!HanPinyin.isHan(term) || HanPinyin.toPinyinName(term).isEmpty()) {
            return false;
        }
        if (tokens.size() == 1 && tokens.get(0).tag().equals("nr")) {
            return true;
        }
        String pinyin = squash(HanPinyin.toPinyinName(term));
        return glossary.stream().anyMatch(e -> e.category().equals("person") && squash(e.en()).equals(pinyin));
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s'’-]", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> limit(Set<String> words) {
        List<String> out = new ArrayList<>(words);
        return List.copyOf(out.subList(0, Math.min(MAX_WORDS, out.size())));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
