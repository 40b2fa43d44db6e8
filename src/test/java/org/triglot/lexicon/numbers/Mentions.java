package org.triglot.lexicon.numbers;

import java.util.List;

/** Test helpers that reduce extraction results to what the assertions compare. */
final class Mentions {

    private Mentions() {
    }

    static List<String> keys(String text, String lang) {
        return NumberExtractor.extract(text, lang).stream().map(NumberMention::key).toList();
    }

    static NumberMention only(String text, String lang) {
        List<NumberMention> all = NumberExtractor.extract(text, lang);
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one mention in <" + text + "> but got " + all);
        }
        return all.get(0);
    }
}
