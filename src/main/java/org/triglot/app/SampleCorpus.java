package org.triglot.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample meeting bundled in the jar (Wang Yi and Sergey Lavrov in Rio de Janeiro, 28 April 2025):
 * the Chinese readout, the Russian MFA's English release and the China Daily article.
 */
public final class SampleCorpus {
    public static final String FOLDER = "rio-2025-04-28";
    public static final List<String> FILES = List.of(
            "zh-Hant_macaodaily.txt", "en_russianmfa-interaffairs.txt", "en_chinadaily-seed.txt");
    /** Who published each sample file, as the window labels its columns. */
    public static final List<String> LABELS = List.of("Chinese MFA (Macao Daily)", "Russian MFA (English)", "China Daily");

    private SampleCorpus() {
    }

    /** Copies the sample files out of the jar into a temporary folder, so they import like any user file. */
    public static List<Path> extract() {
        try {
            Path dir = Files.createTempDirectory("triglot-sample-");
            dir.toFile().deleteOnExit();
            List<Path> out = new ArrayList<>();
            for (String f : FILES) {
                try (InputStream in = SampleCorpus.class.getResourceAsStream("/corpora/" + FOLDER + "/" + f)) {
                    if (in == null) {
                        throw new IllegalStateException("the sample file " + f + " is missing from the application");
                    }
                    Path target = dir.resolve(f);
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    target.toFile().deleteOnExit();
                    out.add(target);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the sample meeting", e);
        }
    }
}
