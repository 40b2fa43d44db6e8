package org.triglot.nlp;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import org.triglot.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** English words by OpenNLP's UD-EWT tokenizer model; normal form is the stem. */
public final class EnglishTokenizer implements Tokenizer {
    static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final ThreadLocal<TokenizerME> tokenizer;
    private final EnglishStemmer stemmer;

    public EnglishTokenizer(EnglishStemmer stemmer) {
        this.stemmer = stemmer;
        TokenizerModel model;
        try (InputStream in = EnglishTokenizer.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the English tokenizer model " + MODEL + " is missing from the classpath");
            }
            model = new TokenizerModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English tokenizer model", e);
        }
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(model));
    }

    @Override
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        // The model decides each character boundary of a whitespace-separated chunk from that chunk alone, so
        // asking it chunk by chunk gives its answer; a chunk of letters only or digits only is never split by it
        // (every English text of the gold sets checked, see EnglishTokenizerTest), and skipping the model there
        // saves most of its time (the model was the largest part of analysing English text).
        TokenizerME me = tokenizer.get();
        for (opennlp.tools.util.Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            int start = chunk.getStart();
            int end = chunk.getEnd();
            if (plain(text, start, end)) {
                add(out, text, start, end);
                continue;
            }
            for (opennlp.tools.util.Span s : me.tokenizePos(text.substring(start, end))) {
                add(out, text, start + s.getStart(), start + s.getEnd());
            }
        }
        return out;
    }

    /** Letters only, or digits only. */
    static boolean plain(String text, int start, int end) {
        boolean letters = true;
        boolean digits = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            letters &= Character.isLetter(c);
            digits &= c >= '0' && c <= '9';
            if (!letters && !digits) {
                return false;
            }
        }
        return true;
    }

    private void add(List<Token> out, String text, int start, int end) {
        String w = text.substring(start, end);
        String norm = Character.isLetter(w.codePointAt(0)) ? stemmer.stem(w) : w;
        out.add(new Token(new Span(start, end), w, norm, ""));
    }

    /** The model's own answer for the whole text, for the test that the shortcut above changes nothing. */
    List<opennlp.tools.util.Span> modelSpans(String text) {
        return List.of(tokenizer.get().tokenizePos(text));
    }
}
