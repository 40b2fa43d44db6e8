package org.triglot.lexicon.glossary;

import org.triglot.model.Lang;

import java.util.ArrayList;
import java.util.List;

/**
 * One concept of the glossary in its three languages (a country, a person, an organisation, a formula), with
 * variant forms in any language. {@code source} says which file it came from, for the evidence shown to users.
 */
public record GlossaryEntry(int id, String zh, String ru, String en, String category, List<String> variants, String source) {
    public GlossaryEntry {
        variants = List.copyOf(variants);
    }

    /** The main form in a language. */
    public String form(Lang lang) {
        return switch (lang) {
            case ZH -> zh;
            case RU -> ru;
            case EN, OTHER -> en;
        };
    }

    /** Every form of the entry written in the given language's script: the main form first, then variants. */
    public List<String> forms(Lang lang) {
        List<String> out = new ArrayList<>();
        if (!form(lang).isEmpty()) {
            out.add(form(lang));
        }
        for (String v : variants) {
            if (scriptLang(v) == lang && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** The language a form belongs to, by its script: Han is Chinese, Cyrillic Russian, Latin English. */
    public static Lang scriptLang(String form) {
        int han = 0, cyr = 0, lat = 0;
        for (int i = 0; i < form.length(); ) {
            int cp = form.codePointAt(i);
            i += Character.charCount(cp);
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han++;
                case CYRILLIC -> cyr++;
                case LATIN -> lat++;
                default -> { }
            }
        }
        if (han > 0) {
            return Lang.ZH;
        }
        if (cyr > 0) {
            return Lang.RU;
        }
        return lat > 0 ? Lang.EN : Lang.OTHER;
    }
}
