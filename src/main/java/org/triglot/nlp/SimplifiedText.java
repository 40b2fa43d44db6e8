package org.triglot.nlp;

import com.ibm.icu.text.Transliterator;

import java.util.BitSet;

/**
 * Tells, without running ICU's Traditional→Simplified transliterator, that it would leave a text as it is, which is
 * the answer for nearly every text of a Simplified Chinese readout. The transliterator tries thousands of rules at
 * every position and allocates as it goes: the compare step asks for the simplified form of every paragraph many
 * times, and on a 2,000-sentence document that was 8 GB of garbage and most of the window's collection pauses.
 *
 * <p>A text is unchanged when each of its characters is unchanged on its own and none of them starts one of the few
 * phrase rules that rewrite characters that are unchanged on their own (巡察 → 巡查). Every other rule either maps
 * such characters to themselves or needs a character that changes on its own, so it cannot change the text. The
 * answer for each character is found once, by asking the transliterator, and kept.
 */
final class SimplifiedText {
    private static final byte UNKNOWN = 0;
    private static final byte KEPT = 1;
    private static final byte CHANGED = 2;
    /** Per UTF-16 code unit; races only ever write the same answer twice. */
    private static final byte[] STATE = new byte[Character.MAX_VALUE + 1];
    /** First characters of phrase rules that change characters which are unchanged on their own; null: rules unread. */
    private static final BitSet PHRASE_STARTS = phraseStarts();

    private SimplifiedText() {
    }

    /** True only when ICU's Traditional→Simplified conversion returns exactly this text. */
    static boolean unchangedBySimplifying(String text) {
        if (PHRASE_STARTS == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x2E80 && !PHRASE_STARTS.get(c)) {
                continue; // below the CJK blocks nothing changes: the test walks every such character
            }
            if (Character.isSurrogate(c)) {
                return false; // supplementary characters are rare; let ICU decide
            }
            byte st = STATE[c];
            if (st == UNKNOWN) {
                st = PHRASE_STARTS.get(c) || !ChineseScript.icuSimplified(String.valueOf(c)).equals(String.valueOf(c)) ? CHANGED : KEPT;
                STATE[c] = st;
            }
            if (st == CHANGED) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the transliterator's own rules ("\u5DE1\u5BDF > \u5DE1\u67E5;") for phrases whose characters are each
     * unchanged on their own but which it rewrites. Returns null, turning the shortcut off, if a rule has a form this
     * reader does not know (context, variables, sets), so a future ICU cannot make the shortcut wrong.
     */
    static BitSet phraseStarts() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        BitSet starts = new BitSet();
        for (String rule : t.toRules(true).split(";")) {
            String r = rule.strip();
            if (r.isEmpty()) {
                continue;
            }
            int arrow = r.indexOf('>');
            if (arrow < 0 || r.indexOf('>', arrow + 1) >= 0) {
                return null;
            }
            String left = unescape(r.substring(0, arrow).strip());
            String right = unescape(r.substring(arrow + 1).strip());
            if (left == null || right == null || left.isEmpty()) {
                return null;
            }
            if (left.codePointCount(0, left.length()) < 2 || left.equals(right)) {
                continue;
            }
            boolean eachKept = left.codePoints().allMatch(cp -> {
                String one = Character.toString(cp);
                return t.transliterate(one).equals(one);
            });
            if (eachKept) {
                starts.set(left.charAt(0));
            }
        }
        return starts;
    }

    /** Decodes \\uXXXX and \\UXXXXXXXX escapes around plain Han characters; null for any other syntax. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == 'u' || s.charAt(i + 1) == 'U')) {
                int digits = s.charAt(i + 1) == 'u' ? 4 : 8;
                if (i + 2 + digits > s.length()) {
                    return null;
                }
                try {
                    out.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 2 + digits), 16));
                } catch (IllegalArgumentException e) {
                    return null;
                }
                i += 2 + digits;
            } else if (Character.isLetter(c) || Character.isSurrogate(c)) {
                out.append(c);
                i++;
            } else {
                return null;
            }
        }
        return out.toString();
    }
}
