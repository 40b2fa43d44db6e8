package org.triglot.lexicon.glossary;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads glossaries: the bundled TSV format ({@code zh ru en category variants}, variants separated by |),
 * user TSV or CSV with the same columns (a header row is recognised and may put the columns in any order), and
 * TBX term bases (langSet zh / ru / en). A malformed file is refused with its line number.
 */
public final class GlossaryReader {
    private static final int MAX_BYTES = 32 << 20;

    private GlossaryReader() {
    }

    public static List<GlossaryEntry> read(Path file, int firstId) throws GlossaryException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new GlossaryException(name, 0, "the file is larger than 32 MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GlossaryException(name, 0, "cannot be read (" + e.getMessage() + ")");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".tbx") || name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return readTbx(name, bytes, firstId);
        }
        return readDelimited(name, new ByteArrayInputStream(bytes), firstId, name.toLowerCase(Locale.ROOT).endsWith(".csv") ? ',' : '\t');
    }

    /** Reads TSV (or CSV with {@code delimiter} ','), UTF-8 with or without BOM. */
    public static List<GlossaryEntry> readDelimited(String name, InputStream in, int firstId, char delimiter) throws GlossaryException {
        List<GlossaryEntry> out = new ArrayList<>();
        int[] columns = {0, 1, 2, 3, 4};
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = delimiter == ',' ? csvCells(line, name, n) : Arrays.asList(line.split("\t", -1));
                if (out.isEmpty() && isHeader(cells)) {
                    columns = headerColumns(cells, name, n);
                    continue;
                }
                if (cells.size() < 3) {
                    throw new GlossaryException(name, n, "expected at least 3 columns (zh, ru, en) separated by "
                            + (delimiter == ',' ? "commas" : "tabs") + ", found " + cells.size());
                }
                String zh = cell(cells, columns[0]);
                String ru = cell(cells, columns[1]);
                String en = cell(cells, columns[2]);
                if (zh.isEmpty() && ru.isEmpty() && en.isEmpty()) {
                    throw new GlossaryException(name, n, "the zh, ru and en columns are all empty");
                }
                checkScript(name, n, zh, "zh", Character.UnicodeScript.HAN);
                checkScript(name, n, ru, "ru", Character.UnicodeScript.CYRILLIC);
                String category = cell(cells, columns[3]);
                String variants = cell(cells, columns[4]);
                List<String> vs = variants.isEmpty() ? List.of()
                        : Arrays.stream(variants.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                out.add(new GlossaryEntry(firstId + out.size(), zh, ru, en, category.isEmpty() ? "term" : category, vs, name));
            }
        } catch (IOException e) {
            throw new GlossaryException(name, 0, "cannot be read (" + e.getMessage() + ")");
        }
        return out;
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
    }

    private static void checkScript(String name, int line, String form, String col, Character.UnicodeScript script) throws GlossaryException {
        if (form.isEmpty()) {
            return;
        }
        boolean has = form.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == script);
        if (!has) {
            throw new GlossaryException(name, line, "the " + col + " column \"" + form + "\" has no "
                    + (script == Character.UnicodeScript.HAN ? "Chinese" : "Cyrillic") + " characters; are the columns in the order zh, ru, en?");
        }
    }

    private static boolean isHeader(List<String> cells) {
        return cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).anyMatch(c -> c.equals("zh") || c.equals("en") || c.equals("ru"));
    }

    private static int[] headerColumns(List<String> cells, String name, int line) throws GlossaryException {
        int[] cols = {-1, -1, -1, -1, -1};
        List<String> keys = List.of("zh", "ru", "en", "category", "variants");
        for (int i = 0; i < cells.size(); i++) {
            int k = keys.indexOf(cells.get(i).strip().toLowerCase(Locale.ROOT));
            if (k >= 0) {
                cols[k] = i;
            }
        }
        if (cols[0] < 0 && cols[1] < 0 && cols[2] < 0) {
            throw new GlossaryException(name, line, "the header names none of the columns zh, ru, en");
        }
        return cols;
    }

    /** RFC 4180 cells of one line (quoted cells may contain commas and doubled quotes; not newlines). */
    static List<String> csvCells(String line, String name, int n) throws GlossaryException {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new GlossaryException(name, n, "a quoted cell is not closed");
        }
        cells.add(cur.toString());
        return cells;
    }

    /** TBX: each termEntry with langSets for zh*, ru*, en*; the first term of each is the main form, the rest variants. */
    static List<GlossaryEntry> readTbx(String name, byte[] bytes, int firstId) throws GlossaryException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // Refuse DTDs and external entities: a term base must not read local files or the network (XXE).
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            org.w3c.dom.Document doc = b.parse(new ByteArrayInputStream(bytes));
            NodeList entries = doc.getElementsByTagName("termEntry");
            if (entries.getLength() == 0) {
                entries = doc.getElementsByTagName("conceptEntry");
            }
            List<GlossaryEntry> out = new ArrayList<>();
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                List<String> zh = new ArrayList<>(), ru = new ArrayList<>(), en = new ArrayList<>();
                NodeList sets = e.getElementsByTagName("langSet");
                if (sets.getLength() == 0) {
                    sets = e.getElementsByTagName("langSec");
                }
                for (int k = 0; k < sets.getLength(); k++) {
                    Element ls = (Element) sets.item(k);
                    String lang = ls.getAttribute("xml:lang").toLowerCase(Locale.ROOT);
                    NodeList terms = ls.getElementsByTagName("term");
                    for (int t = 0; t < terms.getLength(); t++) {
                        String term = terms.item(t).getTextContent().strip();
                        if (term.isEmpty()) {
                            continue;
                        }
                        if (lang.startsWith("zh")) {
                            zh.add(term);
                        } else if (lang.startsWith("ru")) {
                            ru.add(term);
                        } else if (lang.startsWith("en")) {
                            en.add(term);
                        }
                    }
                }
                if (zh.isEmpty() && ru.isEmpty() && en.isEmpty()) {
                    continue;
                }
                List<String> variants = new ArrayList<>();
                variants.addAll(zh.size() > 1 ? zh.subList(1, zh.size()) : List.of());
                variants.addAll(ru.size() > 1 ? ru.subList(1, ru.size()) : List.of());
                variants.addAll(en.size() > 1 ? en.subList(1, en.size()) : List.of());
                out.add(new GlossaryEntry(firstId + out.size(), zh.isEmpty() ? "" : zh.get(0), ru.isEmpty() ? "" : ru.get(0),
                        en.isEmpty() ? "" : en.get(0), "term", variants, name));
            }
            if (out.isEmpty()) {
                throw new GlossaryException(name, 0, "no termEntry with zh, ru or en terms was found");
            }
            return out;
        } catch (SAXException e) {
            int line = e instanceof org.xml.sax.SAXParseException pe ? pe.getLineNumber() : 0;
            throw new GlossaryException(name, line, "is not well-formed TBX (" + e.getMessage() + ")");
        } catch (ParserConfigurationException | IOException e) {
            throw new GlossaryException(name, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
