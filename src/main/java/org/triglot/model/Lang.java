package org.triglot.model;

import java.util.Locale;

/** The languages Triglot aligns, plus {@link #OTHER} for a text it recognises as none of them. */
public enum Lang {
    ZH("zh", "Chinese"),
    RU("ru", "Russian"),
    EN("en", "English"),
    /** A language Triglot does not align (French, Japanese…), or no language at all. */
    OTHER("other", "another language");

    private final String code;
    private final String englishName;

    Lang(String code, String englishName) {
        this.code = code;
        this.englishName = englishName;
    }

    /** ISO 639-1 code ("zh", "ru", "en"), or "other". */
    public String code() {
        return code;
    }

    public String englishName() {
        return englishName;
    }

    /** Reads "zh", "zh-Hant", "ru-RU", "EN"…; unknown codes give {@link #OTHER}. */
    public static Lang fromCode(String code) {
        if (code == null) {
            return OTHER;
        }
        String c = code.toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        if (dash < 0) {
            dash = c.indexOf('_');
        }
        if (dash > 0) {
            c = c.substring(0, dash);
        }
        for (Lang l : values()) {
            if (l.code.equals(c)) {
                return l;
            }
        }
        return OTHER;
    }
}
