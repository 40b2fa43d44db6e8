package org.triglot.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Triglot's TSV and CSV back (UTF-8, with or without BOM; RFC 4180 quoting; CRLF or LF). Columns it does not
 * know are ignored; the text columns are those whose header starts with {@code text_}.
 */
final class DelimitedReader {
    private DelimitedReader() {
    }

    static ExportedTable read(Path file, char sep) throws ExportException {
        Xml.checkSize(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ExportException("export.notUtf8", file, file.getFileName() + " is not UTF-8 text; Triglot's TSV and CSV are UTF-8.", e);
        } catch (IOException e) {
            throw new ExportException("export.unreadable", file, file + " could not be read (" + e.getMessage() + ").", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parse(text, sep, file);
        if (records.isEmpty()) {
            throw new ExportException("export.empty", file, file.getFileName() + " is empty; there is no header line.");
        }
        List<String> header = records.get(0);
        List<Integer> idCols = new ArrayList<>();
        List<Integer> textCols = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        int conf = -1;
        int unc = -1;
        int flags = -1;
        int rev = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip();
            if (h.startsWith("ids_")) {
                idCols.add(i);
            } else if (h.startsWith("text_")) {
                textCols.add(i);
                columns.add(h.substring(5));
            } else if (h.equals("confidence")) {
                conf = i;
            } else if (h.equals("uncertain")) {
                unc = i;
            } else if (h.equals("flags")) {
                flags = i;
            } else if (h.equals("reviewed")) {
                rev = i;
            }
        }
        if (textCols.isEmpty()) {
            throw new ExportException("export.noTextColumns", file, file.getFileName()
                    + " has no text_… columns in its first line; it is not a Triglot " + (sep == ',' ? "CSV" : "TSV") + " export.");
        }
        List<ExportedRow> rows = new ArrayList<>();
        for (int n = 1; n < records.size(); n++) {
            List<String> rec = records.get(n);
            if (rec.size() == 1 && rec.get(0).isEmpty()) {
                continue;
            }
            if (rec.size() != header.size()) {
                throw new ExportException("export.columns", file, file.getFileName() + ", record " + (n + 1) + ": "
                        + rec.size() + " fields where the header has " + header.size() + ".");
            }
            List<List<Integer>> ids = new ArrayList<>();
            for (int c : idCols) {
                ids.add(parseIds(rec.get(c), file, n + 1));
            }
            List<String> texts = new ArrayList<>();
            for (int c : textCols) {
                texts.add(rec.get(c));
            }
            String fl = flags < 0 ? "" : rec.get(flags).strip();
            rows.add(new ExportedRow(-1, ids, texts, conf < 0 ? Double.NaN : TmxReader.parseDouble(rec.get(conf)),
                    unc >= 0 && "true".equals(rec.get(unc).strip()), fl.isEmpty() ? List.of() : List.of(fl.split(",")),
                    rev >= 0 && "true".equals(rec.get(rev).strip())));
        }
        return new ExportedTable(sep == ',' ? ExportFormat.CSV : ExportFormat.TSV, columns, rows, null);
    }

    private static List<Integer> parseIds(String s, Path file, int record) throws ExportException {
        String t = s.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        List<Integer> out = new ArrayList<>();
        if (t.isBlank()) {
            return out;
        }
        try {
            for (String part : t.split(",")) {
                out.add(Integer.parseInt(part.strip()));
            }
        } catch (NumberFormatException e) {
            throw new ExportException("export.badIds", file, file.getFileName() + ", record " + record + ": '" + s
                    + "' is not a list of unit ids such as [0,1].", e);
        }
        return out;
    }

    /** RFC 4180 records: quoted fields may hold separators, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String text, char sep, Path file) throws ExportException {
        List<List<String>> records = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean any = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                int open = i;
                i++;
                while (true) {
                    if (i >= n) {
                        int line = 1 + (int) text.substring(0, open).chars().filter(ch -> ch == '\n').count();
                        throw new ExportException("export.quote", file, file.getFileName() + ": a quoted field that starts on line "
                                + line + " is never closed.");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                any = true;
                continue;
            }
            if (c == sep) {
                rec.add(field.toString());
                field.setLength(0);
                any = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                rec.add(field.toString());
                field.setLength(0);
                records.add(rec);
                rec = new ArrayList<>();
                any = false;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                field.append(c);
                any = true;
                i++;
            }
        }
        if (any || field.length() > 0) {
            rec.add(field.toString());
            records.add(rec);
        }
        return records;
    }
}
