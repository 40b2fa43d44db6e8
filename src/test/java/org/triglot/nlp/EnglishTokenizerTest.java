package org.triglot.nlp;

import org.junit.jupiter.api.Test;
import org.triglot.model.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The tokenizer's shortcut for plain chunks (letters only, digits only) gives exactly the model's tokens. */
class EnglishTokenizerTest {
    private static final EnglishTokenizer TOKENIZER = new EnglishTokenizer(Nlp.shared().englishStemmer());

    private static List<String> mismatches(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            List<Span> fast = TOKENIZER.tokenize(line).stream().map(Token::span).toList();
            List<Span> model = TOKENIZER.modelSpans(line).stream().map(s -> new Span(s.getStart(), s.getEnd())).toList();
            if (!fast.equals(model)) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void plainChunksAreTakenWholeAndTheRestAsTheModelSplitsThem() {
        String text = "Mr. Lavrov said: \"We cannot accept it,\" at 5pm on 3 May 2025 (in Moscow).";
        List<String> words = TOKENIZER.tokenize(text).stream().map(Token::text).toList();
        assertThat(words).containsSubsequence("Mr.", "Lavrov", "said", ":", "\"", "We", "cannot", "accept", "it", ",", "\"", "at", "5", "pm");
        assertThat(words).containsSubsequence("(", "in", "Moscow", ")", ".");
    }

    @Test
    void theShortcutMatchesTheModelOnAwkwardText() {
        assertThat(mismatches(List.of(
                "U.S.-China talks, 2024–2025: the ministers' \"constructive\" dialogue — and Wang Yi's visit.",
                "Xi\u00a0Jinping met Putin\ton 8 May;\r\nthey signed 20+ documents, e.g. on the BRICS e-commerce hub.",
                "Москва и 北京 agreed (again!) on $1.5bn, 10km of track, and https://example.org/a?b=1.",
                "  leading and trailing spaces  ", "", "a", "isn't don't won't y'all o'clock rock'n'roll"))).isEmpty();
    }

    @Test
    void theShortcutMatchesTheModelOnEveryEnglishLineOfTheGoldSets() throws IOException {
        Path gold = Path.of("..", "shared", "data", "gold");
        assumeTrue(Files.isDirectory(gold), "../shared/data/gold is not here");
        List<String> lines = new ArrayList<>();
        lines.addAll(Files.readAllLines(gold.resolve("ntrex128/newstest2019-src.eng.txt"), StandardCharsets.UTF_8));
        lines.addAll(Files.readAllLines(gold.resolve("flores200-devtest/eng_Latn.devtest"), StandardCharsets.UTF_8));
        assertThat(lines).hasSizeGreaterThan(2000);
        assertThat(mismatches(lines)).isEmpty();
    }
}
