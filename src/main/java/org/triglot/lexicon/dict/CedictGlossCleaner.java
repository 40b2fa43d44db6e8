package org.triglot.lexicon.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns CC-CEDICT definition strings into readable glosses worth matching: one gloss per {@code ;}- or
 * {@code /}-separated part, without classifiers, cross-references, surnames, pronunciation notes or
 * Taiwan-only senses (the rules that lifted the aligner experiment, see ALIGNER-NOTES).
 */
final class CedictGlossCleaner {
    private static final Pattern SEPARATOR = Pattern.compile("[;/]");
    // Glosses that only point elsewhere or describe the headword's form: they name no meaning to match.
    private static final List<String> DROPPED_PREFIXES = List.of(
            "cl:", "variant of", "old variant of", "archaic variant of", "erhua variant of", "japanese variant of",
            "see ", "see:", "surname ", "abbr. for", "abbr. to", "used in", "taiwan pr.", "also pr.", "pr. ",
            "also written", "also called", "same as", "classifier for", "(old) variant of", "(archaic) variant of");
    // "個|个[ge4]": show only the simplified form of a cross-referenced word.
    private static final Pattern TRADITIONAL_PAIR = Pattern.compile("[^\\s|\\[\\](),;]+\\|([^\\s|\\[\\](),;]+)\\[");

    private CedictGlossCleaner() {
    }

    /** The readable glosses of a row's definitions, in order, without repeats; may be empty. */
    static List<String> glosses(List<String> definitions) {
        List<String> out = new ArrayList<>();
        for (String definition : definitions) {
            for (String part : SEPARATOR.split(definition)) {
                String gloss = TRADITIONAL_PAIR.matcher(part).replaceAll("$1[").replace('|', ' ')
                        .replace('\t', ' ').replaceAll("\\s+", " ").trim();
                if (!gloss.isEmpty() && !isDropped(gloss) && !out.contains(gloss)) {
                    out.add(gloss);
                }
            }
        }
        return out;
    }

    /** True for a gloss that carries no meaning of its own (reference, classifier, surname, Taiwan usage). */
    static boolean isDropped(String gloss) {
        String lower = gloss.toLowerCase(Locale.ROOT);
        if (lower.contains("(tw)")) {
            return true;
        }
        for (String prefix : DROPPED_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
