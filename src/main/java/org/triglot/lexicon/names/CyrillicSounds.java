package org.triglot.lexicon.names;

import java.util.Locale;

/** Maps a Cyrillic (Russian) name to the sound alphabet of {@link Sounds}, letter by letter. */
final class CyrillicSounds {

    private CyrillicSounds() {
    }

    static String of(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{IsCyrillic}]+", " ").strip();
        StringBuilder out = new StringBuilder();
        for (String word : s.split(" +")) {
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                // е ё ю я are iotated at the start of a word and after a vowel or a sign.
                boolean iotated = i == 0 || "аеёиоуыэюяьъй".indexOf(word.charAt(i - 1)) >= 0;
                switch (c) {
                    case 'а' -> {
                        // ай is a diphthong that Latin and Chinese spellings write as ai/ei/i (Байден, 拜登, Biden).
                        if (i + 1 < word.length() && word.charAt(i + 1) == 'й') {
                            out.append('e');
                            i++;
                        } else {
                            out.append('a');
                        }
                    }
                    case 'е' -> out.append(iotated ? "Ye" : "e");
                    case 'ё' -> out.append(iotated ? "Yo" : "o");
                    case 'ю' -> out.append(iotated ? "Yu" : "u");
                    case 'я' -> out.append(iotated ? "Ya" : "a");
                    case 'и', 'ы' -> out.append('i');
                    case 'о' -> out.append('o');
                    case 'у' -> out.append('u');
                    case 'э' -> out.append('e');
                    case 'й' -> out.append(Sounds.Y);
                    case 'б', 'п' -> out.append(Sounds.P);
                    case 'д', 'т' -> out.append(Sounds.T);
                    case 'г', 'к', 'х' -> out.append(Sounds.K);
                    case 'в', 'ф' -> out.append(Sounds.F);
                    case 'л', 'р' -> out.append(Sounds.L);
                    case 'з', 'с', 'ц', 'ш', 'щ' -> out.append(Sounds.S);
                    case 'ж', 'ч' -> out.append(Sounds.J);
                    case 'м' -> out.append(Sounds.M);
                    case 'н' -> out.append(Sounds.N);
                    default -> { } // ь ъ and letters of other Cyrillic languages carry no class here
                }
            }
        }
        return Sounds.collapse(out);
    }
}
