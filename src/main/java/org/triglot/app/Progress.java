package org.triglot.app;

/**
 * Where a long task is, for a progress bar: {@code done} of {@code total} steps, the stage it is in and which
 * versions it is working on (their labels). Called from the worker thread; a client moves it to its own thread.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total, stage, detail) -> { };

    void update(int done, int total, Stage stage, String detail);

    /** The stages of building a comparison, named so a client can translate them. */
    enum Stage { IMPORT, LOAD, ALIGN, COMPARE, SAVE, EXPORT }
}
