package org.triglot.ingest;

import org.apache.tika.Tika;
import org.triglot.model.Document;
import org.triglot.model.ImportWarning;
import org.triglot.model.Lang;
import org.triglot.model.Paragraph;
import org.triglot.model.Script;
import org.triglot.model.Sentence;
import org.triglot.model.Span;
import org.triglot.nlp.ChineseScript;
import org.triglot.nlp.LanguageGuess;
import org.triglot.nlp.Nlp;
import org.triglot.nlp.ScriptCounts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a file (or pasted text) into a {@link Document}: reads it within {@link ImportLimits}, finds paragraphs
 * from its structure, identifies the language of the document and of each paragraph, and splits sentences.
 * A file that cannot be imported raises an {@link ImportException} with one sentence for the user; nothing is
 * half-imported.
 */
public final class DocumentImporter {
    private static final Set<String> PLAIN = Set.of("txt", "text", "md", "markdown", "");
    private static final Set<String> STRUCTURED = Set.of("html", "htm", "xhtml", "docx", "odt", "rtf", "pdf", "epub", "doc");
    private static final Tika DETECTOR = new Tika();

    private final Nlp nlp;
    private final ImportLimits limits;

    public DocumentImporter(Nlp nlp, ImportLimits limits) {
        this.nlp = nlp;
        this.limits = limits;
    }

    public DocumentImporter() {
        this(Nlp.shared(), ImportLimits.DEFAULT);
    }

