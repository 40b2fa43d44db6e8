package org.triglot.lexicon;

import org.triglot.lexicon.dict.Dictionaries;
import org.triglot.lexicon.glossary.Glossary;
import org.triglot.lexicon.glossary.GlossaryException;
import org.triglot.nlp.Nlp;

import java.nio.file.Path;

/**
 * The cross-language knowledge Triglot matches with, built once and shared: the bundled dictionaries, the
 * diplomatic glossary (plus user glossaries), name rules and number normalisation.
 */
public final class Lexicon {
    private static volatile Lexicon shared;

    private final Nlp nlp;
    private final Glossary glossary;
    private final Dictionaries dictionaries;

    public Lexicon(Nlp nlp, Glossary glossary, Dictionaries dictionaries) {
        this.nlp = nlp;
        this.glossary = glossary;
        this.dictionaries = dictionaries;
    }

    /** The bundled lexicon; the first call loads everything (about a second), so call it off the UI thread. */
    public static Lexicon shared() {
        Lexicon l = shared;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = shared;
                if (l == null) {
                    Nlp nlp = Nlp.shared();
                    l = new Lexicon(nlp, Glossary.bundled(nlp), Dictionaries.shared());
                    shared = l;
                }
            }
        }
        return l;
    }

    public Nlp nlp() {
        return nlp;
    }

    public Glossary glossary() {
        return glossary;
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    /** Adds a user glossary (TSV, CSV or TBX); returns the number of entries read. */
    public int loadGlossary(Path file) throws GlossaryException {
        return glossary.load(file);
    }
}
