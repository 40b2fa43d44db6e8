package org.triglot.lexicon.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits English or Russian text into {@link Token}s, reading digit groups with each language's
 * separators: "1,200.5" in English, "1 200,5" and "1.200" in Russian (where a comma is the decimal mark).
 */
final class Tokenizer {

    // A number must not be glued to letters before it: "G20", "COVID-19" and "Су-35" are names, not numbers.
    private static final String NOT_AFTER_NAME = "(?<![\\p{L}\\d])(?<![\\p{L}]-)";

    private static final Pattern ENGLISH = Pattern.compile(
            NOT_AFTER_NAME + "(?<num>\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?<suf>(?:st|nd|rd|th|s)(?![a-z])|(?:-[a-z]+)+)?"
                    + "|(?<word>u\\.s\\.|[a-z][a-z0-9]*(?:['’\\-][a-z0-9]+)*)"
                    + "|(?<sym>[%$€¥£₽])"
                    + "|(?<punct>\\S)");

    private static final String SPACES = "[\\u00A0\\u2009\\u202F ]";

    private static final Pattern RUSSIAN = Pattern.compile(
            NOT_AFTER_NAME + "(?<num>\\d{1,3}(?:" + SPACES + "\\d{3}(?!\\d))+(?:,\\d+)?"
                    + "|\\d{1,3}(?:\\.\\d{3}(?![\\d.]))+(?!,\\d)"
                    + "|\\d+\\.\\d+"
                    + "|\\d+(?:,\\d+)?)"
                    + "(?<suf>-[а-я]+)?"
                    + "|(?<word>[а-яa-z][а-яa-z0-9]*(?:-[а-яa-z0-9]+)*)"
                    + "|(?<sym>[%$€¥£₽])"
                    + "|(?<punct>\\S)");

    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

    private Tokenizer() {
    }

    static List<Token> english(String text, String norm) {
        return tokenize(text, norm, ENGLISH, false);
    }

    static List<Token> russian(String text, String norm) {
        return tokenize(text, norm, RUSSIAN, true);
    }

    private static List<Token> tokenize(String text, String norm, Pattern p, boolean russian) {
        List<Token> out = new ArrayList<>();
        Matcher m = p.matcher(norm);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            boolean cap = Character.isUpperCase(text.charAt(s));
            String tokenText = norm.substring(s, e);
            if (m.group("num") != null) {
                String suf = m.group("suf") == null ? "" : m.group("suf");
                if (suf.startsWith("-")) {
                    suf = suf.substring(1);
                }
                BigDecimal v = russian ? russianValue(m.group("num")) : new BigDecimal(m.group("num").replace(",", ""));
                out.add(new Token(s, e, tokenText, Token.Type.NUMBER, v, suf, false));
            } else if (m.group("word") != null) {
                out.add(new Token(s, e, tokenText, Token.Type.WORD, null, "", cap));
            } else if (m.group("sym") != null) {
                out.add(new Token(s, e, tokenText, Token.Type.SYMBOL, null, "", false));
            } else {
                out.add(new Token(s, e, tokenText, Token.Type.PUNCT, null, "", false));
            }
        }
        return out;
    }

    private static BigDecimal russianValue(String digits) {
        String d = digits.replaceAll(SPACES, "");
        if (DOT_GROUPS.matcher(d).matches()) {
            return new BigDecimal(d.replace(".", "")); // "1.200": dots group thousands
        }
        return new BigDecimal(d.replace(',', '.'));    // "1,5": comma is the decimal mark
    }

    /**
     * Lower-cases text one UTF-16 unit at a time and folds ё to е, so offsets in the result
     * are offsets in the source.
     */
    static String normalize(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = Character.toLowerCase(cs[i]);
            if (c == 'ё') {
                c = 'е';
            } else if (c == '’') {
                c = '\'';
            }
            cs[i] = c;
        }
        return new String(cs);
    }
}
