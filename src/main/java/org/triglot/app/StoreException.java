package org.triglot.app;

import java.nio.file.Path;

/**
 * The {@link ProjectStore} could not read or write one of its files: a stable key (for message bundles and tests),
 * the file, and one sentence for the user saying what is wrong and what to do.
 */
public final class StoreException extends Exception {
    private final String key;
    private final Path file;

    public StoreException(String key, Path file, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.file = file;
    }

    /**
     * A stable identifier: {@code store.write}, {@code store.read}, {@code store.delete}, {@code store.badAutosave}
     * or {@code store.recentNotUtf8}.
     */
    public String key() {
        return key;
    }

    public Path file() {
        return file;
    }
}
