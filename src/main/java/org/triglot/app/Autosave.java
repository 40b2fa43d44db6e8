package org.triglot.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * An autosave a run left behind, as offered for recovery at start-up: its id, its comparison file, the project file
 * it belongs to (none when the comparison was never saved), when it was written, the version labels as a title, and
 * a sentence saying why it cannot be recovered when the files are damaged (the files are kept until discarded).
 */
public record Autosave(String id, Path file, Optional<Path> project, Instant savedAt, String title, Optional<String> problem) {
    public boolean recoverable() {
        return problem.isEmpty();
    }
}
