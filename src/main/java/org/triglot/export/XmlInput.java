package org.triglot.export;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.DefaultHandler2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs a hardened SAX parse of a file and turns every failure into one {@link ExportException} sentence. */
final class XmlInput {
    private XmlInput() {
    }

    /**
     * Parses {@code file} with {@code handler}. With {@code doctypeName} null any DOCTYPE is refused; otherwise only
     * {@code <!DOCTYPE doctypeName …>} without an internal subset is accepted, and its external DTD is never read.
     */
    static void parse(Path file, DefaultHandler2 handler, String doctypeName, String what) throws ExportException {
        Xml.checkSize(file);
        XMLReader reader = Xml.reader(doctypeName != null);
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        if (doctypeName != null) {
            Guard guard = new Guard(doctypeName, file.getFileName().toString(), what);
            try {
                reader.setProperty("http://xml.org/sax/properties/lexical-handler", guard);
                reader.setProperty("http://xml.org/sax/properties/declaration-handler", guard);
            } catch (SAXException e) {
                throw new IllegalStateException("the JDK's XML parser cannot report DTD declarations", e);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            InputSource src = new InputSource(in);
            src.setSystemId(file.toUri().toString());
            reader.parse(src);
        } catch (XmlRefusal e) {
            throw new ExportException(e.key, file, e.getMessage(), e);
        } catch (SAXParseException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("DOCTYPE is disallowed")) {
                throw new ExportException("export.doctype", file, file.getFileName() + " has a DOCTYPE declaration; " + what
                        + " files have none, and Triglot refuses them because they can carry entity expansion or external-entity attacks.", e);
            }
            if (msg.contains("entity expansion") || msg.contains("JAXP00010")) {
                throw new ExportException("export.entities", file, file.getFileName()
                        + " expands too many entities; Triglot refuses it (a \"billion laughs\" file).", e);
            }
            throw new ExportException("export.badXml", file, file.getFileName() + " is not well-formed XML (line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + msg + ").", e);
        } catch (SAXException e) {
            throw new ExportException("export.badXml", file, file.getFileName() + " could not be read as " + what
                    + " (" + e.getMessage() + ").", e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ExportException("export.missing", file, "There is no file " + file + "; check the name and the folder.", e);
        } catch (IOException e) {
            throw new ExportException("export.unreadable", file, file + " could not be read (" + e.getMessage() + ").", e);
        }
    }

    /** Accepts the one expected DOCTYPE and refuses every declaration, so no entity can be defined or expanded. */
    private static final class Guard extends DefaultHandler2 implements DeclHandler {
        private static final java.util.Set<String> PREDEFINED = java.util.Set.of("lt", "gt", "amp", "apos", "quot", "[dtd]");
        private final String name;
        private final String file;
        private final String what;

        Guard(String name, String file, String what) {
            this.name = name;
            this.file = file;
            this.what = what;
        }

        @Override
        public void startDTD(String root, String publicId, String systemId) throws SAXException {
            if (!name.equals(root)) {
                throw new XmlRefusal("export.doctype", file + " declares a DOCTYPE for <" + root + ">, not <" + name
                        + ">; it is not a " + what + " file.");
            }
        }

        private SAXException refuse(String decl) {
            return new XmlRefusal("export.entities", file + " declares " + decl + " in its DOCTYPE; Triglot refuses " + what
                    + " files with an internal DTD subset, since entities can expand without end or read local files.");
        }

        @Override
        public void internalEntityDecl(String n, String value) throws SAXException {
            throw refuse("the entity '" + n + "'");
        }

        @Override
        public void externalEntityDecl(String n, String publicId, String systemId) throws SAXException {
            throw refuse("the external entity '" + n + "' (" + systemId + ")");
        }

        @Override
        public void elementDecl(String n, String model) throws SAXException {
            throw refuse("the element '" + n + "'");
        }

        @Override
        public void attributeDecl(String e, String a, String type, String mode, String value) throws SAXException {
            throw refuse("the attribute '" + e + "/" + a + "'");
        }

        @Override
        public void startEntity(String n) throws SAXException {
            // The parser reports the five predefined entities too; any other one would have been declared (and refused).
            if (!PREDEFINED.contains(n)) {
                throw refuse("the entity '" + n + "'");
            }
        }
    }
}
