package org.triglot.export;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How to export a comparison. Immutable; start from {@link #DEFAULTS} and use the {@code with…} methods.
 *
 * @param pair      the two versions (indexes into {@code Comparison.versions()}) of a bilingual export, or null for
 *                  all versions; XLIFF is always bilingual and takes the first two versions when this is null
 * @param keepEmpty TMX and XLIFF: keep rows where a chosen version has no text (TSV, CSV, HTML and JSON keep them always)
 * @param bom       TSV and CSV: start with a UTF-8 byte order mark, so Excel reads the file as UTF-8
 * @param langTags  per version index, a language tag that replaces the default (zh-CN, zh-TW, ru-RU, en-US)
 * @param srcAll    TMX: write {@code srclang="*all*"} instead of the first version's language
 * @param created   the creation time written into TMX headers and reports; null means now
 */
public record ExportOptions(int[] pair, boolean keepEmpty, boolean bom, Map<Integer, String> langTags, boolean srcAll,
                            Instant created) {
    /** A BCP 47 tag as TMX and XLIFF want it: letters, digits and hyphens ("zh-Hant-TW", "ru-RU"). */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    public static final ExportOptions DEFAULTS = new ExportOptions(null, false, false, Map.of(), false, null);

    public ExportOptions {
        if (pair != null) {
            if (pair.length != 2 || pair[0] < 0 || pair[1] < 0 || pair[0] == pair[1]) {
                throw new IllegalArgumentException("a pair is two different version numbers");
            }
            pair = pair.clone();
        }
        langTags = Map.copyOf(langTags);
        for (String tag : langTags.values()) {
            if (!TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("'" + tag + "' is not a language tag such as zh-CN, ru-RU or en-US");
            }
        }
    }

    @Override
    public int[] pair() {
        return pair == null ? null : pair.clone();
    }

    public ExportOptions withPair(int a, int b) {
        return new ExportOptions(new int[]{a, b}, keepEmpty, bom, langTags, srcAll, created);
    }

    public ExportOptions withKeepEmpty(boolean keep) {
        return new ExportOptions(pair, keep, bom, langTags, srcAll, created);
    }

    public ExportOptions withBom(boolean withBom) {
        return new ExportOptions(pair, keepEmpty, withBom, langTags, srcAll, created);
    }

    public ExportOptions withLangTags(Map<Integer, String> tags) {
        return new ExportOptions(pair, keepEmpty, bom, tags, srcAll, created);
    }

    public ExportOptions withSrcAll(boolean all) {
        return new ExportOptions(pair, keepEmpty, bom, langTags, all, created);
    }

    public ExportOptions withCreated(Instant when) {
        return new ExportOptions(pair, keepEmpty, bom, langTags, srcAll, when);
    }

    Instant createdOrNow() {
        return created == null ? Instant.now() : created;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportOptions x && java.util.Arrays.equals(pair, x.pair) && keepEmpty == x.keepEmpty
                && bom == x.bom && langTags.equals(x.langTags) && srcAll == x.srcAll && java.util.Objects.equals(created, x.created);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(java.util.Arrays.hashCode(pair), keepEmpty, bom, langTags, srcAll, created);
    }

    @Override
    public String toString() {
        return "ExportOptions[pair=" + java.util.Arrays.toString(pair) + ", keepEmpty=" + keepEmpty + ", bom=" + bom
                + ", langTags=" + langTags + ", srcAll=" + srcAll + ", created=" + created + "]";
    }
}
