package org.triglot.nlp;

/**
 * Letters of a text counted by script. Mixed paragraphs are decided by these shares before any statistical
 * model, because a model over zh/ru/en decides by alphabet anyway and a Han character carries about as much
 * text as three Latin letters.
 */
public record ScriptCounts(int han, int kana, int hangul, int cyrillic, int latin, int otherLetters) {
    /** How many Latin letters of a translation a Han (or kana, hangul) character stands for. */
    static final double HAN_WEIGHT = 3.0;

    public static ScriptCounts of(CharSequence text) {
        int han = 0, kana = 0, hangul = 0, cyr = 0, lat = 0, other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case CYRILLIC -> cyr++;
                case LATIN -> lat++;
                default -> other++;
            }
        }
        return new ScriptCounts(han, kana, hangul, cyr, lat, other);
    }

    public double hanWeight() {
        return han * HAN_WEIGHT;
    }

    public double total() {
        return (han + kana + hangul) * HAN_WEIGHT + cyrillic + latin + otherLetters;
    }

    public int letters() {
        return han + kana + hangul + cyrillic + latin + otherLetters;
    }
}
