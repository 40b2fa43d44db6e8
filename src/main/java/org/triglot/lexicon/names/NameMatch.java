package org.triglot.lexicon.names;

/**
 * The outcome of comparing two names: a score in [0, 1], how it was obtained, and the two forms
 * that were compared, kept as evidence for the user.
 *
 * @param score  1.0 for an exact romanisation match, otherwise the phonetic similarity
 * @param method which comparison produced the score
 * @param keyA   the compared form of the first name (pinyin or phonetic key)
 * @param keyB   the compared form of the second name
 */
public record NameMatch(double score, Method method, String keyA, String keyB) {

    /** How a {@link NameMatch} score was obtained. */
    public enum Method {
        /** Same pinyin after exact conversion (Chinese names) or same spelling variant. */
        EXACT,
        /** Similarity of phonetic keys. */
        PHONETIC,
        /** At least one name could not be read. */
        NONE
    }

    static NameMatch none() {
        return new NameMatch(0, Method.NONE, "", "");
    }
}
