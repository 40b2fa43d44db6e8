package org.triglot.export;

/** Text for HTML content or a quoted attribute: markup characters escaped, characters XML forbids dropped. */
public final class HtmlText {
    private HtmlText() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        String t = Xml.strip(s);
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
