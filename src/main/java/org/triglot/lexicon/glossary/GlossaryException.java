package org.triglot.lexicon.glossary;

/** A glossary file that cannot be read, with the file and line where the problem is. */
public final class GlossaryException extends Exception {
    private final String file;
    private final int line;

    public GlossaryException(String file, int line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
