package org.triglot.ingest;

import java.nio.file.Path;

/**
 * A file that cannot be imported, with a stable key (for the UI's message bundles and for tests) and one
 * sentence for the user that says what is wrong, with which file, and what to do.
 */
public final class ImportException extends Exception {
    private final String key;
    private final Path file;

    public ImportException(String key, Path file, String message) {
        this(key, file, message, null);
    }

    public ImportException(String key, Path file, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.file = file;
    }

    /** A stable identifier such as {@code import.empty} or {@code import.encrypted}. */
    public String key() {
        return key;
    }

    public Path file() {
        return file;
    }
}
