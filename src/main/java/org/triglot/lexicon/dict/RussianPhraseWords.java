package org.triglot.lexicon.dict;

import org.triglot.nlp.RussianLemmatizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The match lemmas of a Russian translation: each content word of the phrase through the project's
 * {@link RussianLemmatizer}; prepositions, conjunctions, particles and pronouns are left out.
 */
final class RussianPhraseWords {
    // Words that occur in explanatory phrases of every kind ("быть чьим-л. гостем"): as pivots they only add noise.
    private static final Set<String> STOP = Set.of(
            "и", "или", "а", "но", "в", "во", "на", "с", "со", "к", "ко", "о", "об", "обо", "от", "до", "по", "за",
            "из", "у", "для", "при", "не", "ни", "же", "ли", "бы", "то", "как", "что", "кто", "это", "его", "ее",
            "их", "себя", "свой", "сам", "тот", "этот", "такой", "весь", "под", "над", "без", "через", "между",
            "также", "тж", "быть", "чей", "который", "где", "когда", "так", "чем", "очень", "еще", "уже");

    private final RussianLemmatizer lemmatizer;

    /** True when every word of the phrase is a function word ("то", "и так"): no translation to keep. */
    static boolean isOnlyFunctionWords(String phrase) {
        for (String word : phrase.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[\\s-]+")) {
            if (!word.isEmpty() && !STOP.contains(word)) {
                return false;
            }
        }
        return true;
    }

    RussianPhraseWords(RussianLemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    /** Lemmas of the phrase's content words, in order, without repeats. */
    List<String> lemmas(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : phrase.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (STOP.contains(lower)) {
                continue;
            }
            String lemma = lemmatizer.lemma(lower);
            if (!STOP.contains(lemma)) {
                out.add(lemma);
            }
        }
        return new ArrayList<>(out);
    }
}
