package org.triglot.lexicon;

import org.triglot.model.Lang;

import java.util.Arrays;
import java.util.List;

/**
 * A text unit (sentence, paragraph or line) analysed for matching against units of one other language: its
 * words and the sorted set of all keys it offers to the other side.
 */
public record Unit(int index, String text, Lang lang, List<Word> words, int[] ownKeys, int length) {
    public Unit {
        words = List.copyOf(words);
    }

    public boolean hasKey(int key) {
        return Arrays.binarySearch(ownKeys, key) >= 0;
    }

    public double totalWeight() {
        double t = 0;
        for (Word w : words) {
            t += w.weight();
        }
        return t;
    }
}
