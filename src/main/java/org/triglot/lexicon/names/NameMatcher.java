package org.triglot.lexicon.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides how likely two names in any of Han, Cyrillic and Latin script are the same person or
 * place: exact pinyin/Palladius conversion first (Chinese names), then phonetic keys (foreign
 * names written by sound, such as 拉夫罗夫 = Лавров = Lavrov).
 */
public final class NameMatcher {

    private NameMatcher() {
    }

    /** Compares two names; never throws, and gives a NONE match with score 0 for unreadable input. */
    public static NameMatch similarity(String a, String b) {
        Script sa = Script.of(a);
        Script sb = Script.of(b);
        if (!readable(sa) || !readable(sb)) {
            return NameMatch.none();
        }
        Optional<NameMatch> exact = exact(a, sa, b, sb);
        if (exact.isPresent()) {
            return exact.get();
        }
        PhoneticKey ka = PhoneticKey.of(a);
        PhoneticKey kb = PhoneticKey.of(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return NameMatch.none();
        }
        return new NameMatch(ka.similarity(kb), NameMatch.Method.PHONETIC, ka.sounds(), kb.sounds());
    }

    /**
     * A name with its pinyin reading, phonetic key and same-script spelling forms computed once, for comparing many
     * names against many (the aligner links every name of one text with every name of the other).
     *
     * @param plain the name as {@link #exact} compares it with a name in its own script: its Cyrillic letters, or
     *              its Han characters simplified (empty for a Latin name)
     * @param latin a Latin name's words as {@link NameVariants#sameName} reads them (null for other scripts)
     */
    public record Prepared(String text, Script script, String pinyin, String pinyinReversed, PhoneticKey key,
                           String plain, NameVariants.Words latin) {
        public static Prepared of(String name) {
            Script s = Script.of(name);
            if (!readable(s)) {
                return new Prepared(name, s, "", "", PhoneticKey.of(""), "", null);
            }
            List<String> words = pinyinWords(name, s);
            List<String> reversed = new ArrayList<>(words);
            Collections.reverse(reversed);
            String plain = switch (s) {
                case CYRILLIC -> plainCyrillic(name);
                case HAN -> plainHan(name);
                default -> "";
            };
            return new Prepared(name, s, String.join("", words), String.join("", reversed), PhoneticKey.of(name), plain,
                    s == Script.LATIN ? NameVariants.Words.of(name) : null);
        }
    }

    /**
     * The result of {@link #similarity(String, String)}, from prepared names, except that two pairs are cut short to
     * no match: Latin names with different first letters, and names in different scripts whose sound skeletons differ
     * far in length (neither reaches a useful score; NameMatcherTest checks the rest agree).
     */
    public static NameMatch similarity(Prepared a, Prepared b) {
        return similarity(a, b, 0);
    }

    /**
     * As {@link #similarity(Prepared, Prepared)} where that scores at least {@code floor}; below it, some score below
     * {@code floor}. Linking names needs only to know which pairs reach the threshold, and most pairs are far apart: the
     * sound distance stops as soon as it cannot come back under the threshold.
     */
    public static NameMatch similarity(Prepared a, Prepared b, double floor) {
        if (!readable(a.script()) || !readable(b.script())) {
            return NameMatch.none();
        }
        if (a.script() == b.script()) {
            // Latin spelling variants of one name share their first letter (Sergei/Sergey, Wang I/Wang Yi); checking
            // that first keeps many-to-many linking cheap, as the full variant test is costly.
            String x = a.text().strip();
            String y = b.text().strip();
            if (a.script() == Script.LATIN && (x.isEmpty() || y.isEmpty()
                    || Character.toLowerCase(x.codePointAt(0)) != Character.toLowerCase(y.codePointAt(0)))) {
                return NameMatch.none();
            }
            boolean same = a.script() == Script.LATIN ? NameVariants.sameName(a.latin(), b.latin()) : a.plain().equals(b.plain());
            if (same) {
                return new NameMatch(1.0, NameMatch.Method.EXACT, x, y);
            }
            return phonetic(a.key(), b.key(), floor);
        }
        if (!a.pinyin().isEmpty() && (a.pinyin().equals(b.pinyin()) || a.pinyin().equals(b.pinyinReversed()))) {
            return new NameMatch(1.0, NameMatch.Method.EXACT, a.pinyin(), b.pinyin());
        }
        if (a.key().isEmpty() || b.key().isEmpty()) {
            return NameMatch.none();
        }
        int la = a.key().sounds().length();
        int lb = b.key().sounds().length();
        if (Math.abs(la - lb) > Math.max(3, 0.5 * Math.max(la, lb))) {
            return NameMatch.none(); // sound skeletons this different in length never reach a useful score
        }
        return phonetic(a.key(), b.key(), floor);
    }

    private static NameMatch phonetic(PhoneticKey a, PhoneticKey b, double floor) {
        if (a.isEmpty() || b.isEmpty()) {
            return NameMatch.none();
        }
        return new NameMatch(SoundDistance.similarity(a.sounds(), b.sounds(), floor), NameMatch.Method.PHONETIC, a.sounds(), b.sounds());
    }

    /** The candidate most similar to {@code name}, if any candidate scores above zero. */
    public static Optional<String> bestMatch(String name, Collection<String> candidates) {
        String best = null;
        double bestScore = 0;
        for (String c : candidates) {
            double s = similarity(name, c).score();
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean readable(Script s) {
        return s == Script.HAN || s == Script.CYRILLIC || s == Script.LATIN;
    }

    private static Optional<NameMatch> exact(String a, Script sa, String b, Script sb) {
        if (sa == sb) {
            boolean same = switch (sa) {
                case LATIN -> NameVariants.sameName(a, b);
                case CYRILLIC -> plainCyrillic(a).equals(plainCyrillic(b));
                case HAN -> plainHan(a).equals(plainHan(b));
                default -> false;
            };
            return same ? Optional.of(new NameMatch(1.0, NameMatch.Method.EXACT, a.strip(), b.strip()))
                    : Optional.empty();
        }
        List<String> pa = pinyinWords(a, sa);
        List<String> pb = pinyinWords(b, sb);
        if (pa.isEmpty() || pb.isEmpty()) {
            return Optional.empty();
        }
        List<String> reversed = new ArrayList<>(pb);
        Collections.reverse(reversed);
        // Word order differs between sources ("Jinping Xi"), and word breaks in romanised Chinese
        // names are not reliable, so compare the syllable strings in either word order.
        String ja = String.join("", pa);
        if (ja.equals(String.join("", pb)) || ja.equals(String.join("", reversed))) {
            return Optional.of(new NameMatch(1.0, NameMatch.Method.EXACT, String.join(" ", pa), String.join(" ", pb)));
        }
        return Optional.empty();
    }

    /** The name as lower-case pinyin words without apostrophes, or empty if it is not a Chinese name. */
    private static List<String> pinyinWords(String name, Script script) {
        PalladiusTransliterator tr = PalladiusTransliterator.instance();
        String pinyin = switch (script) {
            case HAN -> HanPinyin.toPinyinName(name);
            case CYRILLIC -> tr.toPinyin(name);
            case LATIN -> tr.toPinyin(tr.toPalladius(name));
            default -> "";
        };
        if (pinyin.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : pinyin.toLowerCase(Locale.ROOT).replace("'", "").split(" +")) {
            words.add(w);
        }
        return words;
    }

    private static String plainHan(String s) {
        return HanPinyin.simplified(s).replaceAll("\\s+", "");
    }

    private static String plainCyrillic(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{IsCyrillic}]+", " ").strip();
    }
}
