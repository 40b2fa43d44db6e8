package org.triglot.lexicon.names;

import java.util.Arrays;

/**
 * Weighted edit distance between two sound strings: consonant classes weigh more than vowels,
 * the glide and the weak vowel almost nothing, and some consonant classes are near neighbours
 * (m~n, s~zh, d~zh …) that transliteration often swaps; 京 jing stands for -tin (Путин 普京),
 * 杰 jie for -de- (Медведев 梅德韦杰夫), so t~j is especially cheap.
 */
final class SoundDistance {

    private static final double CONSONANT = 1.0;
    private static final double VOWEL = 0.5;
    private static final double GLIDE = 0.1;
    private static final double WEAK = 0.05;

    /**
     * Substitution costs between different consonant classes that are phonetic neighbours, by the pair's two classes
     * in order; NaN for pairs that are not neighbours. A table rather than a map of strings: the compare step weighs
     * millions of character pairs.
     */
    private static final double[][] NEAR = new double[128][128];

    static {
        for (double[] row : NEAR) {
            Arrays.fill(row, Double.NaN);
        }
        String[] pairs = {"FP", "MP", "ST", "JT", "JS", "JK", "LN", "MN", "FK", "KS", "JL", "JY", "FM"};
        double[] costs = {0.5, 0.6, 0.6, 0.3, 0.3, 0.5, 0.6, 0.4, 0.7, 0.7, 0.6, 0.2, 0.7};
        for (int i = 0; i < pairs.length; i++) {
            NEAR[pairs[i].charAt(0)][pairs[i].charAt(1)] = costs[i];
        }
    }

    private SoundDistance() {
    }

    static double weight(char c) {
        if (Sounds.isWeak(c)) {
            return WEAK;
        }
        if (c == Sounds.Y) {
            return GLIDE;
        }
        return Sounds.isVowel(c) ? VOWEL : CONSONANT;
    }

    static double weight(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += weight(s.charAt(i));
        }
        return w;
    }

    static double substitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (Sounds.isWeak(a) || Sounds.isWeak(b)) {
            char weak = Sounds.isWeak(a) ? a : b;
            char other = weak == a ? b : a;
            if (Sounds.isWeak(other)) {
                return WEAK;
            }
            if (!Sounds.isVowel(other)) {
                return weight(other) + WEAK;
            }
            // A weak vowel matches its own full vowel for free, a neighbour (o for u) almost so.
            boolean own = weak == Sounds.WEAK_U ? other == 'u' : other == 'e' || other == 'i';
            boolean near = weak == Sounds.WEAK_U && other == 'o';
            return own ? 0 : near ? WEAK : 2 * WEAK;
        }
        boolean va = Sounds.isVowel(a);
        boolean vb = Sounds.isVowel(b);
        if (va && vb) {
            char lo = a < b ? a : b;
            char hi = a < b ? b : a;
            return lo == 'e' && hi == 'i' || lo == 'o' && hi == 'u' ? 0.1 : 0.3;
        }
        if (a == Sounds.Y || b == Sounds.Y) {
            char other = a == Sounds.Y ? b : a;
            if (other == 'i' || other == 'e') {
                return 0.1;
            }
            if (Sounds.isVowel(other)) {
                return 0.25;
            }
        }
        if (!va && !vb) {
            char lo = a < b ? a : b;
            char hi = a < b ? b : a;
            if (hi < 128 && !Double.isNaN(NEAR[lo][hi])) {
                return NEAR[lo][hi];
            }
        }
        return weight(a) + weight(b);
    }

    static double distance(String a, String b) {
        return distance(a, b, Double.POSITIVE_INFINITY);
    }

    /**
     * The distance where it is at most {@code limit}, else some value above {@code limit}: a row's smallest entry never
     * falls in the rows below it (every step adds a cost of zero or more), so once it exceeds the limit the end will too.
     */
    static double distance(String a, String b, double limit) {
        int n = a.length();
        int m = b.length();
        byte[] ca = codes(a);
        byte[] cb = codes(b);
        double[] wb = new double[m];
        for (int j = 0; j < m; j++) {
            wb[j] = weight(b.charAt(j));
        }
        // Two rows of the table at a time: only the row above is ever read.
        double[] above = new double[m + 1];
        double[] row = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            above[j] = above[j - 1] + wb[j - 1];
        }
        for (int i = 1; i <= n; i++) {
            char x = a.charAt(i - 1);
            int xi = ca[i - 1];
            double wa = weight(x);
            double[] subs = xi == OTHER ? null : SUBSTITUTION[xi];
            row[0] = above[0] + wa;
            double least = row[0];
            for (int j = 1; j <= m; j++) {
                int yj = cb[j - 1];
                double sub = above[j - 1] + (subs != null && yj != OTHER ? subs[yj] : substitution(x, b.charAt(j - 1)));
                double del = above[j] + wa;
                double ins = row[j - 1] + wb[j - 1];
                row[j] = Math.min(sub, Math.min(del, ins));
                least = Math.min(least, row[j]);
            }
            if (least > limit) {
                return least;
            }
            double[] t = above;
            above = row;
            row = t;
        }
        return above[m];
    }

    /** The letters of phonetic keys; {@link #substitution} between any two of them is read from a table. */
    private static final String ALPHABET = "PTKFLSJMNYaeiou" + Sounds.WEAK + Sounds.WEAK_U;
    /** The code of a character outside {@link #ALPHABET}, whose substitutions are worked out each time. */
    private static final byte OTHER = -1;
    private static final double[][] SUBSTITUTION = new double[ALPHABET.length()][ALPHABET.length()];

    static {
        for (int i = 0; i < ALPHABET.length(); i++) {
            for (int j = 0; j < ALPHABET.length(); j++) {
                SUBSTITUTION[i][j] = substitution(ALPHABET.charAt(i), ALPHABET.charAt(j));
            }
        }
    }

    private static byte[] codes(String s) {
        byte[] out = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            out[i] = (byte) ALPHABET.indexOf(s.charAt(i));
        }
        return out;
    }

    /** 1 − distance / heavier weight, in [0, 1]; 0 when either side is empty. */
    static double similarity(String a, String b) {
        return similarity(a, b, 0);
    }

    /** As above where that is at least {@code floor} (in (0, 1]); below it, some value below {@code floor}. */
    static double similarity(String a, String b, double floor) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double max = Math.max(weight(a), weight(b));
        // A little slack, so that rounding never stops a pair that would reach the floor exactly.
        double limit = floor <= 0 ? Double.POSITIVE_INFINITY : (1 - floor) * max + 1e-9;
        return Math.max(0, 1 - distance(a, b, limit) / max);
    }
}
