package org.triglot.nlp;

import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Russian (and any alphabetic fallback) words by a Unicode pattern; hyphenated words (Северо-Запад, 80-летие) stay whole. */
public final class RussianTokenizer implements Tokenizer {
    private static final Pattern WORD = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)*(?:-\\p{L}+)?|\\p{L}[\\p{L}\\p{M}’']*(?:-\\p{L}[\\p{L}\\p{M}]*)*|[^\\s\\p{L}\\p{N}]");

    private final RussianLemmatizer lemmatizer;

    public RussianTokenizer(RussianLemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    @Override
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            String norm = Character.isLetter(w.codePointAt(0)) ? lemmatizer.lemma(w) : w;
            out.add(new Token(new Span(m.start(), m.end()), w, norm, ""));
        }
        return out;
    }
}
