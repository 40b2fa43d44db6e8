package org.triglot.model;

/**
 * A half-open range [start, end) of UTF-16 offsets into a document's text. Every paragraph, sentence,
 * token and flag carries one, so highlighting, export and editing all point at the same characters.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The same range moved by {@code delta} characters. */
    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
