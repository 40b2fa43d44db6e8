package org.triglot.app;

import org.triglot.model.KeyedException;

import java.nio.file.Path;

/**
 * The {@link ProjectStore} could not read or write one of its files: a stable key (for message bundles and tests),
 * the file, and one sentence for the user saying what is wrong and what to do. Keys: {@code store.write},
 * {@code store.read}, {@code store.delete}, {@code store.badAutosave}, {@code store.recentNotUtf8}.
 */
public final class StoreException extends KeyedException {
    public StoreException(String key, Path file, String message, Throwable cause) {
        super(key, file, message, cause);
    }
}
