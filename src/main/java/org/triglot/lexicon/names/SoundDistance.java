package org.triglot.lexicon.names;

import java.util.Map;

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

    /** Substitution costs between different consonant classes that are phonetic neighbours. */
    private static final Map<String, Double> NEAR = Map.ofEntries(
            Map.entry("FP", 0.5), Map.entry("MP", 0.6), Map.entry("ST", 0.6), Map.entry("JT", 0.3),
            Map.entry("JS", 0.3), Map.entry("JK", 0.5), Map.entry("LN", 0.6), Map.entry("MN", 0.4),
            Map.entry("FK", 0.7), Map.entry("KS", 0.7), Map.entry("JL", 0.6), Map.entry("JY", 0.2),
            Map.entry("FM", 0.7));

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
            String pair = a < b ? "" + a + b : "" + b + a;
            return pair.equals("ei") || pair.equals("ou") ? 0.1 : 0.3;
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
            String pair = a < b ? "" + a + b : "" + b + a;
            Double near = NEAR.get(pair);
            if (near != null) {
                return near;
            }
        }
        return weight(a) + weight(b);
    }

    static double distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = d[i - 1][0] + weight(a.charAt(i - 1));
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + weight(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double sub = d[i - 1][j - 1] + substitution(a.charAt(i - 1), b.charAt(j - 1));
                double del = d[i - 1][j] + weight(a.charAt(i - 1));
                double ins = d[i][j - 1] + weight(b.charAt(j - 1));
                d[i][j] = Math.min(sub, Math.min(del, ins));
            }
        }
        return d[n][m];
    }

    /** 1 − distance / heavier weight, in [0, 1]; 0 when either side is empty. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double max = Math.max(weight(a), weight(b));
        return Math.max(0, 1 - distance(a, b) / max);
    }
}
