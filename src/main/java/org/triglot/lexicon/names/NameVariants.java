package org.triglot.lexicon.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises Latin spelling variants of one name: the many romanisations of Russian names
 * (Sergei/Sergey/Serguei, Dmitry/Dmitriy, -sky/-skiy) and Chinese names that went through
 * Palladius and back to Latin naïvely ("Wang I", "Van I" for Wang Yi).
 */
public final class NameVariants {

    private NameVariants() {
    }

    /**
     * A canonical key: pinyin syllables if every word reads as a Chinese name (in pinyin or in a
     * naïve Latin rendering of Palladius), otherwise the normalised Russian-romanisation form.
     * Variants of one name give the same key; {@link #sameName} is more tolerant still.
     */
    public static String canonicalKey(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return "";
        }
        List<String> chinese = new ArrayList<>();
        for (String w : words) {
            Optional<String> key = chineseKey(w);
            if (key.isEmpty()) {
                chinese = null;
                break;
            }
            chinese.add(key.get());
        }
        if (chinese != null) {
            return "zh:" + String.join(" ", chinese);
        }
        return String.join(" ", words.stream().map(NameVariants::russianKey).toList());
    }

    /**
     * True if both names have the same words up to spelling variants, each word compared by its
     * Russian-romanisation form or its Chinese reading. Empty names are never the same.
     */
    public static boolean sameName(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wa.size() != wb.size()) {
            return false;
        }
        if (canonicalKey(a).equals(canonicalKey(b))) {
            return true;
        }
        for (int i = 0; i < wa.size(); i++) {
            if (!sameWord(wa.get(i), wb.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameWord(String a, String b) {
        if (russianKey(a).equals(russianKey(b))) {
            return true;
        }
        Optional<String> ca = chineseKey(a);
        return ca.isPresent() && ca.equals(chineseKey(b));
    }

    /** Lower-case ASCII words; diacritics removed. */
    private static List<String> words(String name) {
        if (name == null || Script.of(name) != Script.LATIN) {
            return List.of();
        }
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z'’]+", " ").strip();
        return s.isEmpty() ? List.of() : List.of(s.split(" +"));
    }

    /** The word in a normalised romanisation of Russian where common variant spellings coincide. */
    static String russianKey(String word) {
        String w = word.replaceAll("['’]", "");
        w = w.replace("x", "ks").replace("kh", "h").replace("ph", "f").replace("w", "v")
                .replace("tch", "ch").replace("ck", "k").replace('j', 'y');
        w = w.replaceAll("ff$", "v");
        // Ye-/E- at the start (Yevgeny/Evgeny) and the French gu before e/i (Serguei).
        w = w.replaceAll("^ye", "e").replaceAll("gu([ei])", "g$1");
        w = w.replace('y', 'i');
        w = w.replaceAll("ander$", "andr");
        return Sounds.collapse(w);
    }

    /** The pinyin syllables of a word read as a Chinese name in pinyin or naïve-Latin Palladius. */
    static Optional<String> chineseKey(String word) {
        PalladiusTransliterator tr = PalladiusTransliterator.instance();
        List<String> syl = tr.pinyinSyllables(word);
        if (syl.isEmpty()) {
            List<Segmenter.Unit<String>> units = Holder.NAIVE.segment(word.replaceAll("['’]", ""));
            syl = units.stream().map(Segmenter.Unit::value).toList();
        }
        return syl.isEmpty() ? Optional.empty() : Optional.of(String.join("", syl));
    }

    /** Segmenter over naïve Latin renderings of every Palladius syllable (цзи → tszi, czi, tzi …). */
    private static final class Holder {
        static final Segmenter<String> NAIVE = buildNaive();
    }

    private static final Map<Character, List<String>> LATIN_FOR_CYRILLIC = Map.ofEntries(
            Map.entry('а', List.of("a")), Map.entry('б', List.of("b")), Map.entry('в', List.of("v", "w")),
            Map.entry('г', List.of("g")), Map.entry('д', List.of("d")), Map.entry('е', List.of("e", "ye", "ie")),
            Map.entry('ё', List.of("yo", "io", "e")), Map.entry('ж', List.of("zh", "j")), Map.entry('з', List.of("z")),
            Map.entry('и', List.of("i")), Map.entry('й', List.of("y", "i", "j", "")), Map.entry('к', List.of("k")),
            Map.entry('л', List.of("l")), Map.entry('м', List.of("m")), Map.entry('н', List.of("n")),
            Map.entry('о', List.of("o")), Map.entry('п', List.of("p")), Map.entry('р', List.of("r")),
            Map.entry('с', List.of("s")), Map.entry('т', List.of("t")), Map.entry('у', List.of("u")),
            Map.entry('ф', List.of("f")), Map.entry('х', List.of("kh", "h")), Map.entry('ц', List.of("ts", "c", "tz")),
            Map.entry('ч', List.of("ch")), Map.entry('ш', List.of("sh")), Map.entry('ы', List.of("y", "i")),
            Map.entry('ь', List.of("")), Map.entry('э', List.of("e")), Map.entry('ю', List.of("yu", "iu", "ju")),
            Map.entry('я', List.of("ya", "ia", "ja")));

    private static Segmenter<String> buildNaive() {
        Segmenter<String> seg = new Segmenter<>((prev, next) -> 0);
        PalladiusTable.instance().palladiusToPinyin().forEach((cyr, py) -> {
            for (String latin : renderings(cyr)) {
                if (!latin.isEmpty()) {
                    // Naïve renderings drop ь, so "van" is both ван and вань; the plain syllable wins.
                    seg.add(latin, py, cyr.endsWith("ь") ? 1.1 : 1);
                }
            }
        });
        return seg;
    }

    private static List<String> renderings(String cyr) {
        List<String> out = List.of("");
        for (char c : cyr.toCharArray()) {
            List<String> options = LATIN_FOR_CYRILLIC.getOrDefault(c, List.of());
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (String o : options) {
                    next.add(prefix + o);
                }
            }
            out = next;
        }
        return out;
    }
}
