package org.triglot.ingest;

import org.triglot.model.KeyedException;

import java.nio.file.Path;

/**
 * A file that cannot be imported, with a stable key (for the UI's message bundles and for tests) and one
 * sentence for the user that says what is wrong, with which file, and what to do.
 */
public final class ImportException extends KeyedException {
    public ImportException(String key, Path file, String message) {
        this(key, file, message, null);
    }

    public ImportException(String key, Path file, String message, Throwable cause) {
        super(key, file, message, cause);
    }
}
