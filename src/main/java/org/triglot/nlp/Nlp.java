package org.triglot.nlp;

import org.triglot.model.Lang;
import org.triglot.model.Span;

import java.util.List;
import java.util.function.Supplier;

/**
 * The language tools, built once and shared: language identification, sentence splitters and tokenizers per
 * language. Each tool loads on first use (or in the background via {@link #warmUp()}), from the classpath only.
 */
public final class Nlp {
    private static final Nlp SHARED = new Nlp();

    private final Lazy<LanguageIdentifier> identifier = new Lazy<>(LanguageIdentifier::new);
    private final Lazy<EnglishSentenceSplitter> englishSentences = new Lazy<>(EnglishSentenceSplitter::new);
    private final SentenceSplitter russianSentences = RuleSentenceSplitter.russian();
    private final SentenceSplitter chineseSentences = new ChineseSentenceSplitter(false);
    private final Lazy<EnglishStemmer> englishStemmer = new Lazy<>(EnglishStemmer::new);
    private final Lazy<RussianLemmatizer> russianLemmatizer = new Lazy<>(RussianLemmatizer::new);
    private final Lazy<Tokenizer> englishTokens = new Lazy<>(() -> new EnglishTokenizer(englishStemmer.get()));
    private final Lazy<Tokenizer> russianTokens = new Lazy<>(() -> new RussianTokenizer(russianLemmatizer.get()));
    private final Lazy<Tokenizer> chineseTokens = new Lazy<>(ChineseTokenizer::new);

    private Nlp() {
    }

    public static Nlp shared() {
        return SHARED;
    }

    /** Loads every model now; call from a background thread at start-up so the first alignment does not wait. */
    public void warmUp() {
        identifier.get().identify("Warm up the English detector with a sentence of text.");
        identifier.get().identify("Прогреваем детектор русского языка этим предложением.");
        englishSentences.get();
        englishTokens.get().tokenize("warm up");
        russianTokens.get().tokenize("прогрев");
        chineseTokens.get().tokenize("预热分词器");
    }

    public LanguageGuess identify(String text) {
        return identifier.get().identify(text);
    }

    public SentenceSplitter sentences(Lang lang) {
        return switch (lang) {
            case ZH -> chineseSentences;
            case RU -> russianSentences;
            case EN -> englishSentences.get();
            case OTHER -> russianSentences;
        };
    }

    public List<Span> splitSentences(String text, Lang lang) {
        return sentences(lang).split(text);
    }

    public Tokenizer tokenizer(Lang lang) {
        return switch (lang) {
            case ZH -> chineseTokens.get();
            case RU -> russianTokens.get();
            case EN, OTHER -> englishTokens.get();
        };
    }

    public List<Token> tokenize(String text, Lang lang) {
        return tokenizer(lang).tokenize(text);
    }

    public EnglishStemmer englishStemmer() {
        return englishStemmer.get();
    }

    public RussianLemmatizer russianLemmatizer() {
        return russianLemmatizer.get();
    }

    /** A value built on first use, once, by whichever thread asks first. */
    static final class Lazy<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
