package org.triglot.model;

/** The writing system of a text: Chinese is told apart as Simplified or Traditional, since both are kept for display. */
public enum Script {
    HANS("Hans", "Simplified Chinese"),
    HANT("Hant", "Traditional Chinese"),
    CYRILLIC("Cyrl", "Cyrillic"),
    LATIN("Latn", "Latin"),
    OTHER("Zyyy", "other or no script");

    private final String code;
    private final String englishName;

    Script(String code, String englishName) {
        this.code = code;
        this.englishName = englishName;
    }

    /** ISO 15924 code. */
    public String code() {
        return code;
    }

    public String englishName() {
        return englishName;
    }
}
