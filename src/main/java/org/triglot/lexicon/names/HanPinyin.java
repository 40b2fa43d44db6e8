package org.triglot.lexicon.names;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Chinese characters (simplified or traditional) as toneless pinyin syllables, and writes
 * Chinese personal names in pinyin and Palladius with the surname separated and special surname
 * readings (单 Shan, 曾 Zeng, 朴 Piao …) applied.
 */
public final class HanPinyin {

    private static final String SURNAMES = "/names/surname-readings.tsv";
    /** HanLP's marker for characters it has no reading for. */
    private static final String NO_READING = "none";

    private HanPinyin() {
    }

    /** Surname readings and the ICU converter, built on first use. */
    private static final class Holder {
        static final Map<String, List<String>> SURNAME_READINGS = loadSurnames();
        // ICU transliterators are not documented as safe for concurrent use: one per thread (names are compared on all cores).
        static final ThreadLocal<Transliterator> TRADITIONAL_TO_SIMPLIFIED =
                ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    }

    /** True if the text is non-empty and every non-space character is a Han character (or the name dot ·). */
    public static boolean isHan(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return text.strip().codePoints().allMatch(cp -> Character.isWhitespace(cp) || cp == '·' || cp == '•'
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * Plain reading: one toneless syllable per Han character (ü written ü), other characters
     * skipped. Used for transliterated foreign names, where no surname rule applies.
     */
    public static List<String> syllables(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String han = simplified(text).codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (han.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Pinyin p : HanLP.convertToPinyinList(han)) {
            String py = p.getPinyinWithoutTone();
            if (py != null && !py.isEmpty() && !NO_READING.equals(py)) {
                // HanLP writes ü as v (lv, nve).
                out.add(py.toLowerCase(Locale.ROOT).replace('v', 'ü'));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A Chinese personal name read as surname and given name, each a list of syllables. Empty
     * when the text is not Han. Parts separated by · (foreign names) become one part each.
     */
    public static List<List<String>> nameParts(String name) {
        if (!isHan(name)) {
            return List.of();
        }
        String text = simplified(name).replaceAll("\\s+", "");
        if (text.contains("·") || text.contains("•")) {
            List<List<String>> parts = new ArrayList<>();
            for (String part : text.split("[·•]+")) {
                List<String> syl = syllables(part);
                if (!syl.isEmpty()) {
                    parts.add(syl);
                }
            }
            return List.copyOf(parts);
        }
        int[] cps = text.codePoints().toArray();
        if (cps.length == 1) {
            return List.of(readSurname(text));
        }
        int surnameLength = 1;
        if (cps.length >= 3 && Holder.SURNAME_READINGS.containsKey(new String(cps, 0, 2))) {
            surnameLength = 2;
        }
        String surname = new String(cps, 0, surnameLength);
        String given = new String(cps, surnameLength, cps.length - surnameLength);
        List<String> surnameSyl = readSurname(surname);
        List<String> givenSyl = syllables(given);
        if (surnameSyl.isEmpty() || givenSyl.isEmpty()) {
            return List.of();
        }
        return List.of(surnameSyl, givenSyl);
    }

    /** "习近平" → "Xi Jinping"; "" if the text is not a Han name. */
    public static String toPinyinName(String name) {
        List<String> words = new ArrayList<>();
        for (List<String> part : nameParts(name)) {
            words.add(capitalise(PalladiusTransliterator.joinPinyin(part)));
        }
        return String.join(" ", words);
    }

    /** "习近平" → "Си Цзиньпин"; "" if the text is not a Han name. */
    public static String toPalladiusName(String name) {
        PalladiusTransliterator tr = PalladiusTransliterator.instance();
        List<String> words = new ArrayList<>();
        for (List<String> part : nameParts(name)) {
            String cyr = tr.joinPalladius(part);
            if (cyr.isEmpty()) {
                return "";
            }
            words.add(capitalise(cyr));
        }
        return String.join(" ", words);
    }

    private static List<String> readSurname(String surname) {
        List<String> special = Holder.SURNAME_READINGS.get(surname);
        return special != null ? special : syllables(surname);
    }

    /** Traditional characters replaced by simplified ones; other text unchanged. */
    static String simplified(String text) {
        return Holder.TRADITIONAL_TO_SIMPLIFIED.get().transliterate(text);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static Map<String, List<String>> loadSurnames() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String[] row : TwoColumnTable.read(SURNAMES)) {
            map.put(row[0], List.copyOf(Arrays.asList(row[1].split("\\s+"))));
        }
        return Collections.unmodifiableMap(map);
    }
}
