package org.triglot;

import org.triglot.cli.TriglotCommand;

/** Entry point of the jar: with no arguments it opens the workbench on the sample; otherwise it runs a command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(TriglotCommand.run(args));
    }
}
