package org.triglot.lexicon.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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
        return Words.of(name).canonical();
    }

    /**
     * True if both names have the same words up to spelling variants, each word compared by its
     * Russian-romanisation form or its Chinese reading. Empty names are never the same.
     */
    public static boolean sameName(String a, String b) {
        return sameName(Words.of(a), Words.of(b));
    }

    /** As {@link #sameName(String, String)}, from names read once (the aligner weighs each name against hundreds). */
    public static boolean sameName(Words a, Words b) {
        if (a.words().isEmpty() || a.words().size() != b.words().size()) {
            return false;
        }
        if (a.canonical().equals(b.canonical())) {
            return true;
        }
        for (int i = 0; i < a.words().size(); i++) {
            int k = i;
            if (!a.russian().get(i).equals(b.russian().get(i)) && a.chinese().get(i).stream().noneMatch(x -> b.chinese().get(k).contains(x))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Latin name read for matching: its lower-case ASCII words, and per word its Russian-romanisation form and its
     * readings as a Chinese name; the canonical key from those.
     */
    public record Words(List<String> words, List<String> russian, List<List<String>> chinese, String canonical) {
        public static Words of(String name) {
            List<String> words = NameVariants.words(name);
            List<String> russian = words.stream().map(NameVariants::russianKey).toList();
            List<List<String>> chinese = words.stream().map(NameVariants::chineseKeys).toList();
            String canonical;
            if (words.isEmpty()) {
                canonical = "";
            } else if (chinese.stream().noneMatch(List::isEmpty)) {
                canonical = "zh:" + String.join(" ", chinese.stream().map(c -> c.get(0)).toList());
            } else {
                canonical = String.join(" ", russian);
            }
            return new Words(words, russian, chinese, canonical);
        }
    }

    // Compiled once: these run for every pair of names the compare step weighs.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("[’ʹʼ]");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z']+");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern GU = Pattern.compile("gu([ei])");

    /** Lower-case ASCII words; diacritics removed. */
    private static List<String> words(String name) {
        if (name == null || Script.of(name) != Script.LATIN) {
            return List.of();
        }
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        s = NON_LETTERS.matcher(APOSTROPHES.matcher(MARKS.matcher(s).replaceAll("")).replaceAll("'")).replaceAll(" ").strip();
        return s.isEmpty() ? List.of() : List.of(SPACES.split(s));
    }

    /** The word in a normalised romanisation of Russian where common variant spellings coincide. */
    static String russianKey(String word) {
        String w = word.indexOf('\'') < 0 && word.indexOf('’') < 0 ? word : word.replace("'", "").replace("’", "");
        w = w.replace("x", "ks").replace("kh", "h").replace("ph", "f").replace("w", "v")
                .replace("tch", "ch").replace("ck", "k").replace('j', 'y');
        if (w.endsWith("ff")) {
            w = w.substring(0, w.length() - 2) + "v";
        }
        // Ye-/E- at the start (Yevgeny/Evgeny) and the French gu before e/i (Serguei).
        if (w.startsWith("ye")) {
            w = w.substring(1);
        }
        if (w.contains("gu")) {
            w = GU.matcher(w).replaceAll("g$1");
        }
        w = w.replace('y', 'i');
        if (w.endsWith("ander")) {
            w = w.substring(0, w.length() - 2) + "r"; // -ander → -andr
        }
        return Sounds.collapse(w);
    }

    /**
     * The word's readings as a Chinese name, joined pinyin syllables: first as pinyin, then as a
     * naïve Latin rendering of Palladius ("Si" is both pinyin si and си = xi). Empty if neither.
     */
    static List<String> chineseKeys(String word) {
        List<String> keys = new ArrayList<>(2);
        List<String> pinyin = PalladiusTransliterator.instance().pinyinSyllables(word);
        if (!pinyin.isEmpty()) {
            keys.add(String.join("", pinyin));
        }
        List<Segmenter.Unit<String>> naive = Holder.NAIVE.segment(word);
        if (!naive.isEmpty()) {
            String key = String.join("", naive.stream().map(Segmenter.Unit::value).toList());
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
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
            Map.entry('ь', List.of("'", "")), Map.entry('э', List.of("e")), Map.entry('ю', List.of("yu", "iu", "ju")),
            Map.entry('я', List.of("ya", "ia", "ja")));

    private static Segmenter<String> buildNaive() {
        Segmenter<String> seg = new Segmenter<>((prev, next) -> 0);
        PalladiusTable.instance().palladiusToPinyin().forEach((cyr, py) -> {
            for (Rendering r : renderings(cyr)) {
                if (!r.latin().isEmpty()) {
                    seg.add(r.latin(), py, 1 + 0.1 * r.secondaryChoices());
                }
            }
        });
        return seg;
    }

    /**
     * One Latin spelling of a Palladius syllable; each letter rendered by other than its first
     * (usual) option makes the reading less likely, so "van" is ван before вань, "si" си before сы.
     */
    private record Rendering(String latin, int secondaryChoices) {
    }

    private static List<Rendering> renderings(String cyr) {
        List<Rendering> out = List.of(new Rendering("", 0));
        for (char c : cyr.toCharArray()) {
            List<String> options = LATIN_FOR_CYRILLIC.getOrDefault(c, List.of());
            List<Rendering> next = new ArrayList<>();
            for (Rendering prefix : out) {
                for (int i = 0; i < options.size(); i++) {
                    next.add(new Rendering(prefix.latin() + options.get(i), prefix.secondaryChoices() + (i == 0 ? 0 : 1)));
                }
            }
            out = next;
        }
        return out;
    }
}
