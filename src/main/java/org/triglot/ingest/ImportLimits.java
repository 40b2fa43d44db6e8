package org.triglot.ingest;

import java.time.Duration;

/**
 * Bounds that keep a bad file from hanging or exhausting the application. Readouts are a few kilobytes;
 * the defaults leave room for book-length texts while refusing a 50 MB dump with a clear message.
 */
public record ImportLimits(long maxPlainTextBytes, long maxDocumentBytes, int maxCharacters, Duration parseTimeout) {
    public static final ImportLimits DEFAULT =
            new ImportLimits(16L << 20, 64L << 20, 8_000_000, Duration.ofSeconds(60));
}
