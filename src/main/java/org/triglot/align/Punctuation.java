package org.triglot.align;

/**
 * What a unit's punctuation says that survives translation: how many questions and exclamations it asks, whether it
 * holds quoted speech, and whether it leaves a quotation open for the next unit. Translators keep a question a question and a line of dialogue a line of
 * dialogue far more often than they keep sentence boundaries, so where the words give little evidence (free
 * literary translation, short lines of dialogue) these counts decide whether 你呢？ belongs with "And yours?".
 */
final class Punctuation {
    private Punctuation() {
    }

    /** Questions: runs of ? ？ ! ！ holding a question mark ("?!" and "？？" are one question). */
    static int questions(String text) {
        return runs(text, true);
    }

    /** Exclamations: runs of ! ！ without a question mark. */
    static int exclamations(String text) {
        return runs(text, false);
    }

    /**
     * Whether the unit holds quoted speech: any double or guillemet quotation mark (“ ” „ « » 「 」 『 』 "),
     * a single quotation mark that opens or closes a quotation rather than marking an elision (isn't, o'clock),
     * or a Russian dialogue dash at the start.
     */
    static boolean speech(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '“', '”', '„', '«', '»', '「', '」', '『', '』', '"' -> {
                    return true;
                }
                case '\'', '‘', '’' -> {
                    if (!isApostrophe(text, i)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        String t = text.stripLeading();
        return t.startsWith("—") || t.startsWith("– ");
    }

    /**
     * Quotations the unit opens minus those it closes: +1 for 刘老老笑问道：“好啊? whose quotation goes on in the
     * next sentence, -1 for the sentence that ends it, 0 for a quotation that opens and closes inside. A straight
     * or single quotation mark opens when it follows a space or the start and closes otherwise; an apostrophe
     * between letters (isn't) is neither.
     */
    static int quoteBalance(String text) {
        int n = text.length();
        boolean lowGermanOpen = text.indexOf('„') >= 0; // Russian „…“: here “ closes
        int balance = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '«', '「', '『', '„', '‘' -> balance++;
                case '»', '」', '』', '”' -> balance--;
                case '“' -> balance += lowGermanOpen ? -1 : 1;
                case '"', '\'', '’' -> {
                    if (c != '"' && isApostrophe(text, i)) {
                        continue;
                    }
                    char before = i == 0 ? ' ' : text.charAt(i - 1);
                    // A ’ never opens, except as the first character (a quotation typed with the wrong mark).
                    boolean opens = i == 0 || c != '’' && (Character.isWhitespace(before) || before == '(' || before == '[' || before == '—');
                    balance += opens ? 1 : -1;
                }
                default -> {
                }
            }
        }
        return Integer.signum(balance);
    }

    /**
     * Whether the ' or ’ at i marks an elision or a possessive rather than a quotation: between letters (isn't,
     * Lavrov’s), or after a plural s and before a lower-case word (the boys' room).
     */
    private static boolean isApostrophe(String text, int i) {
        int n = text.length();
        if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        if (i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
            return true;
        }
        return text.charAt(i - 1) == 's' && i + 2 < n && text.charAt(i + 1) == ' ' && Character.isLowerCase(text.charAt(i + 2));
    }

    private static int runs(String text, boolean questions) {
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isMark(text.charAt(i))) {
                i++;
                continue;
            }
            boolean question = false;
            while (i < n && isMark(text.charAt(i))) {
                question |= text.charAt(i) == '?' || text.charAt(i) == '？';
                i++;
            }
            if (question == questions) {
                count++;
            }
        }
        return count;
    }

    private static boolean isMark(char c) {
        return c == '?' || c == '？' || c == '!' || c == '！';
    }
}
