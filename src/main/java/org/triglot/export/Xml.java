package org.triglot.export;

import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** XML text escaping for the writers, and the hardened parsers of the readers. */
final class Xml {
    /** Files larger than this are refused before parsing. */
    static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

    private Xml() {
    }

    /**
     * Whether a code point may appear in an XML 1.0 document: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD,
     * U+10000–U+10FFFF. Everything else (controls, lone surrogates, U+FFFE/U+FFFF) is dropped on export.
     */
    static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** The text with every character illegal in XML 1.0 removed (walked by code point, so emoji stay whole). */
    static String strip(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = legal(cp) && !(n == 1 && Character.isSurrogate(s.charAt(i)));
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            } else if (ok && sb != null) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    /** Element content: &amp; &lt; &gt; escaped, CR as a character reference so a parser does not fold CRLF. */
    static String text(String s) {
        return escape(strip(s), false);
    }

    /** Attribute values: also quotes, and tab/LF/CR as references, which attribute normalisation would turn into spaces. */
    static String attr(String s) {
        return escape(strip(s), true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\'' -> sb.append(attribute ? "&apos;" : "'");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Refuses files that are missing or larger than {@link #MAX_INPUT_BYTES}. */
    static void checkSize(Path file) throws ExportException {
        long size;
        try {
            size = Files.size(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ExportException("export.missing", file, "There is no file " + file + "; check the name and the folder.", e);
        } catch (IOException e) {
            throw new ExportException("export.unreadable", file, file + " could not be read (" + e.getMessage() + ").", e);
        }
        if (size > MAX_INPUT_BYTES) {
            throw new ExportException("export.tooLarge", file, file.getFileName() + " is " + (size >> 20)
                    + " MB; Triglot reads exports up to " + (MAX_INPUT_BYTES >> 20) + " MB.");
        }
    }

    /**
     * A namespace-aware SAX reader of the JDK (not whatever a library put on the class path) that never loads
     * anything from outside the file: no external DTD, no external entities, secure processing limits on. With
     * {@code allowDoctype} false any DOCTYPE is an error; with true the caller must refuse declarations itself.
     */
    static XMLReader reader(boolean allowDoctype) {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !allowDoctype);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader r = f.newSAXParser().getXMLReader();
            r.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            r.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            r.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("refusing to load " + systemId);
            });
            return r;
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot create an XML parser", e);
        }
    }
}
