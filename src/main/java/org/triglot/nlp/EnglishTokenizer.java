package org.triglot.nlp;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
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
        for (opennlp.tools.util.Span s : tokenizer.get().tokenizePos(text)) {
            String w = text.substring(s.getStart(), s.getEnd());
            String norm = Character.isLetter(w.codePointAt(0)) ? stemmer.stem(w) : w;
            out.add(new Token(new Span(s.getStart(), s.getEnd()), w, norm, ""));
        }
        return out;
    }
}
