package org.triglot.lexicon.dict;

import org.triglot.nlp.EnglishStemmer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The match stems of an English gloss or headword: its content words (stop words and CEDICT's own abbreviations
 * removed), each stemmed with the project's {@link EnglishStemmer} so they meet the stems of English text.
 */
final class EnglishGlossWords {
    // Function words, and the dictionary's own shorthand (sb, sth, lit., fig.): they match everything and say nothing.
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "into", "onto", "upon", "about", "than", "then", "so", "such", "that", "this", "these", "those",
            "it", "its", "be", "is", "are", "was", "were", "been", "being", "am", "do", "does", "did", "done",
            "have", "has", "had", "not", "no", "if", "which", "who", "whom", "whose", "what", "when", "where", "why",
            "how", "all", "any", "some", "each", "every", "one", "ones", "oneself", "sb", "sth", "someone",
            "something", "somebody", "etc", "eg", "ie", "lit", "fig", "esp", "usu", "also", "very", "can", "could",
            "may", "might", "must", "shall", "should", "will", "would", "there", "here", "their", "they", "them",
            "he", "him", "his", "she", "her", "we", "us", "our", "you", "your", "me", "my", "i", "abbr", "pr",
            "used", "s");
    private static final Pattern HAN_REFERENCE = Pattern.compile("[\\p{IsHan}|·]+(\\[[^\\]]*\\])?|\\[[^\\]]*\\]");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+(?:['’-][\\p{L}\\p{Nd}]+)*");

    private final EnglishStemmer stemmer;

    EnglishGlossWords(EnglishStemmer stemmer) {
        this.stemmer = stemmer;
    }

    /**
     * Stems of the content words of a gloss, in order, without repeats. Parenthesised parts and Chinese
     * cross-references are dropped first; a hyphenated word yields its parts and the whole (text tokenizers
     * differ on hyphens).
     */
    List<String> stems(String gloss) {
        String text = HAN_REFERENCE.matcher(gloss).replaceAll(" ");
        String previous;
        do {
            previous = text;
            text = PARENTHESES.matcher(text).replaceAll(" ");
        } while (!text.equals(previous));
        Set<String> out = new LinkedHashSet<>();
        var m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().replace('’', '\'');
            if (word.indexOf('-') >= 0) {
                addWord(out, word.replace("'", ""));
                for (String part : word.split("-")) {
                    addWord(out, part);
                }
            } else {
                addWord(out, word);
            }
        }
        return new ArrayList<>(out);
    }

    /** The stem of a single word, or null when it is a stop word or carries no letter. */
    String stemOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int apostrophe = lower.indexOf('\'');
        String base = apostrophe > 0 && lower.endsWith("'s") ? lower.substring(0, apostrophe) : lower;
        if (base.length() < 2 || STOP.contains(base) || base.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return stemmer.stem(base);
    }

    private void addWord(Set<String> out, String word) {
        String s = stemOf(word);
        if (s != null) {
            out.add(s);
        }
    }
}
