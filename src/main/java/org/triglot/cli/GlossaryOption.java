package org.triglot.cli;

import org.triglot.app.Workbench;
import org.triglot.lexicon.glossary.GlossaryException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The repeatable {@code --glossary FILE} option: user glossaries loaded into the lexicon before a command runs. */
final class GlossaryOption {
    @Option(names = "--glossary", paramLabel = "FILE",
            description = "A glossary of your own (TSV, CSV or TBX; columns zh, ru, en) to use as well; repeatable.")
    List<Path> files = new ArrayList<>();

    /** Loads every file given; a malformed one ends the command with exit 3 and the file and line of the problem. */
    void load(Workbench workbench) {
        for (Path f : files) {
            try {
                workbench.loadGlossary(f);
            } catch (GlossaryException e) {
                throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
            }
        }
    }
}
