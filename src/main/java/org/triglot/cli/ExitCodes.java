package org.triglot.cli;

/** Exit codes of every command: 0 success, 2 usage error, 3 bad input. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
