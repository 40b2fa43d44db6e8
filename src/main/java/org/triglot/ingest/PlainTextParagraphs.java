package org.triglot.ingest;

import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds paragraphs in plain text. A paragraph is a run of non-blank lines between blank lines; a file without
 * any blank line (a typical web copy) has one paragraph per line. Markdown headings ({@code # …}) are their
 * own paragraphs. Short lines without closing punctuation that stand before a longer paragraph are headings.
 */
public final class PlainTextParagraphs {
    private PlainTextParagraphs() {
    }

    /** One line of the text without its line break. */
    record Line(int start, int end, boolean blank) {
    }

    public static List<RawParagraph> split(String text, boolean markdown) {
        List<Line> lines = lines(text);
        boolean blankSeparated = hasInnerBlankLine(lines);
        List<Span> blocks = new ArrayList<>();
        List<Boolean> mdHeading = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        for (Line line : lines) {
            boolean isMdHeading = markdown && !line.blank() && markdownHeadingLevel(text, line) > 0;
            if (line.blank() || !blankSeparated || isMdHeading) {
                if (blockStart >= 0) {
                    addTrimmed(text, blockStart, blockEnd, false, blocks, mdHeading);
                    blockStart = -1;
                }
                if (!line.blank()) {
                    if (isMdHeading) {
                        int skip = markdownHeadingLevel(text, line);
                        addTrimmed(text, line.start() + skip, line.end(), true, blocks, mdHeading);
                    } else {
                        addTrimmed(text, line.start(), line.end(), false, blocks, mdHeading);
                    }
                }
                continue;
            }
            if (blockStart < 0) {
                blockStart = line.start();
            }
            blockEnd = line.end();
        }
        if (blockStart >= 0) {
            addTrimmed(text, blockStart, blockEnd, false, blocks, mdHeading);
        }
        List<RawParagraph> result = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Span s = blocks.get(i);
            boolean heading = mdHeading.get(i)
                    || (!markdown && i + 1 < blocks.size() && looksLikeHeading(s.of(text), blocks.get(i + 1).of(text)));
            result.add(new RawParagraph(s, heading));
        }
        return result;
    }

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(new Line(start, i, isBlank(text, start, i)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(new Line(start, n, isBlank(text, start, n)));
        }
        return lines;
    }

    private static boolean hasInnerBlankLine(List<Line> lines) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        for (int i = first + 1; i < last; i++) {
            if (lines.get(i).blank()) {
                return true;
            }
        }
        return false;
    }

    static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return org.triglot.nlp.Spans.isSpace(c);
    }

    private static void addTrimmed(String text, int start, int end, boolean heading, List<Span> out, List<Boolean> headings) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
            headings.add(heading);
        }
    }

    /** Number of characters of the "## " marker, or 0 when the line is not an ATX heading. */
    private static int markdownHeadingLevel(String text, Line line) {
        int i = line.start();
        while (i < line.end() && i - line.start() < 3 && text.charAt(i) == ' ') {
            i++;
        }
        int hashes = 0;
        while (i < line.end() && text.charAt(i) == '#' && hashes < 7) {
            hashes++;
            i++;
        }
        if (hashes == 0 || hashes > 6 || (i < line.end() && text.charAt(i) != ' ' && text.charAt(i) != '\t')) {
            return 0;
        }
        return i - line.start();
    }

    /**
     * A heading is one short line that does not end like a sentence, standing before a longer paragraph.
     * Chinese headings are counted in characters (a 20-character Chinese title is long), others in words.
     * Closing quotes and brackets are looked past: 议员担心“看起来像笨蛋” and Welsh AMs worried about 'looking
     * like muppets' are both titles, while 他说：“我们同意。” ends like a sentence. (Stopping at the closing quote
     * made the Chinese title a paragraph and the English one a heading, and a heading pairs only with a heading.)
     */
    /** Closing quotes and brackets, looked past to the character a line really ends with. */
    private static final String CLOSING = "\"'”’»›」』）)】]》〉";

    static boolean looksLikeHeading(String block, String next) {
        if (block.indexOf('\n') >= 0 || block.indexOf('\r') >= 0) {
            return false;
        }
        int end = block.length();
        while (end > 0 && CLOSING.indexOf(block.codePointBefore(end)) >= 0) {
            end = block.offsetByCodePoints(end, -1);
        }
        if (end == 0 || ".。!！?？:：;；,，…".indexOf(block.codePointBefore(end)) >= 0) {
            return false;
        }
        long han = block.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        boolean chinese = han * 2 > block.codePointCount(0, block.length());
        boolean shortEnough = chinese ? han <= 30 : block.split("\\s+").length <= 14 && block.length() <= 100;
        return shortEnough && next.length() > block.length() * 1.3;
    }
}
