package org.triglot.ingest;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.triglot.model.Span;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads structured documents (HTML, DOCX, ODT, RTF, PDF, EPUB) through Apache Tika, taking paragraphs from the
 * element structure. The parse runs on a daemon thread under a time limit, so a pathological file cannot hang
 * the application; the text is the paragraphs joined by blank lines, and spans point into it.
 */
final class TikaReader {
    private static final Parser PARSER = new AutoDetectParser();

    private TikaReader() {
    }

    static RawText read(Path file, byte[] bytes, String format, ImportLimits limits) throws ImportException {
        boolean wordProcessor = java.util.Set.of("docx", "doc", "odt", "rtf").contains(format);
        ParagraphCollector collector = new ParagraphCollector(limits.maxCharacters(), wordProcessor);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tika-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> parse = executor.submit(() -> {
                Metadata metadata = new Metadata();
                metadata.set("resourceName", file.getFileName().toString());
                try (InputStream in = new ByteArrayInputStream(bytes)) {
                    ParseContext context = new ParseContext();
                    // Keep every HTML element (div, br): Tika's default mapping drops div and turns br into whitespace.
                    context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
                    PARSER.parse(in, collector, metadata, context);
                }
                return null;
            });
            parse.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ImportException("import.timeout", file, "Reading " + file.getFileName() + " took longer than "
                    + limits.parseTimeout().toSeconds() + " s, so it was stopped; the file may be damaged or unusually complex.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("import.cancelled", file, "Reading " + file.getFileName() + " was cancelled.", e);
        } catch (ExecutionException e) {
            throw explain(file, format, e.getCause());
        } finally {
            executor.shutdownNow();
        }
        return assemble(collector.blocks(), format);
    }

    static RawText assemble(List<ParagraphCollector.Block> blocks, String format) {
        StringBuilder text = new StringBuilder();
        List<RawParagraph> paragraphs = new ArrayList<>();
        for (ParagraphCollector.Block b : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(b.text());
            paragraphs.add(new RawParagraph(new Span(start, text.length()), b.heading()));
        }
        return new RawText(text.toString(), format, null, paragraphs, List.of());
    }

    private static ImportException explain(Path file, String format, Throwable cause) {
        String name = file.getFileName().toString();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new ImportException("import.encrypted", file, name
                        + " is password-protected; open it in its own program, remove the password, and import it again.", cause);
            }
            if (t instanceof ParagraphCollector.TooMuchTextException) {
                return new ImportException("import.tooLarge", file, name
                        + " holds more text than Triglot imports at once (" + t.getMessage() + "); split it into smaller files.", cause);
            }
        }
        if (cause instanceof TikaException || cause instanceof SAXException || cause instanceof IOException) {
            return new ImportException("import.corrupt", file, name + " could not be read as " + format.toUpperCase(java.util.Locale.ROOT)
                    + ": the file looks damaged or is not what its name says.", cause);
        }
        return new ImportException("import.failed", file, name + " could not be read (" + cause + ").", cause);
    }
}
