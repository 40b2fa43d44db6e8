package org.triglot.nlp;

import com.ibm.icu.text.Transliterator;
import org.triglot.model.Script;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells Traditional from Simplified Chinese and converts Traditional to Simplified for matching. The conversion
 * keeps the text's length, so spans computed on the simplified form point at the same characters of the
 * original, which stays what the user sees.
 */
public final class ChineseScript {
    // ICU transliterators keep no state between calls but are not documented as thread-safe: one per thread, so
    // the threads analysing a text's chunks do not queue for one lock.
    private static final ThreadLocal<Transliterator> T2S = ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ThreadLocal<Transliterator> S2T = ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));
    /**
     * Texts the shortcut could not answer and their simplified forms. The compare step asks for the same paragraphs
     * again and again (every tone concept, every name searched in the other version), and a Simplified text that
     * merely contains 著 or 俱 still needs the transliterator. Cleared when full rather than kept in order of use:
     * one document's paragraphs fit, and a wrong guess only costs a conversion.
     */
    private static final ConcurrentHashMap<String, String> CONVERTED = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 8192;

    private ChineseScript() {
    }

    /** HANT when the text has more characters that exist only in Traditional form than only in Simplified form. */
    public static Script classify(String text) {
        int traditionalOnly = 0;
        int simplifiedOnly = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                continue;
            }
            String c = new String(Character.toChars(cp));
            if (!convert(T2S, c).equals(c)) {
                traditionalOnly++;
            } else if (!convert(S2T, c).equals(c)) {
                simplifiedOnly++;
            }
        }
        return traditionalOnly > simplifiedOnly ? Script.HANT : Script.HANS;
    }

    /** Simplified form of the text, the same length as the input (phrase conversions that change length are undone per character). */
    public static String toSimplified(String text) {
        if (SimplifiedText.unchangedBySimplifying(text)) {
            return text;
        }
        String known = CONVERTED.get(text);
        if (known != null) {
            return known;
        }
        String simplified = simplifyWithIcu(text);
        if (CONVERTED.size() >= CACHE_LIMIT) {
            CONVERTED.clear();
        }
        CONVERTED.put(text, simplified);
        return simplified;
    }

    /** The conversion itself, without the shortcut for text it leaves unchanged (the test compares the two). */
    static String simplifyWithIcu(String text) {
        String whole = convert(T2S, text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            String c = text.substring(i, i + len);
            String s = convert(T2S, c);
            out.append(s.length() == len ? s : c);
            i += len;
        }
        return out.toString();
    }

    public static String toTraditional(String text) {
        return convert(S2T, text);
    }

    /** ICU's Traditional→Simplified conversion of the whole text, with no shortcut (for {@link SimplifiedText}). */
    static String icuSimplified(String s) {
        return convert(T2S, s);
    }

    private static String convert(ThreadLocal<Transliterator> t, String s) {
        return t.get().transliterate(s);
    }
}
