package org.triglot.lexicon.names;

import java.util.List;
import java.util.Map;

/**
 * Maps a foreign name written in Chinese characters to the sound alphabet of {@link Sounds},
 * syllable by syllable, following the habits of Chinese transliteration: a syllable with a weak
 * vowel (夫 fu, 斯 si, 克 ke, 德 de, 尔 er …) often stands for a bare consonant, so its vowel is
 * written as the weak vowel that may match nothing.
 */
final class HanSounds {

    private static final List<String> ONSETS = List.of(
            "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
            "j", "q", "x", "r", "z", "c", "s", "y", "w");

    private static final Map<String, Character> ONSET_SOUND = Map.ofEntries(
            Map.entry("b", Sounds.P), Map.entry("p", Sounds.P), Map.entry("m", Sounds.M),
            Map.entry("f", Sounds.F), Map.entry("d", Sounds.T), Map.entry("t", Sounds.T),
            Map.entry("n", Sounds.N), Map.entry("l", Sounds.L), Map.entry("r", Sounds.J),
            Map.entry("g", Sounds.K), Map.entry("k", Sounds.K), Map.entry("h", Sounds.K),
            Map.entry("j", Sounds.J), Map.entry("q", Sounds.J), Map.entry("zh", Sounds.J),
            Map.entry("ch", Sounds.J), Map.entry("x", Sounds.S), Map.entry("sh", Sounds.S),
            Map.entry("z", Sounds.S), Map.entry("c", Sounds.S), Map.entry("s", Sounds.S),
            Map.entry("y", Sounds.Y), Map.entry("w", Sounds.F));

    /**
     * Finals as vowel(s) plus coda. ai/ei render e (埃 = E, 内 = ne), ao/ou render o (绍 = sho),
     * -ng is taken as n, and üe renders o because 约 = Jo/Yo is by far its commonest use.
     * (The onset r is taken as zh: transliteration writes r with l, and uses 热 若 茹 for ʒ/j.)
     */
    private static final Map<String, String> FINAL_SOUND = Map.ofEntries(
            Map.entry("a", "a"), Map.entry("o", "o"), Map.entry("e", "e"), Map.entry("ai", "e"),
            Map.entry("ei", "e"), Map.entry("ao", "o"), Map.entry("ou", "o"), Map.entry("an", "aN"),
            Map.entry("en", "eN"), Map.entry("ang", "aN"), Map.entry("eng", "eN"), Map.entry("ong", "uN"),
            Map.entry("er", "əL"), Map.entry("i", "i"), Map.entry("ia", "ia"), Map.entry("iao", "io"),
            Map.entry("ie", "ie"), Map.entry("iu", "iu"), Map.entry("ian", "ieN"), Map.entry("in", "iN"),
            Map.entry("iang", "iaN"), Map.entry("ing", "iN"), Map.entry("iong", "ioN"), Map.entry("u", "u"),
            Map.entry("ua", "ua"), Map.entry("uo", "o"), Map.entry("uai", "ua"), Map.entry("ui", "e"),
            Map.entry("uan", "uaN"), Map.entry("un", "uN"), Map.entry("uang", "uaN"), Map.entry("ü", "u"),
            Map.entry("üe", "o"), Map.entry("üan", "aN"), Map.entry("ün", "uN"));

    private HanSounds() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        for (String syllable : HanPinyin.syllables(text)) {
            out.append(syllable(syllable));
        }
        return Sounds.collapse(out);
    }

    static String syllable(String py) {
        String onset = "";
        for (String o : ONSETS) {
            if (py.startsWith(o) && py.length() > o.length()) {
                onset = o;
                break;
            }
        }
        String fin = py.substring(onset.length());
        if (onset.equals("w") && fin.equals("u")) {
            return "u"; // wu is a bare u (乌 = U-); other w syllables begin with v/w (维 = Vi)
        }
        if (onset.equals("y")) {
            fin = switch (fin) {
                case "i", "in", "ing" -> fin;
                case "u", "ue", "uan", "un" -> "ü" + fin.substring(1);
                case "ou" -> "iu";
                case "ong" -> "iong";
                default -> "i" + fin;
            };
        } else if ((onset.equals("j") || onset.equals("q") || onset.equals("x")) && fin.startsWith("u")) {
            fin = "ü" + fin.substring(1);
        }
        String vowelAndCoda = FINAL_SOUND.getOrDefault(fin, "");
        boolean apical = fin.equals("i") && List.of("z", "c", "s", "zh", "ch", "sh", "r").contains(onset);
        boolean weak = apical || (!onset.isEmpty() && !onset.equals("y") && (fin.equals("u") || fin.equals("e")));
        if (weak) {
            vowelAndCoda = String.valueOf(fin.equals("u") ? Sounds.WEAK_U : Sounds.WEAK);
        }
        String onsetSound = onset.isEmpty() ? "" : String.valueOf(ONSET_SOUND.get(onset));
        if (onset.equals("y") && vowelAndCoda.length() > 1 && vowelAndCoda.charAt(0) == 'i'
                && Sounds.isVowel(vowelAndCoda.charAt(1))) {
            vowelAndCoda = vowelAndCoda.substring(1); // the glide already stands for the i of ya, ye, you
        }
        return onsetSound + vowelAndCoda;
    }
}
