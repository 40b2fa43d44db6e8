package org.triglot.export;

import org.triglot.model.KeyedException;

import java.nio.file.Path;

/**
 * An export that cannot be written or a file that cannot be read back, with a stable key (for message bundles
 * and tests) and one sentence for the user: what is wrong, with which file, what to do.
 */
public final class ExportException extends KeyedException {
    public ExportException(String key, Path file, String message) {
        this(key, file, message, null);
    }

    public ExportException(String key, Path file, String message, Throwable cause) {
        super(key, file, message, cause);
    }
}
