package org.triglot.export;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an XLIFF 2.x file into rows of (source, target). XLIFF has no DOCTYPE, so any DOCTYPE is refused before
 * a single entity can be declared. Text inside inline codes ({@code <ph> <pc> <sc> <ec>…}) is kept as plain text.
 */
final class XliffReader {
    private XliffReader() {
    }

    static ExportedTable read(Path file) throws ExportException {
        Handler h = new Handler();
        XmlInput.parse(file, h, null, "XLIFF");
        if (h.srcLang == null) {
            throw new ExportException("export.notXliff", file, file.getFileName() + " is not an XLIFF file (its root element is not <xliff>).");
        }
        return new ExportedTable(ExportFormat.XLIFF, List.of(h.srcLang, h.trgLang == null ? "und" : h.trgLang), h.rows, null);
    }

    private static final class Handler extends DefaultHandler2 {
        String srcLang;
        String trgLang;
        final List<ExportedRow> rows = new ArrayList<>();
        private boolean first = true;
        private String unitId;
        private double confidence;
        private boolean uncertain;
        private List<String> notes;
        private StringBuilder source;
        private StringBuilder target;
        private StringBuilder note;
        private StringBuilder current;
        private boolean reviewed;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            if (first) {
                first = false;
                if (!local.equals("xliff")) {
                    throw new XmlRefusal("export.notXliff", "this is not an XLIFF file: its root element is <" + local + ">, not <xliff>.");
                }
                srcLang = atts.getValue("srcLang");
                trgLang = atts.getValue("trgLang");
                if (srcLang == null) {
                    srcLang = "und";
                }
                return;
            }
            if (!XliffWriter.NS.equals(uri)) {
                return;
            }
            switch (local) {
                case "unit" -> {
                    unitId = atts.getValue("id");
                    confidence = TmxReader.parseDouble(atts.getValue(XliffWriter.TG_NS, "confidence"));
                    uncertain = "true".equals(atts.getValue(XliffWriter.TG_NS, "uncertain"));
                    notes = new ArrayList<>();
                    source = new StringBuilder();
                    target = new StringBuilder();
                    reviewed = "true".equals(atts.getValue(XliffWriter.TG_NS, "reviewed"));
                }
                case "segment" -> {
                    String state = atts.getValue("state");
                    reviewed |= "reviewed".equals(state) || "final".equals(state);
                }
                case "source" -> current = source;
                case "target" -> current = target;
                case "note" -> {
                    if ("triglot-flag".equals(atts.getValue("category"))) {
                        note = new StringBuilder();
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (!XliffWriter.NS.equals(uri)) {
                return;
            }
            switch (local) {
                case "source", "target" -> current = null;
                case "note" -> {
                    if (note != null) {
                        notes.add(note.toString());
                        note = null;
                    }
                }
                case "unit" -> {
                    if (!"empty".equals(unitId)) {
                        int row = unitId != null && unitId.startsWith("r") ? TmxReader.parseRow(unitId.substring(1)) : -1;
                        rows.add(new ExportedRow(row, List.of(List.of(), List.of()), List.of(source.toString(), target.toString()),
                                confidence, uncertain, notes, reviewed));
                    }
                    unitId = null;
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current != null) {
                current.append(ch, start, length);
            } else if (note != null) {
                note.append(ch, start, length);
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
