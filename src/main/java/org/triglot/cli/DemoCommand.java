package org.triglot.cli;

import org.triglot.app.SampleCorpus;
import org.triglot.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code triglot demo}: imports the bundled sample meeting and shows what Triglot found in each version. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Import the bundled sample meeting (Wang Yi and Lavrov, Rio de Janeiro, 28 April 2025) and summarise each version.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        show(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static void show(PrintWriter out) {
        for (Path p : SampleCorpus.extract()) {
            Document doc = ImportCommand.load(p);
            out.printf(Locale.ROOT, "%-34s %-8s %-20s %3d paragraphs %3d sentences%n", doc.name(), doc.lang().englishName(),
                    doc.script().englishName(), doc.paragraphs().size(), doc.sentences().size());
        }
        out.flush();
    }
}
