package org.triglot.ingest;

import org.triglot.model.Span;

/** A paragraph as the structure of a file gives it, before language identification and sentence splitting. */
public record RawParagraph(Span span, boolean heading) {
}
