package org.triglot.lexicon.dict;

import java.util.List;

/**
 * One raw CC-CEDICT row as read from the source: headword, pinyin, the definition strings, and the variant
 * targets (as simplified/pinyin pairs) the row points to.
 */
record CedictRecord(String traditional, String simplified, String pinyin, List<String> definitions,
                    List<VariantTarget> variants) {

    /** The entry a "variant of" row refers to. */
    record VariantTarget(String traditional, String simplified, String pinyin) {
    }

    CedictRecord {
        definitions = List.copyOf(definitions);
        variants = List.copyOf(variants);
    }
}
