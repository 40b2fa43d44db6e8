package org.triglot.lexicon;

import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.model.Lang;
import org.triglot.model.Script;

import java.util.List;

/**
 * What the lexicon knows about one term: its language and script, its normal form, the glossary entries it
 * matches, dictionary senses in the other two languages, the numbers in it and readings of it as a name.
 */
public record LookupResult(String term, Lang lang, Script script, String normalForm, List<GlossaryEntry> glossary,
                           List<Sense> senses, List<NumberFound> numbers, List<NameReading> names) {
    public LookupResult {
        glossary = List.copyOf(glossary);
        senses = List.copyOf(senses);
        numbers = List.copyOf(numbers);
        names = List.copyOf(names);
    }

    /** True when no glossary entry, sense, number or name reading was found. */
    public boolean isEmpty() {
        return glossary.isEmpty() && senses.isEmpty() && numbers.isEmpty() && names.isEmpty();
    }

    /**
     * One dictionary sense: a headword (with its pinyin for Chinese) and readable words for it in {@code target}.
     * {@code source} names the dictionary, or the pivot ("CC-CEDICT → Mueller") for Chinese–Russian.
     */
    public record Sense(String source, String headword, String reading, Lang target, List<String> words) {
        public Sense {
            words = List.copyOf(words);
        }
    }

    /** A number, date or quantity found in the term, with the key that matches it across languages. */
    public record NumberFound(String surface, String kind, String key) {
    }

    /** The term read as a name: in pinyin and in Russian Palladius Cyrillic ("" where there is no reading). */
    public record NameReading(String name, String pinyin, String palladius) {
    }
}
