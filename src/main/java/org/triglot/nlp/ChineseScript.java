package org.triglot.nlp;

import com.ibm.icu.text.Transliterator;
import org.triglot.model.Script;

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
    /** The last text converted on this thread and its simplified form: the segmenter and the glossary both ask. */
    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

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
        String[] last = LAST.get();
        if (text.equals(last[0])) {
            return last[1];
        }
        String simplified = simplify(text);
        last[0] = text;
        last[1] = simplified;
        return simplified;
    }

    private static String simplify(String text) {
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

    private static String convert(ThreadLocal<Transliterator> t, String s) {
        return t.get().transliterate(s);
    }
}
