package org.triglot.lexicon.numbers;

import java.math.BigDecimal;

/**
 * A word, number or symbol of English or Russian text, in lower case, with its span in the source.
 *
 * @param start  offset of the token in the source text
 * @param end    offset just past the token
 * @param text   lower-cased token text (Russian ё folded to е)
 * @param type   what the token is
 * @param number the value of a {@link Type#NUMBER} token written in digits, otherwise null
 * @param suffix for a number, what is glued to it ("th", "летия", "year-old"), otherwise ""
 * @param capitalized whether the source token starts with an upper-case letter
 */
record Token(int start, int end, String text, Type type, BigDecimal number, String suffix, boolean capitalized) {

    /** Broad token classes; finer distinctions are made by the language scanners. */
    enum Type { NUMBER, WORD, SYMBOL, PUNCT }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean is(String s) {
        return text.equals(s);
    }

    /** True for a digit number with no fraction and nothing glued to it, e.g. "2025" but not "2025-й" or "1.5". */
    boolean isPlainInteger() {
        return isNumber() && suffix.isEmpty() && number.stripTrailingZeros().scale() <= 0;
    }

    /** Integer value of a plain number, or -1 when the token is not one. */
    int intValue() {
        if (!isNumber() || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            return -1;
        }
        return number.intValue();
    }

    /** Number of digits as written, before any grouping separators were removed. */
    int digitCount() {
        return (int) text.chars().filter(Character::isDigit).count() - (int) suffix.chars().filter(Character::isDigit).count();
    }
}
