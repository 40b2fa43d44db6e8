package org.triglot.lexicon.names;

/** The writing system a name is written in, which decides how it is converted for matching. */
public enum Script {
    HAN, CYRILLIC, LATIN, MIXED, NONE;

    /** The single script of all letters in the text; MIXED if several, NONE if there are no letters. */
    public static Script of(String text) {
        if (text == null) {
            return NONE;
        }
        Script found = NONE;
        for (int cp : text.codePoints().toArray()) {
            if (!Character.isLetter(cp)) {
                continue;
            }
            Script s = switch (Character.UnicodeScript.of(cp)) {
                case HAN -> HAN;
                case CYRILLIC -> CYRILLIC;
                case LATIN -> LATIN;
                default -> MIXED;
            };
            if (found == NONE) {
                found = s;
            } else if (found != s) {
                return MIXED;
            }
        }
        return found;
    }
}
