package org.triglot.nlp;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Russian normal forms: the lemma from LanguageTool's morfologik dictionary (лаврову → лавров, пекине → пекин),
 * falling back to the Snowball stem for words the dictionary lacks. ё is folded to е first, since official
 * texts write it inconsistently. Results are cached because readouts repeat their vocabulary.
 */
public final class RussianLemmatizer {
    private static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";
    private static final int CACHE_LIMIT = 200_000;

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;
    private final ThreadLocal<SnowballStemmer> fallback =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.RUSSIAN));
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public RussianLemmatizer() {
        URL url = RussianLemmatizer.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("the Russian dictionary " + DICTIONARY + " is missing from the classpath");
        }
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Russian dictionary", e);
        }
        lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** The lemma of a word form, lower case with ё as е. */
    public String lemma(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        String cached = cache.get(lower);
        if (cached != null) {
            return cached;
        }
        String result = lookupLemma(lower);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(lower, result);
        }
        return result;
    }

    /** True when the dictionary knows the form (so the lemma is real, not a Snowball stem). */
    public boolean knows(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return !lookup.get().lookup(lower).isEmpty() || !lookup.get().lookup(lower.replace('е', 'ё')).isEmpty();
    }

    private String lookupLemma(String lower) {
        List<WordData> found = lookup.get().lookup(lower);
        if (found.isEmpty() && lower.indexOf('е') >= 0) {
            found = lookup.get().lookup(lower.replace('е', 'ё'));
        }
        if (found.isEmpty()) {
            return fallback.get().stem(lower).toString();
        }
        String first = null;
        String noun = null;
        for (WordData wd : found) {
            if (wd.getStem() == null) {
                continue;
            }
            String lemma = wd.getStem().toString().toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (first == null) {
                first = lemma;
            }
            // Prefer a noun reading: readouts are dense in names and nouns (Лавров, договоренность).
            if (noun == null && wd.getTag() != null && wd.getTag().toString().startsWith("NN")) {
                noun = lemma;
            }
        }
        String best = noun != null ? noun : first;
        return best == null ? fallback.get().stem(lower).toString() : best;
    }
}
