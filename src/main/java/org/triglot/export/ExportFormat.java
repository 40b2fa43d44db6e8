package org.triglot.export;

import java.util.Locale;

/** The interchange formats Triglot writes; each has a reader except the HTML report. */
public enum ExportFormat {
    TMX("tmx"), TSV("tsv"), CSV("csv"), XLIFF("xlf"), HTML("html"), JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Reads "tmx", "TSV", "xliff", "xlf"…; throws with the list of names for anything else. */
    public static ExportFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("xlf") || n.equals("xliff")) {
            return XLIFF;
        }
        if (n.equals("triglot")) {
            return JSON;
        }
        for (ExportFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (tmx, tsv, csv, xliff, html or json)");
    }
}
