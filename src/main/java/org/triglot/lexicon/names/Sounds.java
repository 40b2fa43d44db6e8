package org.triglot.lexicon.names;

/**
 * The alphabet of phonetic keys. Consonants are merged into classes so that voicing and l/r
 * differences, which transliteration does not preserve, do not count.
 */
final class Sounds {
    /** b p */
    static final char P = 'P';
    /** d t */
    static final char T = 'T';
    /** g k c q h x(h) */
    static final char K = 'K';
    /** f v w ph */
    static final char F = 'F';
    /** l r */
    static final char L = 'L';
    /** s z ts sh shch, pinyin x */
    static final char S = 'S';
    /** zh j dzh ch, pinyin j q */
    static final char J = 'J';
    static final char M = 'M';
    static final char N = 'N';
    /** The glide y / й, cheap to lose. */
    static final char Y = 'Y';
    /** A weak e or i that may stand for nothing (斯 si = s, 德 de = d, silent final e). */
    static final char WEAK = 'ə';
    /** A weak u that may stand for nothing (夫 fu = v, 普 pu = p). */
    static final char WEAK_U = 'ʊ';

    private Sounds() {
    }

    static boolean isWeak(char c) {
        return c == WEAK || c == WEAK_U;
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Drops immediate repeats (double letters, a weak vowel next to a vowel stays). */
    static String collapse(CharSequence raw) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
