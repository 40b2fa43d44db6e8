package org.triglot.cli;

import org.triglot.app.Workbench;
import org.triglot.export.ExportException;
import org.triglot.export.ExportFormat;
import org.triglot.model.Comparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code triglot export PROJECT.triglot --format tmx|tsv|csv|xliff|html|json -o FILE}: a saved comparison in another format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a .triglot project (the JSON of align --format json) as TMX, TSV, CSV, XLIFF, an HTML report or JSON.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "A .triglot project file.")
    Path project;

    @Option(names = "--format", required = true, description = "tmx, tsv, csv, xliff, html or json.")
    String formatName;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Mixin
    ExportSettings settings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExportFormat format = parseFormat(formatName);
        Workbench wb = TriglotCommand.workbench();
        Comparison c;
        try {
            c = wb.openProject(project);
        } catch (ExportException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
        write(wb, c, format, settings, output, spec);
        return ExitCodes.OK;
    }

    static ExportFormat parseFormat(String name) {
        try {
            return ExportFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "--format: " + e.getMessage() + ".", e);
        }
    }

    /** Writes the comparison to {@code target} (atomically) or to standard output. */
    static void write(Workbench wb, Comparison c, ExportFormat format, ExportSettings settings, Path target, CommandSpec spec) {
        var options = settings.options(c);
        if (format == ExportFormat.XLIFF && options.pair() == null && c.versions().size() > 2) {
            spec.commandLine().getErr().println("triglot: note: XLIFF is bilingual; exporting versions 1 and 2 (use --pair to choose).");
        }
        try {
            if (target == null) {
                spec.commandLine().getOut().print(wb.renderExport(c, format, options));
                spec.commandLine().getOut().flush();
            } else {
                wb.export(c, format, options, target);
            }
        } catch (ExportException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "Cannot export: " + e.getMessage() + ".", e);
        }
    }
}
