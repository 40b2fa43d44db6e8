package org.triglot.cli;

import org.triglot.align.BeadFormat;
import org.triglot.app.Units;
import org.triglot.app.Workbench;
import org.triglot.eval.GoldSets;
import org.triglot.export.ExportFormat;
import org.triglot.model.Comparison;
import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;
import org.triglot.model.Document;
import org.triglot.model.Lang;
import org.triglot.model.Paragraph;
import org.triglot.model.Sentence;
import org.triglot.nlp.LanguageGuess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code triglot align FILE1 FILE2 [FILE3]}: the aligned rows of two or three versions as beads, or through the
 * export writers as TSV, CSV, TMX, XLIFF, an HTML report or the JSON project; {@code --batch LIST} aligns many
 * pairs in one run (the lexicon loads once).
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Align two or three versions (paragraphs, sentences inside paragraphs, or raw lines).")
final class AlignCommand implements Callable<Integer> {
    enum Format { beads, tsv, csv, tmx, xliff, html, json }

    @Option(names = "--units", defaultValue = "sentences", description = "paragraphs, sentences or lines (default: ${DEFAULT-VALUE}).")
    String unitsName;

    @Option(names = "--format", defaultValue = "beads", description = "beads, tsv, csv, tmx, xliff, html or json (the .triglot project; default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--batch", description = "A file of lines FILE1<TAB>FILE2[<TAB>FILE3]<TAB>OUT to align in one run.")
    Path batch;

    @Parameters(arity = "0..3", paramLabel = "FILE", description = "Two or three versions.")
    List<Path> files = new ArrayList<>();

    @Mixin
    ExportSettings exportSettings;

    @Spec
    CommandSpec spec;

    /** One version as the aligner sees it: unit texts, language, and its document (built from the lines for --units lines). */
    record Version(Path file, List<String> units, Lang lang, Document doc) {
    }

    @Override
    public Integer call() {
        Units units = parseUnits(unitsName);
        if (batch != null) {
            if (!files.isEmpty()) {
                throw new CliFailure(ExitCodes.USAGE, "Give either --batch LIST or files to align, not both.", null);
            }
            return runBatch(units);
        }
        if (files.size() < 2) {
            throw new CliFailure(ExitCodes.USAGE, "align needs two or three files; " + files.size() + " given.", null);
        }
        output(alignFiles(files, units), units, output);
        return ExitCodes.OK;
    }

