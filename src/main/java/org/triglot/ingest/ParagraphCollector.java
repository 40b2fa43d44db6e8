package org.triglot.ingest;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects paragraphs from Tika's XHTML events. Tika's flattened text cannot tell a DOCX soft line break from
 * a paragraph break; the element structure can: each block element (p, headings, list items, table cells,
 * divs holding bare text) closes a paragraph, and {@code <br/>} stays a line break inside one.
 */
final class ParagraphCollector extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "div", "blockquote", "pre",
            "dt", "dd", "caption", "address", "section", "article", "header", "footer", "table", "tr", "ul", "ol");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "meta");

    /** A paragraph's text and whether a heading element held it. */
    record Block(String text, boolean heading) {
    }

    static final class TooMuchTextException extends SAXException {
        TooMuchTextException(int limit) {
            super("more than " + limit + " characters of text");
        }
    }

    private final int maxCharacters;
    private final boolean newlineIsBreak;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int headingDepth;
    private int skipDepth;
    private int total;

    /**
     * @param newlineIsBreak true for word-processor formats, where Tika reports a soft line break as a newline
     *                       character; false for HTML and PDF, where a newline is source formatting or a line wrap
     */
    ParagraphCollector(int maxCharacters, boolean newlineIsBreak) {
        this.maxCharacters = maxCharacters;
        this.newlineIsBreak = newlineIsBreak;
    }

    List<Block> blocks() {
        flush();
        return List.copyOf(blocks);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        if (name.equals("br")) {
            current.append('\n');
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
            if (HEADINGS.contains(name)) {
                headingDepth++;
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth = Math.max(0, skipDepth - 1);
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
            if (HEADINGS.contains(name)) {
                headingDepth = Math.max(0, headingDepth - 1);
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        total += length;
        if (total > maxCharacters) {
            throw new TooMuchTextException(maxCharacters);
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\n' && newlineIsBreak) {
                current.append('\n');
            } else {
                // Elsewhere a newline is layout (PDF line wrap, HTML source formatting), not a break.
                current.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // Whitespace between elements carries no text.
    }

    private void flush() {
        String text = tidy(current.toString());
        current.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new Block(text, headingDepth > 0));
        }
    }

    /**
     * Collapses runs of spaces, trims each line, and drops a space that a line wrap left between two Chinese
     * characters (Chinese has no spaces between words).
     */
    static String tidy(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        String[] lines = raw.split("\n", -1);
        for (String line : lines) {
            String collapsed = line.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
            collapsed = collapsed.replaceAll("(?<=\\p{IsHan}) (?=\\p{IsHan})", "");
            if (collapsed.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(collapsed);
        }
        return out.toString();
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n.toLowerCase(Locale.ROOT);
    }
}
