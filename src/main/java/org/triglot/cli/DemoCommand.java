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
        java.util.List<Document> docs = new java.util.ArrayList<>();
        for (Path p : SampleCorpus.extract()) {
            Document doc = ImportCommand.load(p);
            docs.add(doc);
            out.printf(Locale.ROOT, "%-34s %-8s %-20s %3d paragraphs %3d sentences%n", doc.name(), doc.lang().englishName(),
                    doc.script().englishName(), doc.paragraphs().size(), doc.sentences().size());
        }
        // Until the window exists, the demo shows what it will show: where the Chinese readout and the Russian
        // MFA's release differ.
        org.triglot.compare.CompareResult r = TriglotCommand.workbench().compare(docs.get(0), docs.get(1), () -> false);
        out.printf(Locale.ROOT, "%n%s vs %s: %d paragraph rows, %d flags (MINOR and above):%n", docs.get(0).name(), docs.get(1).name(),
                r.rows().size(), r.flags().stream().filter(f -> f.severity() != org.triglot.model.Flag.Severity.INFO).count());
        for (org.triglot.model.Flag f : r.flags()) {
            if (f.severity() != org.triglot.model.Flag.Severity.INFO) {
                out.printf(Locale.ROOT, "  %-11s %-5s %s%n", f.kind(), f.severity(), f.reason());
            }
        }
        out.println();
        out.println("More: java -jar target/triglot.jar compare|align|lookup|match --help");
        out.flush();
    }
}
