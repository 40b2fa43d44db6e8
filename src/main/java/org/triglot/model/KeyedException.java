package org.triglot.model;

import java.nio.file.Path;

/**
 * A problem with a file that the user must hear about: a stable key (for the window's message bundles and for
 * tests), the file, and one sentence saying what is wrong and what to do. Import, export and the project store
 * each have their own subclass, so callers can catch exactly the failures they can explain.
 */
public abstract class KeyedException extends Exception {
    private final String key;
    private final Path file;

    protected KeyedException(String key, Path file, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.file = file;
    }

    /** A stable identifier such as {@code import.empty}, {@code export.notUtf8} or {@code store.write}. */
    public String key() {
        return key;
    }

    public Path file() {
        return file;
    }
}
