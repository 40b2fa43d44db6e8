package org.triglot.nlp;

import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese sentences end at 。！？ (and their ASCII forms), at an ellipsis ……, and — for the long enumerations of
 * readouts — optionally at ；. Closing quotes and brackets that follow the stop stay with the sentence.
 * Quoted speech of several sentences is split too: its translations split there as well, and unbalanced
 * quotes in web copies would otherwise swallow whole paragraphs.
 */
public final class ChineseSentenceSplitter implements SentenceSplitter {
    private static final String CLOSERS = "”’」』）)》〉】\"'";
    private final boolean semicolonEndsSentence;

    public ChineseSentenceSplitter(boolean semicolonEndsSentence) {
        this.semicolonEndsSentence = semicolonEndsSentence;
    }

    @Override
    public List<Span> split(String text) {
        List<Integer> boundaries = new ArrayList<>();
        int n = text.length();
        boolean inQuote = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                boundaries.add(i);
                inQuote = false;
                continue;
            }
            if (isQuote(c)) {
                inQuote = nextQuoteState(c, inQuote);
                continue;
            }
            boolean ellipsis = c == '…' && i + 1 < n && text.charAt(i + 1) == '…';
            // An ASCII full stop ends a Chinese sentence only between Chinese text ("收视率. 其他").
            boolean asciiStop = c == '.' && i > 0 && isHan(text.charAt(i - 1)) && i + 1 < n && startsChinese(text, i + 1);
            boolean stop = c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || ellipsis || asciiStop
                    || (semicolonEndsSentence && c == '；');
            if (!stop) {
                continue;
            }
            int end = i + (ellipsis ? 2 : 1);
            while (end < n && "。！？!?…".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            // Closing quotes and brackets right after the stop belong to the sentence they close. A quote mark
            // closes only an open quotation: web copies mix “ ” and " freely, so the state decides, not the glyph.
            while (end < n) {
                char q = text.charAt(end);
                if (isQuote(q) && inQuote && q != '「' && q != '『') {
                    inQuote = false;
                    end++;
                } else if (CLOSERS.indexOf(q) >= 0 && !isQuote(q)) {
                    end++;
                } else {
                    break;
                }
            }
            // ASCII ! and ? inside Latin text ("Yahoo!") do not end a Chinese sentence unless Chinese follows.
            if ((c == '!' || c == '?') && end < n && !startsChinese(text, end)) {
                i = end - 1;
                continue;
            }
            if (end < n && !(closedQuote(text, i, end) && attributionFollows(text, end))) {
                boundaries.add(end);
            }
            i = end - 1;
        }
        return Spans.cut(text, boundaries);
    }

    private static final java.util.regex.Pattern SAYS = java.util.regex.Pattern.compile("说|道|表示|问|称|指出|写道|補充|补充|強調|强调");

    private static boolean closedQuote(String text, int stop, int end) {
        for (int k = stop + 1; k < end; k++) {
            if (isQuote(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * “……！”他说。 — a short clause naming the speaker after a closed quotation belongs to the quotation's sentence,
     * as it does in the English and Russian translations.
     */
    private static boolean attributionFollows(String text, int from) {
        int k = from;
        while (k < text.length() && k - from <= 16 && "。！？!?\n“「".indexOf(text.charAt(k)) < 0) {
            k++;
        }
        if (k >= text.length() || k - from > 16 || text.charAt(k) != '。') {
            return false;
        }
        return SAYS.matcher(text.substring(from, k)).find();
    }

    private static boolean isQuote(char c) {
        return c == '“' || c == '”' || c == '"' || c == '「' || c == '」' || c == '『' || c == '』';
    }

    private static boolean nextQuoteState(char c, boolean inQuote) {
        return switch (c) {
            case '”', '」', '』' -> false;
            case '「', '『' -> true;
            default -> !inQuote; // “ used as a closer and " both toggle
        };
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean startsChinese(String text, int at) {
        return isHanOrOpener(text, at);
    }

    private static boolean isHanOrOpener(String text, int at) {
        while (at < text.length() && Spans.isSpace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length()) {
            return true;
        }
        int cp = text.codePointAt(at);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || "“「『（(《【".indexOf(cp) >= 0;
    }
}
