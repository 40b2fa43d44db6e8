package org.triglot.lexicon.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Converts romanised Mandarin (pinyin, with or without tones) to Russian Palladius Cyrillic and
 * back, word by word, keeping each word's capitalisation.
 *
 * <p>Spelling rules followed (common Russian practice for Chinese names): syllables of one word
 * are written together; a syllable in -n keeps its ь everywhere, including before a vowel
 * ("Jin'an" → "Цзиньань"); a syllable in -ng (Cyrillic -н) followed by a vowel-initial syllable
 * takes a separating ъ ("Chang'e" → "Чанъэ"). The reverse direction ignores ъ and also reads
 * spellings that drop the ь of -нь or write е for э, at a cost, when no exact reading exists.
 */
public final class PalladiusTransliterator {
    // Compiled once: names are split for every pair the compare step weighs.
    private static final Pattern PINYIN_WORD_BREAK = Pattern.compile("[\\s\\u00B7\\u30FB]+");
    private static final Pattern PINYIN_SYLLABLE_BREAK = Pattern.compile("['’ʼ\\-1-5]+");
    private static final Pattern PALLADIUS_WORD_BREAK = Pattern.compile("[\\s\\u00B7]+");
    private static final Pattern PALLADIUS_SYLLABLE_BREAK = Pattern.compile("[ъ'’\\-]+");


    private static final String CYRILLIC_VOWELS = "аеёиоуыэюя";
    private static final double VOWEL_JOIN_PENALTY = 0.5;

    private final Segmenter<String> pinyinSegmenter;
    private final Segmenter<String> palladiusSegmenter;
    private final PalladiusTable table;

    /** Lazy holder so that the segmenters are built once. */
    private static final class Holder {
        static final PalladiusTransliterator INSTANCE = new PalladiusTransliterator(PalladiusTable.instance());
    }

    private PalladiusTransliterator(PalladiusTable table) {
        this.table = table;
        // Pinyin orthography requires an apostrophe before a/o/e inside a word, so a reading that
        // starts a later syllable with a vowel is penalised: "fangan" is fan+gan, not fang+an.
        this.pinyinSegmenter = new Segmenter<>((prev, next) ->
                prev != null && "aoe".indexOf(next.text().charAt(0)) >= 0 ? VOWEL_JOIN_PENALTY : 0);
        this.palladiusSegmenter = new Segmenter<>((prev, next) ->
                prev != null && CYRILLIC_VOWELS.indexOf(next.text().charAt(0)) >= 0
                        && !prev.text().endsWith("ь") ? VOWEL_JOIN_PENALTY : 0);
        for (Map.Entry<String, String> e : table.pinyinToPalladius().entrySet()) {
            String py = e.getKey();
            String cyr = e.getValue();
            pinyinSegmenter.add(py, py, 1);
            if (py.matches("[jqxy]u.*")) {
                // ü after j, q, x, y is written u; accept an explicit ü too.
                pinyinSegmenter.add(py.replaceFirst("u", "ü"), py, 1);
            }
            palladiusSegmenter.add(cyr, py, 1);
            if (cyr.endsWith("нь")) {
                palladiusSegmenter.add(cyr.substring(0, cyr.length() - 1), py, 1.6);
            }
            if (cyr.contains("э")) {
                palladiusSegmenter.add(cyr.replace('э', 'е'), py, 1.4);
            }
        }
    }

    /** The shared instance. */
    public static PalladiusTransliterator instance() {
        return Holder.INSTANCE;
    }

