package org.triglot.align;

import org.triglot.lexicon.Lexicon;
import org.triglot.model.Bead;
import org.triglot.model.Document;
import org.triglot.model.Paragraph;
import org.triglot.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Aligns two imported documents: paragraphs first (accounts that share only part of their content leave
 * paragraphs without counterpart on rows of their own), then the sentences inside each paragraph row.
 */
public final class DocumentAligner {
    private final Lexicon lexicon;
    private final BooleanSupplier cancelled;

    public DocumentAligner(Lexicon lexicon, BooleanSupplier cancelled) {
        this.lexicon = lexicon;
        this.cancelled = cancelled;
    }

    /** Paragraph beads (paragraph ids) and, inside them, sentence beads (document-wide sentence ids). */
    public record Result(List<Bead> paragraphs, List<Bead> sentences) {
    }

    public Result align(Document a, Document b) {
        List<Bead> paragraphs = paragraphs(a, b);
        return new Result(paragraphs, sentences(a, b, paragraphs));
    }

    /**
     * Sentence beads (document-wide sentence ids) inside each of these paragraph rows, which may come from the
     * aligner or from the user's hand corrections; a row with one side empty gives sentences without counterpart.
     */
    public List<Bead> sentences(Document a, Document b, List<Bead> paragraphs) {
        List<Bead> sentences = new ArrayList<>();
        for (Bead pbead : paragraphs) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("alignment cancelled");
            }
            List<Sentence> sa = sentencesOf(a, pbead.a());
            List<Sentence> sb = sentencesOf(b, pbead.b());
            if (sa.isEmpty() || sb.isEmpty()) {
                sa.forEach(s -> sentences.add(new Bead(List.of(s.index()), List.of(), 0, pbead.confidence())));
                sb.forEach(s -> sentences.add(new Bead(List.of(), List.of(s.index()), 0, pbead.confidence())));
                continue;
            }
            if (sa.size() == 1 && sb.size() == 1) {
                sentences.add(new Bead(List.of(sa.get(0).index()), List.of(sb.get(0).index()), pbead.similarity(), pbead.confidence()));
                continue;
            }
            List<Bead> local = new SequenceAligner(lexicon, AlignParams.SENTENCES, false, cancelled)
                    .align(sa.stream().map(Sentence::text).toList(), a.lang(), sb.stream().map(Sentence::text).toList(), b.lang());
            for (Bead l : local) {
                sentences.add(new Bead(l.a().stream().map(i -> sa.get(i).index()).toList(),
                        l.b().stream().map(j -> sb.get(j).index()).toList(), l.similarity(), l.confidence()));
            }
        }
        return sentences;
    }

    /** Only the paragraph rows (headings pair with headings or stand alone). */
    public List<Bead> paragraphs(Document a, Document b) {
        List<String> pa = a.paragraphs().stream().map(Paragraph::text).toList();
        List<String> pb = b.paragraphs().stream().map(Paragraph::text).toList();
        return new SequenceAligner(lexicon, AlignParams.PARAGRAPHS, true, cancelled)
                .align(pa, headings(a), a.lang(), pb, headings(b), b.lang());
    }

    /** Which paragraphs of a document are headings, as the aligner takes them. */
    public static boolean[] headings(Document d) {
        boolean[] h = new boolean[d.paragraphs().size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = d.paragraphs().get(i).heading();
        }
        return h;
    }

    private static List<Sentence> sentencesOf(Document d, List<Integer> paragraphIds) {
        List<Sentence> out = new ArrayList<>();
        for (int p : paragraphIds) {
            out.addAll(d.paragraphs().get(p).sentences());
        }
        return out;
    }
}
