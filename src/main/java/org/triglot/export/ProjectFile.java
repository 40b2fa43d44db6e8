package org.triglot.export;

import org.triglot.model.Comparison;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code .triglot} project file: a comparison as {@link ComparisonJson}, saved so a crash never leaves half a file. */
public final class ProjectFile {
    public static final String EXTENSION = "triglot";

    private ProjectFile() {
    }

    public static void write(Comparison c, Path file) throws ExportException {
        Exports.writeAtomically(file, ComparisonJson.write(c));
    }

    public static Comparison read(Path file) throws ExportException {
        Xml.checkSize(file);
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ExportException("export.notUtf8", file, file.getFileName() + " is not UTF-8; a Triglot project is UTF-8 JSON.", e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ExportException("export.missing", file, "There is no file " + file + "; check the name and the folder.", e);
        } catch (IOException e) {
            throw new ExportException("export.unreadable", file, file + " could not be read (" + e.getMessage() + ").", e);
        }
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        try {
            return ComparisonJson.read(json, file.getFileName().toString());
        } catch (ComparisonJson.FormatProblem e) {
            throw new ExportException("export.badProject", file, e.getMessage(), e);
        }
    }
}