    /**
     * Pinyin → Palladius, e.g. "Xi Jinping" → "Си Цзиньпин". Returns "" when any word is not
     * readable as pinyin (empty input, digits only, other scripts).
     */
    public String toPalladius(String pinyin) {
        List<Word> words = pinyinWords(pinyin);
        if (words.isEmpty()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (Word w : words) {
            out.add(w.shape().apply(joinPalladius(w.syllables())));
        }
        return String.join(" ", out);
    }

    /**
     * Palladius → pinyin, e.g. "Си Цзиньпин" → "Xi Jinping"; an apostrophe marks a vowel-initial
     * syllable inside a word ("Сиань" → "Xi'an"). Returns "" when any word cannot be read.
     */
    public String toPinyin(String palladius) {
        List<Word> words = palladiusWords(palladius);
        if (words.isEmpty()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (Word w : words) {
            out.add(w.shape().apply(joinPinyin(w.syllables())));
        }
        return String.join(" ", out);
    }

    /** The toneless syllables of a pinyin text, words flattened; empty if any word is unreadable. */
    public List<String> pinyinSyllables(String pinyin) {
        return pinyinWords(pinyin).stream().flatMap(w -> w.syllables().stream()).toList();
    }

    /** The pinyin syllables of a Palladius text, words flattened; empty if any word is unreadable. */
    public List<String> palladiusSyllables(String palladius) {
        return palladiusWords(palladius).stream().flatMap(w -> w.syllables().stream()).toList();
    }

    /** Palladius spelling of a sequence of syllables written as one word (lower case). */
    public String joinPalladius(List<String> syllables) {
        StringBuilder b = new StringBuilder();
        for (String py : syllables) {
            String cyr = table.palladius(py).orElse("");
            if (b.length() > 0 && !cyr.isEmpty() && b.charAt(b.length() - 1) == 'н'
                    && CYRILLIC_VOWELS.indexOf(cyr.charAt(0)) >= 0) {
                b.append('ъ');
            }
            b.append(cyr);
        }
        return b.toString();
    }

    /** Pinyin spelling of a sequence of syllables written as one word, with apostrophes where needed. */
    public static String joinPinyin(List<String> syllables) {
        StringBuilder b = new StringBuilder();
        for (String py : syllables) {
            if (b.length() > 0 && "aoe".indexOf(py.charAt(0)) >= 0) {
                b.append('\'');
            }
            b.append(py);
        }
        return b.toString();
    }

    /** A word read as syllables, with the capitalisation it had. */
    private record Word(List<String> syllables, Shape shape) {
    }

    private List<Word> pinyinWords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Word> words = new ArrayList<>();
        for (String raw : PINYIN_WORD_BREAK.split(text.strip())) {
            Shape shape = Shape.of(raw);
            List<String> syllables = new ArrayList<>();
            // Apostrophes, hyphens and tone digits are hard syllable boundaries.
            for (String piece : PINYIN_SYLLABLE_BREAK.split(normalisePinyin(raw))) {
                if (piece.isEmpty()) {
                    continue;
                }
                List<Segmenter.Unit<String>> units = pinyinSegmenter.segment(piece);
                if (units.isEmpty()) {
                    return List.of();
                }
                units.forEach(u -> syllables.add(u.value()));
            }
            if (syllables.isEmpty()) {
                return List.of();
            }
            words.add(new Word(List.copyOf(syllables), shape));
        }
        return words;
    }

    private List<Word> palladiusWords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Word> words = new ArrayList<>();
        for (String raw : PALLADIUS_WORD_BREAK.split(text.strip())) {
            Shape shape = Shape.of(raw);
            List<String> syllables = new ArrayList<>();
            for (String piece : PALLADIUS_SYLLABLE_BREAK.split(raw.toLowerCase(Locale.ROOT))) {
                if (piece.isEmpty()) {
                    continue;
                }
                List<Segmenter.Unit<String>> units = palladiusSegmenter.segment(piece);
                if (units.isEmpty()) {
                    return List.of();
                }
                units.forEach(u -> syllables.add(u.value()));
            }
            if (syllables.isEmpty()) {
                return List.of();
            }
            words.add(new Word(List.copyOf(syllables), shape));
        }
        return words;
    }

    /** Lower-cases pinyin, drops tone marks but keeps ü, and reads v and u: as ü. */
    static String normalisePinyin(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == '\u0308') {
                b.append(c); // diaeresis distinguishes lü from lu
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return Normalizer.normalize(b.toString(), Normalizer.Form.NFC)
                .replace("u:", "ü").replace('v', 'ü');
    }

    /** Capitalisation of a source word, reapplied to its converted form. */
    enum Shape {
        LOWER, CAPITALISED, UPPER;

        static Shape of(String word) {
            long letters = word.codePoints().filter(Character::isLetter).count();
            long upper = word.codePoints().filter(Character::isUpperCase).count();
            if (letters > 1 && upper == letters) {
                return UPPER;
            }
            int first = word.codePoints().filter(Character::isLetter).findFirst().orElse('a');
            return Character.isUpperCase(first) ? CAPITALISED : LOWER;
        }

        String apply(String lower) {
            return switch (this) {
                case LOWER -> lower;
                case UPPER -> lower.toUpperCase(Locale.ROOT);
                case CAPITALISED -> lower.isEmpty() ? lower
                        : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
            };
        }
    }
}