    private int runBatch(Units units) {
        List<String> lines;
        try {
            lines = Files.readAllLines(batch, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "There is no batch file " + batch + ".", e);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, batch + " could not be read (" + e.getMessage() + ").", e);
        }
        int done = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3 || cols.length > 4) {
                throw new CliFailure(ExitCodes.BAD_INPUT, batch + ", line " + (i + 1)
                        + ": expected FILE1<TAB>FILE2[<TAB>FILE3]<TAB>OUT, found " + cols.length + " columns.", null);
            }
            List<Path> in = new ArrayList<>();
            for (int c = 0; c < cols.length - 1; c++) {
                in.add(resolve(cols[c]));
            }
            output(alignFiles(in, units), units, resolve(cols[cols.length - 1]));
            done++;
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "triglot: aligned %d batch entries%n", done);
        return ExitCodes.OK;
    }

    private Path resolve(String p) {
        Path path = Path.of(p);
        return path.isAbsolute() || batch.getParent() == null ? path : batch.getParent().resolve(path);
    }

    /** The aligned rows of two or three versions. */
    private record Aligned(List<AlignedRow> rows, List<Version> versions) {
    }

    private Aligned alignFiles(List<Path> paths, Units units) {
        Workbench wb = TriglotCommand.workbench();
        List<Version> versions = new ArrayList<>();
        for (Path p : paths) {
            versions.add(load(wb, p, units));
        }
        if (versions.size() == 2) {
            List<Bead> beads = align(wb, versions.get(0), versions.get(1), units);
            List<AlignedRow> rows = beads.stream().map(b -> new AlignedRow(List.of(b.a(), b.b()), b.confidence(), false)).toList();
            return new Aligned(rows, versions);
        }
        List<Bead> ab = align(wb, versions.get(0), versions.get(1), units);
        List<Bead> ac = align(wb, versions.get(0), versions.get(2), units);
        List<Bead> bc = align(wb, versions.get(1), versions.get(2), units);
        return new Aligned(wb.reconcile(ab, ac, bc), versions);
    }

    private static List<Bead> align(Workbench wb, Version a, Version b, Units units) {
        if (units == Units.SENTENCES) {
            return wb.alignDocuments(a.doc(), b.doc(), () -> false).sentences();
        }
        if (units == Units.PARAGRAPHS) {
            return wb.alignParagraphs(a.doc(), b.doc(), () -> false);
        }
        return wb.alignTexts(a.units(), a.lang(), b.units(), b.lang(), units, () -> false);
    }

    private static Version load(Workbench wb, Path p, Units units) {
        if (units == Units.LINES) {
            List<String> lines = readLines(p);
            StringBuilder sample = new StringBuilder();
            for (String l : lines) {
                if (sample.length() > 20_000) {
                    break;
                }
                sample.append(l).append('\n');
            }
            LanguageGuess g = wb.nlp().identify(sample.toString());
            if (g.lang() == Lang.OTHER) {
                throw new CliFailure(ExitCodes.BAD_INPUT, p.getFileName() + " does not look like Chinese, Russian or English ("
                        + g.detail() + ").", null);
            }
            return new Version(p, lines, g.lang(), wb.documentFromLines(p.getFileName().toString(), lines, g.lang(), g.script()));
        }
        Document d = ImportCommand.load(p);
        if (d.lang() == Lang.OTHER) {
            throw new CliFailure(ExitCodes.BAD_INPUT, d.warnings().isEmpty() ? p + " is not Chinese, Russian or English."
                    : d.warnings().get(d.warnings().size() - 1).message(), null);
        }
        List<String> texts = units == Units.PARAGRAPHS
                ? d.paragraphs().stream().map(Paragraph::text).toList()
                : d.sentences().stream().map(Sentence::text).toList();
        return new Version(p, texts, d.lang(), d);
    }

    /** Every line of a UTF-8 text file is one unit, numbered from 0 (CR, LF or CRLF ends; a BOM is dropped). */
    static List<String> readLines(Path p) {
        try {
            if (Files.size(p) == 0) {
                throw new CliFailure(ExitCodes.BAD_INPUT, p.getFileName() + " is empty; there is nothing to align.", null);
            }
            return GoldSets.readLines(p);
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "There is no file " + p + "; check the name and the folder.", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, p.getFileName() + " is not UTF-8 text; --units lines reads UTF-8 only.", e);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, p + " could not be read (" + e.getMessage() + ").", e);
        }
    }

    /** Beads as before; every other format through the export writers, from a comparison of the aligned documents. */
    private void output(Aligned aligned, Units units, Path target) {
        if (format == Format.beads) {
            StringBuilder sb = new StringBuilder();
            aligned.rows().forEach(r -> sb.append(BeadFormat.format(r.cells())).append(System.lineSeparator()));
            write(spec, sb.toString(), target);
            return;
        }
        Workbench wb = TriglotCommand.workbench();
        List<Document> docs = aligned.versions().stream().map(Version::doc).toList();
        List<String> labels = aligned.versions().stream().map(v -> v.file().getFileName().toString()).toList();
        Comparison c = wb.comparison(docs, labels, units == Units.SENTENCES ? "sentences" : "paragraphs", aligned.rows());
        ExportCommand.write(wb, c, ExportFormat.parse(format.name()), exportSettings, target, spec);
    }

    /** Prints the text, or writes it as UTF-8 to {@code target} (creating its folder); a failure is exit code 3. */
    static void write(CommandSpec spec, String text, Path target) {
        if (target == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "Cannot write " + target + " (" + e.getMessage() + ").", e);
        }
    }

    static Units parseUnits(String name) {
        try {
            return Units.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "--units must be paragraphs, sentences or lines, not '" + name + "'.", e);
        }
    }
}
