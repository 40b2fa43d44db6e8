package org.triglot.nlp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SimplifiedTextTest {
    @Test
    void readsThePhraseRulesThatRewriteCharactersUnchangedOnTheirOwn() {
        BitSet starts = SimplifiedText.phraseStarts();
        assertThat(starts).as("the shortcut is on for this ICU").isNotNull();
        assertThat(starts.get('巡')).as("巡察 → 巡查").isTrue();
        assertThat(starts.get('关')).isFalse();
        assertThat(starts.nextSetBit(0)).as("no phrase starts below the CJK blocks").isGreaterThanOrEqualTo(0x2E80);
    }

    @Test
    void icuLeavesEveryCharacterBelowTheCjkBlocksAlone() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x2E80; c++) {
            String one = String.valueOf(c);
            if (!ChineseScript.icuSimplified(one).equals(one)) {
                all.append(String.format("U+%04X ", (int) c));
            }
        }
        assertThat(all.toString()).isEmpty();
    }

    @Test
    void theShortcutAnswersExactlyAsIcuOnTraditionalSimplifiedAndMixedText() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "关于对于巡察工作的意见", "他只管说。祇管说。", "剃发", "生旦净末丑",
                "習近平主席會見普京總統。", "习近平主席会见普京总统。", "Путин и 习近平 met in 北京 on 5 May.", "𠀀𠀁 rare"));
        for (Path dir : List.of(Path.of("corpora"), Path.of("../shared/data/readouts"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                        for (String para : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
                            texts.add(para);
                        }
                    }
                }
            }
        }
        // Random strings over the characters of those texts and of the phrase rules, so phrases meet at every offset.
        StringBuilder pool = new StringBuilder("巡察稽查像片五嶽南嶽英吋砂金鞦韆祇要硃卷干乾幹于於余餘後后发髮");
        texts.forEach(t -> pool.append(t, 0, Math.min(t.length(), 40)));
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = 2 + random.nextInt(30); k > 0; k--) {
                s.append(pool.charAt(random.nextInt(pool.length())));
            }
            texts.add(s.toString());
        }
        int unchanged = 0;
        for (String t : texts) {
            if (Character.isLowSurrogate(t.isEmpty() ? 'x' : t.charAt(0))) {
                continue;
            }
            boolean shortcut = SimplifiedText.unchangedBySimplifying(t);
            if (shortcut) {
                unchanged++;
                assertThat(ChineseScript.icuSimplified(t)).as("said unchanged: %s", t).isEqualTo(t);
            }
            assertThat(ChineseScript.toSimplified(t)).as(t).isEqualTo(ChineseScript.simplifyWithIcu(t));
        }
        assertThat(unchanged).as("the shortcut answers for the simplified texts").isGreaterThan(texts.size() / 10);
    }
}
