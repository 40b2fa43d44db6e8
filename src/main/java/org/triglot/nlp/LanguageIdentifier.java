package org.triglot.nlp;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.triglot.model.Lang;
import org.triglot.model.Script;

import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a text is Chinese, Russian, English or something else. Script shares decide first (a mixed
 * paragraph goes to the script that carries most of it); Lingua then tells English from other Latin-script
 * languages and Russian from other Cyrillic ones, so a French text gets a warning instead of a silent "English".
 * Detectors are built once, load their models lazily, and are shared.
 */
public final class LanguageIdentifier {
    /** Below this many letters Lingua's guess is noise; trust the script. */
    private static final int MIN_LETTERS_FOR_MODEL = 24;

    // Latin: low-accuracy mode loads only trigram models (the high-accuracy models of 14 languages took about 350 MB
    // of heap); trigrams tell English from French well. Cyrillic keeps the full models for four languages, because
    // trigrams took a short Russian sentence for Bulgarian.
    private final LanguageDetector latin = LanguageDetectorBuilder.fromLanguages(
            Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
            Language.PORTUGUESE, Language.DUTCH).withLowAccuracyMode().build();
    private final LanguageDetector cyrillic = LanguageDetectorBuilder.fromLanguages(
            Language.RUSSIAN, Language.UKRAINIAN, Language.BULGARIAN, Language.BELARUSIAN).build();

    public LanguageGuess identify(String text) {
        ScriptCounts c = ScriptCounts.of(text);
        double total = c.total();
        if (c.letters() == 0) {
            return new LanguageGuess(Lang.OTHER, Script.OTHER, 0, "no letters");
        }
        double hanLike = (c.han() + c.kana()) * ScriptCounts.HAN_WEIGHT;
        double hangul = c.hangul() * ScriptCounts.HAN_WEIGHT;
        double best = Math.max(Math.max(hanLike, hangul), Math.max(Math.max(c.cyrillic(), c.latin()), c.otherLetters()));
        double share = best / total;
        if (best == hanLike) {
            if (c.kana() > 0 && c.kana() >= 0.1 * (c.han() + c.kana())) {
                return new LanguageGuess(Lang.OTHER, Script.OTHER, share, "Japanese");
            }
            return new LanguageGuess(Lang.ZH, ChineseScript.classify(text), share, "Chinese");
        }
        if (best == hangul) {
            return new LanguageGuess(Lang.OTHER, Script.OTHER, share, "Korean");
        }
        if (best == c.otherLetters()) {
            return new LanguageGuess(Lang.OTHER, Script.OTHER, share, "another script");
        }
        boolean isCyrillic = best == c.cyrillic();
        Lang expected = isCyrillic ? Lang.RU : Lang.EN;
        Script script = isCyrillic ? Script.CYRILLIC : Script.LATIN;
        int letters = isCyrillic ? c.cyrillic() : c.latin();
        if (letters < MIN_LETTERS_FOR_MODEL) {
            return new LanguageGuess(expected, script, share * 0.7, expected.englishName());
        }
        LanguageDetector detector = isCyrillic ? cyrillic : latin;
        Language target = isCyrillic ? Language.RUSSIAN : Language.ENGLISH;
        Map<Language, Double> values = detector.computeLanguageConfidenceValues(text);
        Language top = values.isEmpty() ? Language.UNKNOWN : values.keySet().iterator().next();
        double targetConfidence = values.getOrDefault(target, 0.0);
        if (top == target || top == Language.UNKNOWN) {
            return new LanguageGuess(expected, script, share * Math.max(targetConfidence, 0.5), expected.englishName());
        }
        String name = top.name().charAt(0) + top.name().substring(1).toLowerCase(Locale.ROOT);
        return new LanguageGuess(Lang.OTHER, script, share * values.get(top), name);
    }
}
