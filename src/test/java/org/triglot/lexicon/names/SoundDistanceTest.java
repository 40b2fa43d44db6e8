package org.triglot.lexicon.names;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SoundDistanceTest {
    /** The textbook weighted edit distance over the whole table, from the same costs. */
    private static double reference(String a, String b) {
        double[][] d = new double[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            d[i][0] = d[i - 1][0] + SoundDistance.weight(a.charAt(i - 1));
        }
        for (int j = 1; j <= b.length(); j++) {
            d[0][j] = d[0][j - 1] + SoundDistance.weight(b.charAt(j - 1));
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(d[i - 1][j - 1] + SoundDistance.substitution(a.charAt(i - 1), b.charAt(j - 1)),
                        Math.min(d[i - 1][j] + SoundDistance.weight(a.charAt(i - 1)), d[i][j - 1] + SoundDistance.weight(b.charAt(j - 1))));
            }
        }
        return d[a.length()][b.length()];
    }

    private static String random(Random r, String letters) {
        StringBuilder s = new StringBuilder();
        for (int k = r.nextInt(9); k > 0; k--) {
            s.append(letters.charAt(r.nextInt(letters.length())));
        }
        return s.toString();
    }

    @Test
    void theTabledDistanceIsTheTextbookOneAndTheLimitOnlyCutsDistancesAboveIt() {
        // Letters of phonetic keys, and two outside them (a key should never hold those, but must still compare).
        String letters = "PTKFLSJMNYaeiouəʊXq";
        Random r = new Random(7);
        int cut = 0;
        for (int k = 0; k < 20_000; k++) {
            String a = random(r, letters);
            String b = random(r, letters);
            double full = reference(a, b);
            assertThat(SoundDistance.distance(a, b)).as(a + " ~ " + b).isCloseTo(full, within(1e-12));
            double limit = r.nextDouble() * 4;
            double limited = SoundDistance.distance(a, b, limit);
            if (full <= limit) {
                assertThat(limited).as(a + " ~ " + b + " within " + limit).isCloseTo(full, within(1e-12));
            } else {
                assertThat(limited).as(a + " ~ " + b + " beyond " + limit).isGreaterThan(limit);
                cut += limited < full ? 1 : 0;
            }
        }
        assertThat(cut).as("pairs stopped early").isGreaterThan(1000);
    }

    @Test
    void nearConsonantsAndWeakVowelsCostLittle() {
        assertThat(SoundDistance.similarity("PuTiN", "PuJiN")).isGreaterThan(0.8); // 普京 for Путин: t ~ j
        assertThat(SoundDistance.similarity("LaFLoF", "LaFʊLoFʊ")).isGreaterThan(0.9); // 拉夫罗夫: fu may be bare f
        assertThat(SoundDistance.similarity("LaFLoF", "MaKLoN")).isLessThan(0.6);
    }
}
