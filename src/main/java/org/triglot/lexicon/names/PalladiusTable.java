package org.triglot.lexicon.names;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The table of toneless Mandarin syllables and their Palladius spellings, loaded once from
 * {@code /names/pinyin-palladius.tsv} and shared by every converter in this package.
 */
public final class PalladiusTable {

    private static final String RESOURCE = "/names/pinyin-palladius.tsv";

    private final Map<String, String> pinyinToPalladius;
    private final Map<String, String> palladiusToPinyin;

    private PalladiusTable(Map<String, String> pinyinToPalladius) {
        this.pinyinToPalladius = Collections.unmodifiableMap(pinyinToPalladius);
        Map<String, String> reverse = new LinkedHashMap<>();
        pinyinToPalladius.forEach((py, cyr) -> {
            String previous = reverse.putIfAbsent(cyr, py);
            if (previous != null) {
                // A reverse collision would make Palladius -> pinyin ambiguous; the table must not contain one.
                throw new IllegalStateException("Palladius " + cyr + " used for both " + previous + " and " + py);
            }
        });
        this.palladiusToPinyin = Collections.unmodifiableMap(reverse);
    }

    /** Lazy holder: the resource is read on first use and never again. */
    private static final class Holder {
        static final PalladiusTable INSTANCE = load();
    }

    /** The shared table. */
    public static PalladiusTable instance() {
        return Holder.INSTANCE;
    }

    /** Every syllable of the table: toneless pinyin (ü written as ü) to lower-case Palladius. */
    public Map<String, String> pinyinToPalladius() {
        return pinyinToPalladius;
    }

    /** The reverse map: lower-case Palladius to toneless pinyin. */
    public Map<String, String> palladiusToPinyin() {
        return palladiusToPinyin;
    }

    /** Palladius spelling of one toneless pinyin syllable, if it is a standard syllable. */
    public Optional<String> palladius(String pinyinSyllable) {
        return Optional.ofNullable(pinyinToPalladius.get(pinyinSyllable));
    }

    /** Pinyin syllable for one lower-case Palladius syllable, if there is one. */
    public Optional<String> pinyin(String palladiusSyllable) {
        return Optional.ofNullable(palladiusToPinyin.get(palladiusSyllable));
    }

    private static PalladiusTable load() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] row : TwoColumnTable.read(RESOURCE)) {
            map.put(row[0], row[1]);
        }
        return new PalladiusTable(map);
    }
}
