package org.triglot.app;

import org.triglot.ingest.DocumentImporter;
import org.triglot.ingest.ImportException;
import org.triglot.ingest.ImportLimits;
import org.triglot.model.Document;
import org.triglot.nlp.Nlp;

import java.nio.file.Path;

/**
 * The one facade between the engine and its clients (command line and window). Clients call only this;
 * it wires the importer, language tools and later stages together and owns their shared, loaded-once state.
 */
public final class Workbench {
    private final Nlp nlp;
    private final DocumentImporter importer;

    public Workbench() {
        this(ImportLimits.DEFAULT);
    }

    public Workbench(ImportLimits limits) {
        this.nlp = Nlp.shared();
        this.importer = new DocumentImporter(nlp, limits);
    }

    /** Loads models and dictionaries; call once from a background thread at start-up. */
    public void warmUp() {
        nlp.warmUp();
    }

    public Document importFile(Path file) throws ImportException {
        return importer.importFile(file);
    }

    public Document importText(String name, String text) throws ImportException {
        return importer.importText(name, text);
    }

    public Nlp nlp() {
        return nlp;
    }
}
