package org.triglot.lexicon.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the Russian translations out of a Mueller (dictd) article, first senses first: the Cyrillic words and
 * short phrases that open each numbered sense, before its first English example. Transcriptions, POS and domain
 * labels ({@code _n.}, {@code _дип.}), parenthesised notes, attributive-use senses and examples are left out.
 */
final class MuellerArticleParser {
    /** Longer "translations" are explanations ("встреча или совещание глав правительств"), not equivalents. */
    static final int MAX_PHRASE_WORDS = 4;

    private static final char SENSE_BREAK = '\u0001';
    private static final Pattern TRANSCRIPTION = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern BRACES = Pattern.compile("\\{[^}]*\\}");
    // "1)", "10)", the POS blocks "1. _n.", and homonym numbers "_I", "_II".
    private static final Pattern SENSE = Pattern.compile("(?<!\\S)(?:\\d{1,2}\\)|\\d{1,2}\\.(?=\\s)|_[IVX]+(?=\\s|$))");
    // "а)", "б)" sub-senses follow a phrasal sub-entry ("meet with а) испытать"), so they continue the sense.
    private static final Pattern SUB_SENSE = Pattern.compile("(?<!\\S)[а-я]\\)");
    private static final Pattern LABEL = Pattern.compile("_[^\\s.]+\\.");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern NOTE = Pattern.compile(
            "(?<!\\S)(?:\\S+-л\\.|и т\\. ?[пд]\\.|т\\. ?[пд]\\.|и пр\\.|и др\\.|напр\\.|тж\\.|обыкн\\.|преим\\.|особ\\.)");
    private static final Pattern TRANSLATION = Pattern.compile("\\p{IsCyrillic}+(?:[- ]\\p{IsCyrillic}+)*");

    private MuellerArticleParser() {
    }

    /** The translations of an article (headword line first, as in the dictd data), in sense order, without repeats. */
    static List<String> translations(String article) {
        int newline = article.indexOf('\n');
        String body = newline < 0 ? "" : article.substring(newline + 1);
        body = body.replaceAll("\\s+", " ");
        body = TRANSCRIPTION.matcher(body).replaceAll(" ");
        body = BRACES.matcher(body).replaceAll(" ");
        body = SUB_SENSE.matcher(body).replaceAll("; ");
        body = SENSE.matcher(body).replaceAll(String.valueOf(SENSE_BREAK));
        List<String> out = new ArrayList<>();
        for (String sense : body.split(String.valueOf(SENSE_BREAK))) {
            readSense(sense, out);
        }
        return out;
    }

    private static void readSense(String sense, List<String> out) {
        // "_attr." senses give the adjective a noun takes in attributive use, not a translation of the noun.
        if (sense.contains("_attr.")) {
            return;
        }
        String text = LABEL.matcher(sense).replaceAll(" ");
        String previous;
        do {
            previous = text;
            text = PARENTHESES.matcher(text).replaceAll(" ");
        } while (!text.equals(previous));
        text = text.replace('(', ' ').replace(')', ' ');
        for (String segment : text.split(";")) {
            // The first segment with Latin letters is an example (or a cross-reference "= because"); what follows
            // in the sense are example translations and phrasal sub-entries.
            if (LATIN.matcher(segment).find()) {
                return;
            }
            for (String candidate : segment.split(",")) {
                String cleaned = clean(candidate);
                if (cleaned != null && !out.contains(cleaned)) {
                    out.add(cleaned);
                }
            }
        }
    }

    /** The candidate as a translation, or null when it is empty, not purely Cyrillic, only function words, or too long. */
    static String clean(String candidate) {
        String s = NOTE.matcher(candidate).replaceAll(" ");
        // A dot left inside is an abbreviation ("англ. алфавита"), the mark of an explanation, not a translation.
        s = s.replaceAll("[!?.:…]+\\s*$", "").replaceAll("[\"«»]", " ").replaceAll("\\s+", " ").trim();
        s = s.replaceAll("^[-—–]\\s*", "").replaceAll("\\s*[-—–]$", "");
        if (s.isEmpty() || !TRANSLATION.matcher(s).matches() || RussianPhraseWords.isOnlyFunctionWords(s)) {
            return null;
        }
        return s.split(" ").length <= MAX_PHRASE_WORDS ? s : null;
    }
}
