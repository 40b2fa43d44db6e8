package org.triglot.cli;

/** A failure a command reports as one sentence on stderr with its exit code (details only with --debug). */
final class CliFailure extends RuntimeException {
    private final int exitCode;

    CliFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