    public Document importFile(Path file) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = readBytes(file, name);
        if (bytes.length == 0) {
            throw new ImportException("import.empty", file, name + " is empty; there is nothing to import.");
        }
        String ext = extension(name);
        RawText raw;
        if (PLAIN.contains(ext) || (!STRUCTURED.contains(ext) && looksLikeText(bytes, name))) {
            raw = readPlain(file, name, bytes, ext.startsWith("md") || ext.equals("markdown"));
        } else {
            checkSize(file, name, bytes.length, limits.maxDocumentBytes());
            raw = TikaReader.read(file, bytes, ext.isEmpty() ? "document" : ext, limits);
        }
        return analyse(name, raw, file);
    }

    /** Imports text the user pasted; it is read like a plain-text file. */
    public Document importText(String name, String text) throws ImportException {
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        RawText raw = new RawText(clean, "text", "UTF-16 (pasted)", PlainTextParagraphs.split(clean, false), List.of());
        return analyse(name, raw, Path.of(name));
    }

    private byte[] readBytes(Path file, String name) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException("import.directory", file, name + " is a folder; choose a file inside it.");
            }
            long size = Files.size(file);
            checkSize(file, name, size, Math.max(limits.maxDocumentBytes(), limits.maxPlainTextBytes()));
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException("import.missing", file, "There is no file " + file + "; check the name and the folder.", e);
        } catch (AccessDeniedException e) {
            throw new ImportException("import.unreadable", file, "Triglot may not read " + file + "; check the file's permissions.", e);
        } catch (IOException e) {
            throw new ImportException("import.io", file, name + " could not be read (" + e.getMessage() + ").", e);
        } catch (OutOfMemoryError e) {
            throw new ImportException("import.tooLarge", file, name + " is too large to read into memory.");
        }
    }

    private static void checkSize(Path file, String name, long size, long max) throws ImportException {
        if (size > max) {
            throw new ImportException("import.tooLarge", file, String.format(Locale.ROOT,
                    "%s is %.1f MB, more than the %d MB Triglot imports at once; split it into smaller files.",
                    name, size / 1048576.0, max >> 20));
        }
    }

    private static boolean looksLikeText(byte[] bytes, String name) {
        String type = DETECTOR.detect(bytes, name);
        return type.startsWith("text/plain") || type.equals("application/octet-stream") && TextDecoder.decode(bytes).isPresent();
    }

    private RawText readPlain(Path file, String name, byte[] bytes, boolean markdown) throws ImportException {
        checkSize(file, name, bytes.length, limits.maxPlainTextBytes());
        Optional<DecodedText> decoded = TextDecoder.decode(bytes);
        if (decoded.isEmpty()) {
            String type = DETECTOR.detect(bytes, name);
            if (!type.startsWith("text/") && !type.equals("application/octet-stream")) {
                // A PDF or DOCX saved under a .txt name: read it for what it is, and say so.
                RawText raw = TikaReader.read(file, bytes, type, limits);
                List<ImportWarning> w = new ArrayList<>(raw.warnings());
                w.add(new ImportWarning("import.misnamed", name + " is not plain text but " + type + "; it was read as such."));
                return new RawText(raw.text(), raw.format(), raw.encoding(), raw.paragraphs(), w);
            }
            throw new ImportException("import.binary", file, name
                    + " is not text in any encoding Triglot knows (UTF-8, UTF-16, GB18030, Big5, Windows-1251, KOI8-R); it may be a binary file.");
        }
        DecodedText d = decoded.get();
        List<ImportWarning> warnings = new ArrayList<>();
        if (d.guessed() && !d.charset().startsWith("UTF")) {
            warnings.add(new ImportWarning("import.encodingGuessed", name + " was read as " + d.charset() + "; if the text looks garbled, save it as UTF-8."));
        }
        return new RawText(d.text(), markdown ? "markdown" : "text", d.charset(), PlainTextParagraphs.split(d.text(), markdown), warnings);
    }

    private Document analyse(String name, RawText raw, Path file) throws ImportException {
        String text = raw.text();
        if (raw.paragraphs().isEmpty() || ScriptCounts.of(text).letters() == 0) {
            throw new ImportException("import.noText", file, name + " contains no text to align (only blanks, numbers or symbols).");
        }
        LanguageGuess docGuess = nlp.identify(sample(text, raw.paragraphs()));
        List<Paragraph> paragraphs = new ArrayList<>();
        Map<Lang, Double> weight = new EnumMap<>(Lang.class);
        int sentenceIndex = 0;
        for (RawParagraph rp : raw.paragraphs()) {
            String ptext = rp.span().of(text);
            LanguageGuess g = nlp.identify(ptext);
            // A paragraph in the document's own script that the model calls another language is usually too short
            // to judge ("Ван И встретился с Лавровым."): it keeps the document's language.
            boolean sameScript = g.script() == docGuess.script()
                    || (g.script() == Script.HANT || g.script() == Script.HANS) && docGuess.lang() == Lang.ZH;
            Lang lang = g.lang() == Lang.OTHER && (sameScript || ScriptCounts.of(ptext).letters() < 24) && docGuess.lang() != Lang.OTHER
                    ? docGuess.lang() : g.lang();
            weight.merge(lang, ScriptCounts.of(ptext).total(), Double::sum);
            Lang splitLang = lang == Lang.OTHER ? docGuess.lang() : lang;
            List<Sentence> sentences = new ArrayList<>();
            for (Span s : nlp.splitSentences(ptext, splitLang)) {
                Span abs = s.shift(rp.span().start());
                sentences.add(new Sentence(sentenceIndex++, abs, abs.of(text)));
            }
            paragraphs.add(new Paragraph(paragraphs.size(), rp.span(), ptext, rp.heading(), lang, sentences));
        }
        Lang docLang = weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Lang.OTHER);
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        double confidence = total == 0 ? 0 : weight.getOrDefault(docLang, 0.0) / total;
        Script script = switch (docLang) {
            case ZH -> ChineseScript.classify(text);
            case RU -> Script.CYRILLIC;
            case EN -> Script.LATIN;
            case OTHER -> docGuess.script();
        };
        List<ImportWarning> warnings = new ArrayList<>(raw.warnings());
        if (docLang == Lang.OTHER) {
            warnings.add(new ImportWarning("import.otherLanguage", name + " looks like " + docGuess.detail()
                    + ", not Chinese, Russian or English; Triglot cannot align it reliably."));
        }
        long foreign = paragraphs.stream().filter(p -> p.lang() != docLang).count();
        if (docLang != Lang.OTHER && foreign > 0) {
            warnings.add(new ImportWarning("import.mixedLanguages", foreign + " of " + paragraphs.size()
                    + " paragraphs of " + name + " are in another language than the rest (" + docLang.englishName() + ")."));
        }
        return new Document(name, text, raw.format(), raw.encoding(), docLang, script, confidence, paragraphs, warnings);
    }

    /** Up to the first 20 kB of paragraph text: enough for a stable guess, cheap on a book. */
    private static String sample(String text, List<RawParagraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (RawParagraph p : paragraphs) {
            if (sb.length() > 20_000) {
                break;
            }
            sb.append(p.span().of(text)).append('\n');
        }
        return sb.toString();
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
