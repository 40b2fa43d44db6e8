package org.triglot.export;

import java.nio.file.Path;

/**
 * An export that cannot be written or a file that cannot be read back, with a stable key (for message bundles
 * and tests) and one sentence for the user: what is wrong, with which file, what to do.
 */
public final class ExportException extends Exception {
    private final String key;
    private final Path file;

    public ExportException(String key, Path file, String message) {
        this(key, file, message, null);
    }

    public ExportException(String key, Path file, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.file = file;
    }

    /** A stable identifier such as {@code export.doctype} or {@code export.tooLarge}. */
    public String key() {
        return key;
    }

    public Path file() {
        return file;
    }
}
