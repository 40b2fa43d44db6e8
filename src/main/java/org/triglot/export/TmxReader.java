package org.triglot.export;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a TMX file (Triglot's or another tool's) into rows of segment texts per language. Inline codes
 * ({@code <bpt> <ept> <ph> <it> <ut>}) are dropped, {@code <hi>} text is kept. The DOCTYPE may name the TMX DTD
 * but is never read; a DOCTYPE with declarations of its own is refused.
 */
final class TmxReader {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private TmxReader() {
    }

    static ExportedTable read(Path file) throws ExportException {
        Handler h = new Handler();
        XmlInput.parse(file, h, "tmx", "TMX");
        if (!h.sawRoot) {
            throw new ExportException("export.notTmx", file, file.getFileName() + " is not a TMX file (its root element is not <tmx>).");
        }
        List<String> columns = new ArrayList<>(h.headerTags);
        for (Map<String, String> tu : h.tuTexts) {
            for (String lang : tu.keySet()) {
                if (columns.stream().noneMatch(c -> c.equalsIgnoreCase(lang))) {
                    columns.add(lang);
                }
            }
        }
        List<ExportedRow> rows = new ArrayList<>();
        for (int i = 0; i < h.tuTexts.size(); i++) {
            Map<String, String> tu = h.tuTexts.get(i);
            Map<String, String> props = h.tuProps.get(i);
            List<String> texts = new ArrayList<>();
            List<List<Integer>> ids = new ArrayList<>();
            for (String c : columns) {
                String t = "";
                for (Map.Entry<String, String> e : tu.entrySet()) {
                    if (e.getKey().equalsIgnoreCase(c)) {
                        t = e.getValue();
                    }
                }
                texts.add(t);
                ids.add(List.of());
            }
            String flags = props.getOrDefault("x-triglot-flags", "");
            rows.add(new ExportedRow(parseRow(h.tuIds.get(i)), ids, texts, parseDouble(props.get("x-triglot-confidence")),
                    "true".equals(props.get("x-triglot-uncertain")),
                    flags.isBlank() ? List.of() : List.of(flags.split(",")), "true".equals(props.get("x-triglot-reviewed"))));
        }
        return new ExportedTable(ExportFormat.TMX, columns, rows, null);
    }

    static int parseRow(String tuid) {
        try {
            return tuid == null ? -1 : Integer.parseInt(tuid.strip()) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static double parseDouble(String s) {
        try {
            return s == null ? Double.NaN : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static final class Handler extends DefaultHandler2 {
        boolean sawRoot;
        boolean first = true;
        final List<String> headerTags = new ArrayList<>();
        final List<Map<String, String>> tuTexts = new ArrayList<>();
        final List<Map<String, String>> tuProps = new ArrayList<>();
        final List<String> tuIds = new ArrayList<>();
        private boolean inHeader;
        private Map<String, String> texts;
        private Map<String, String> props;
        private String lang;
        private String propType;
        private StringBuilder seg;
        private StringBuilder prop;
        private int skipDepth;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            String name = local.isEmpty() ? qName : local;
            if (first) {
                first = false;
                sawRoot = name.equals("tmx");
                if (!sawRoot) {
                    throw new XmlRefusal("export.notTmx", "this is not a TMX file: its root element is <" + name + ">, not <tmx>.");
                }
            }
            if (skipDepth > 0) {
                skipDepth++;
                return;
            }
            switch (name) {
                case "header" -> inHeader = true;
                case "tu" -> {
                    texts = new LinkedHashMap<>();
                    props = new LinkedHashMap<>();
                    tuIds.add(atts.getValue("tuid"));
                }
                case "tuv" -> {
                    lang = atts.getValue(XML_NS, "lang");
                    if (lang == null) {
                        lang = atts.getValue("lang");
                    }
                    if (lang == null) {
                        lang = "und";
                    }
                }
                case "seg" -> seg = new StringBuilder();
                case "prop" -> {
                    propType = atts.getValue("type");
                    prop = new StringBuilder();
                }
                case "bpt", "ept", "ph", "it", "ut" -> {
                    if (seg != null) {
                        skipDepth = 1;
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String name = local.isEmpty() ? qName : local;
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            switch (name) {
                case "header" -> inHeader = false;
                case "tu" -> {
                    tuTexts.add(texts);
                    tuProps.add(props);
                    texts = null;
                    props = null;
                }
                case "seg" -> {
                    if (texts != null) {
                        String key = lang;
                        // Two variants in one language: keep both as columns "en-US", "en-US#2".
                        for (int n = 2; texts.containsKey(key); n++) {
                            key = lang + "#" + n;
                        }
                        texts.put(key, seg.toString());
                    }
                    seg = null;
                }
                case "prop" -> {
                    String value = prop.toString();
                    if (inHeader && "x-triglot-version".equals(propType)) {
                        int space = value.indexOf(' ');
                        headerTags.add(space < 0 ? value : value.substring(0, space));
                    } else if (props != null && propType != null) {
                        props.put(propType, value);
                    }
                    prop = null;
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (skipDepth > 0) {
                return;
            }
            if (seg != null) {
                seg.append(ch, start, length);
            } else if (prop != null) {
                prop.append(ch, start, length);
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
