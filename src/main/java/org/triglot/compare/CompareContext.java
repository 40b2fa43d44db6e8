package org.triglot.compare;

import org.triglot.lexicon.Lexicon;
import org.triglot.lexicon.UnitAnalyzer;
import org.triglot.model.Document;
import org.triglot.model.Paragraph;

import java.util.List;

/**
 * What comparing two versions needs from their whole texts, worked out once: the lexicon units of every paragraph and,
 * per side, the memos of the document-wide look-ups the checks repeat for every row ("does the other version name
 * this anywhere?"). Everything in it is a function of the two texts, the lexicon and the tone lexicon alone, never of
 * the rows, so one context serves every row of a comparison and, while neither text changes, the next comparison of
 * hand-corrected rows. Safe to share between threads.
 */
public final class CompareContext {
    private final Lexicon lexicon;
    private final ToneLexicon tone;
    private final int glossarySize;
    private final Document a;
    private final Document b;
    final UnitAnalyzer.Pair pair;
    final SideMemo memoA;
    final SideMemo memoB;

    private CompareContext(Lexicon lexicon, ToneLexicon tone, Document a, Document b) {
        this.lexicon = lexicon;
        this.tone = tone;
        // A glossary only grows; a context made before the user added one would miss its entries.
        this.glossarySize = lexicon.glossary().size();
        this.a = a;
        this.b = b;
        this.pair = new UnitAnalyzer(lexicon).analyse(texts(a), a.lang(), texts(b), b.lang());
        this.memoA = new SideMemo(a, tone, pair.a());
        this.memoB = new SideMemo(b, tone, pair.b());
    }

    /** The context of versions {@code a} and {@code b}; takes about as long as reading both through the lexicon. */
    public static CompareContext of(Lexicon lexicon, ToneLexicon tone, Document a, Document b) {
        return new CompareContext(lexicon, tone, a, b);
    }

    /**
     * Whether this context is the one {@link #of} would make for these versions now: same lexicon (and glossary size),
     * same tone lexicon, and both versions with the same language, text and paragraphs. The versions' names may differ
     * (a relabelled version is the same text).
     */
    public boolean fits(Lexicon lexicon, ToneLexicon tone, Document a, Document b) {
        return this.lexicon == lexicon && this.tone == tone && glossarySize == lexicon.glossary().size()
                && sameText(this.a, a) && sameText(this.b, b);
    }

    private static boolean sameText(Document x, Document y) {
        return x == y || (x.lang() == y.lang() && x.text().equals(y.text()) && x.paragraphs().equals(y.paragraphs()));
    }

    private static List<String> texts(Document d) {
        return d.paragraphs().stream().map(Paragraph::text).toList();
    }
}
