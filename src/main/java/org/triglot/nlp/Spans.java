package org.triglot.nlp;

import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for spans over text: trimming whitespace, cutting a text at boundary offsets. */
public final class Spans {
    private Spans() {
    }

    /** Whitespace including the no-break, ideographic and BOM characters that web copies leave behind. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** The span without leading and trailing whitespace, or null when nothing is left. */
    static Span trim(String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }

    /** Cuts text at the given ascending boundary offsets into trimmed, non-empty spans. */
    static List<Span> cut(String text, List<Integer> boundaries) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int b : boundaries) {
            Span s = trim(text, start, b);
            if (s != null) {
                out.add(s);
            }
            start = b;
        }
        Span last = trim(text, start, text.length());
        if (last != null) {
            out.add(last);
        }
        return out;
    }
}
