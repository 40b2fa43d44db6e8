package org.triglot;

import org.triglot.cli.TriglotCommand;
import org.triglot.ui.TriglotApp;

/** Entry point of the jar: with no arguments it opens the workbench on the sample; otherwise it runs a command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (TriglotApp.wantsWindow(args)) {
            java.util.OptionalInt elsewhere = WindowJvm.relaunch(args);
            if (elsewhere.isPresent()) {
                System.exit(elsewhere.getAsInt());
            }
            int code = TriglotApp.launch(args);
            if (code >= 0) {
                System.exit(code);
            }
            return; // the window keeps the JVM alive and exits itself
        }
        System.exit(TriglotCommand.run(args));
    }
}
