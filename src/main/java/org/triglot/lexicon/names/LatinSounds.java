package org.triglot.lexicon.names;

import java.text.Normalizer;
import java.util.Locale;

/** Maps a Latin-script name to the sound alphabet of {@link Sounds}, using English/European spelling habits. */
final class LatinSounds {

    private LatinSounds() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : letters(text).split(" +")) {
            if (!word.isEmpty()) {
                word(word, out);
            }
        }
        return Sounds.collapse(out);
    }

    /** Lower case ASCII letters and spaces; diacritics stripped, Turkish soft g (ğ) dropped as it is silent. */
    static String letters(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace("ğ", "").replace("ß", "ss").replace("ø", "o").replace("æ", "e")
                .replace("œ", "e").replace("ł", "l").replace("đ", "d");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z]+", " ").strip();
    }

    private static void word(String w, StringBuilder out) {
        int i = 0;
        int n = w.length();
        while (i < n) {
            char c = w.charAt(i);
            String rest = w.substring(i);
            if (rest.startsWith("shch")) {
                out.append(Sounds.S); i += 4; continue;
            }
            if (rest.startsWith("sch") || rest.startsWith("tch") || rest.startsWith("dzh")) {
                out.append(rest.startsWith("sch") ? Sounds.S : Sounds.J); i += 3; continue;
            }
            String two = rest.length() >= 2 ? rest.substring(0, 2) : "";
            if (two.equals("ng") && (i + 2 == n || !isVowelLetter(w.charAt(i + 2)))) {
                out.append(Sounds.N); // final or preconsonantal ng is one nasal (Wang, Hongkong)
                i += 2;
                continue;
            }
            switch (two) {
                case "zh", "ch", "dj" -> { out.append(Sounds.J); i += 2; continue; }
                case "sh", "ts", "tz" -> { out.append(Sounds.S); i += 2; continue; }
                case "kh", "ck", "gh", "qu" -> { out.append(Sounds.K); i += 2; continue; }
                case "ph" -> { out.append(Sounds.F); i += 2; continue; }
                case "th" -> { out.append(Sounds.T); i += 2; continue; }
                case "ee" -> { out.append('i'); i += 2; continue; }
                case "ai", "ay" -> { out.append('e'); i += 2; continue; }
                case "oo", "ou" -> { out.append('u'); i += 2; continue; }
                default -> { }
            }
            boolean prevVowel = i > 0 && isVowelLetter(w.charAt(i - 1));
            boolean nextVowel = i + 1 < n && isVowelLetter(w.charAt(i + 1));
            switch (c) {
                case 'a', 'i', 'o', 'u' -> out.append(c);
                case 'e' -> out.append(i == n - 1 && i >= 2 && !prevVowel ? Sounds.WEAK : 'e');
                case 'y' -> {
                    if (i == 0 && nextVowel) {
                        out.append(Sounds.Y);
                    } else if (!(prevVowel && nextVowel)) {
                        out.append('i');
                    }
                }
                case 'c' -> out.append(i + 1 < n && "eiy".indexOf(w.charAt(i + 1)) >= 0 ? Sounds.S : Sounds.K);
                case 'h' -> {
                    if (i == 0 || prevVowel) {
                        out.append(Sounds.K);
                    }
                }
                case 'x' -> out.append(Sounds.K).append(Sounds.S);
                case 'j' -> out.append(Sounds.J);
                case 'b', 'p' -> out.append(Sounds.P);
                case 'd', 't' -> out.append(Sounds.T);
                case 'g', 'k', 'q' -> out.append(Sounds.K);
                case 'f', 'v', 'w' -> out.append(Sounds.F);
                case 'l', 'r' -> out.append(Sounds.L);
                case 's', 'z' -> out.append(Sounds.S);
                case 'm' -> out.append(Sounds.M);
                case 'n' -> out.append(Sounds.N);
                default -> { }
            }
            i++;
        }
    }

    private static boolean isVowelLetter(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
