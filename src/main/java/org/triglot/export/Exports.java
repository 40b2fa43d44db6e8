package org.triglot.export;

import org.triglot.model.Comparison;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes a comparison in any {@link ExportFormat} and reads an export back, telling the format from the content
 * (then the extension). The entry point the {@code Workbench} delegates to.
 */
public final class Exports {
    private Exports() {
    }

    /** The export as text (UTF-8 when written; a TSV/CSV BOM is the first character). */
    public static String render(Comparison c, ExportFormat format, ExportOptions options) {
        return switch (format) {
            case TMX -> TmxWriter.write(new ExportView(c, options, false));
            case TSV -> DelimitedWriter.write(new ExportView(c, options, false), '\t');
            case CSV -> DelimitedWriter.write(new ExportView(c, options, false), ',');
            case XLIFF -> XliffWriter.write(new ExportView(c, options, true));
            case HTML -> HtmlReportWriter.write(new ExportView(c, options, false));
            case JSON -> ComparisonJson.write(c);
        };
    }

    public static void write(Comparison c, ExportFormat format, ExportOptions options, Path file) throws ExportException {
        String text;
        try {
            text = render(c, format, options);
        } catch (IllegalArgumentException e) {
            throw new ExportException("export.options", file, "Cannot export " + file.getFileName() + ": " + e.getMessage() + ".", e);
        }
        writeAtomically(file, text);
    }

    /**
     * Writes UTF-8 text to a temporary file next to the target, then moves it over, so a failure leaves the old file
     * intact. Public so the app's own small files (autosave notes, the recent list) follow the same rule.
     */
    public static void writeAtomically(Path file, String text) throws ExportException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            // Not Files.createTempFile: its owner-only permissions would stay on the export after the move.
            tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ExportException("export.write", file, "Cannot write " + file + " (" + e.getMessage() + ").", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The move succeeded or failed already; a stray temporary file is not worth a second error.
                }
            }
        }
    }

    /** Reads a TMX, XLIFF, TSV, CSV or JSON export; a JSON project also fills {@link ExportedTable#comparison()}. */
    public static ExportedTable read(Path file) throws ExportException {
        ExportFormat f = detect(file);
        return switch (f) {
            case TMX -> TmxReader.read(file);
            case XLIFF -> XliffReader.read(file);
            case TSV -> DelimitedReader.read(file, '\t');
            case CSV -> DelimitedReader.read(file, ',');
            case JSON -> fromComparison(ProjectFile.read(file));
            case HTML -> throw new ExportException("export.htmlNotReadable", file, file.getFileName()
                    + " is an HTML report, which is for reading by people; re-export the project as JSON, TMX or TSV to read it back.");
        };
    }

    /** The format of a file, from its first characters, then its extension. */
    static ExportFormat detect(Path file) throws ExportException {
        Xml.checkSize(file);
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ExportException("export.unreadable", file, file + " could not be read (" + e.getMessage() + ").", e);
        }
        String start = new String(head, 0, n, StandardCharsets.UTF_8);
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        String trimmed = start.stripLeading();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("{")) {
            return ExportFormat.JSON;
        }
        if (trimmed.startsWith("<")) {
            if (lower.contains("<html") || lower.startsWith("<!doctype html")) {
                return ExportFormat.HTML;
            }
            if (lower.contains("<xliff") || lower.contains("doctype xliff")) {
                return ExportFormat.XLIFF;
            }
            if (lower.contains("<tmx") || lower.contains("doctype tmx")) {
                return ExportFormat.TMX;
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlf") || name.endsWith(".xliff")) {
                return ExportFormat.XLIFF;
            }
            return ExportFormat.TMX;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return ExportFormat.CSV;
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return ExportFormat.TSV;
        }
        int nl = start.indexOf('\n');
        String first = nl < 0 ? start : start.substring(0, nl);
        if (first.contains("\t")) {
            return ExportFormat.TSV;
        }
        if (first.contains(",")) {
            return ExportFormat.CSV;
        }
        throw new ExportException("export.unknownFormat", file, file.getFileName()
                + " is not a TMX, XLIFF, TSV, CSV or JSON export that Triglot can read.");
    }

    private static ExportedTable fromComparison(Comparison c) {
        ExportView v = new ExportView(c, ExportOptions.DEFAULTS, false);
        List<ExportedRow> rows = new java.util.ArrayList<>();
        for (int r = 0; r < v.rowCount(); r++) {
            List<String> texts = new java.util.ArrayList<>();
            for (int ver : v.chosen) {
                texts.add(v.text(r, ver));
            }
            String kinds = v.flagKinds(r);
            rows.add(new ExportedRow(r, v.row(r).cells(), texts, v.row(r).confidence(), v.row(r).uncertain(),
                    kinds.isEmpty() ? List.of() : List.of(kinds.split(",")), v.reviewed(r)));
        }
        return new ExportedTable(ExportFormat.JSON, v.uniqueTags(), rows, c);
    }
}
