package org.triglot.lexicon.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameMatcherTest {

    /** Foreign names as written in Chinese, Latin and Russian sources. */
    private static final List<List<String>> NAMES = List.of(
            List.of("拉夫罗夫", "Lavrov", "Лавров"),
            List.of("普京", "Putin", "Путин"),
            List.of("维埃拉", "Vieira", "Виейра"),
            List.of("布林肯", "Blinken", "Блинкен"),
            List.of("特朗普", "Trump", "Трамп"),
            List.of("马克龙", "Macron", "Макрон"),
            List.of("莫迪", "Modi", "Моди"),
            List.of("卢拉", "Lula", "Лула"),
            List.of("埃尔多安", "Erdoğan", "Эрдоган"),
            List.of("佩斯科夫", "Peskov", "Песков"),
            List.of("扎哈罗娃", "Zakharova", "Захарова"),
            List.of("绍伊古", "Shoigu", "Шойгу"),
            List.of("梅德韦杰夫", "Medvedev", "Медведев"),
            List.of("米舒斯京", "Mishustin", "Мишустин"),
            List.of("乌沙科夫", "Ushakov", "Ушаков"),
            List.of("拜登", "Biden", "Байден"),
            List.of("朔尔茨", "Scholz", "Шольц"),
            List.of("默克尔", "Merkel", "Меркель"),
            List.of("约翰内斯堡", "Johannesburg", "Йоханнесбург"),
            List.of("里约热内卢", "Rio de Janeiro", "Рио-де-Жанейро"));

    private static final int HAN = 0;
    private static final int LATIN = 1;
    private static final int CYRILLIC = 2;

    @ParameterizedTest
    @CsvSource({"0, 1", "0, 2", "1, 2"})
    void scoresEveryCounterpartAtLeastPointSeven(int from, int to) {
        for (List<String> row : NAMES) {
            assertThat(NameMatcher.similarity(row.get(from), row.get(to)).score())
                    .as(row.get(from) + " ~ " + row.get(to)).isGreaterThanOrEqualTo(0.7);
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "0, 2", "1, 2", "1, 0", "2, 0", "2, 1"})
    void findsTheCounterpartAsBestMatchAmongAllCandidates(int from, int to) {
        List<String> candidates = NAMES.stream().map(r -> r.get(to)).toList();
        List<String> misses = new ArrayList<>();
        for (List<String> row : NAMES) {
            String best = NameMatcher.bestMatch(row.get(from), candidates).orElse("");
            if (!best.equals(row.get(to))) {
                misses.add(row.get(from) + " → " + best);
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void preparedNamesScoreAsPlainOnesAndAFloorOnlyHidesScoresBelowIt() {
        List<String> all = new ArrayList<>();
        NAMES.forEach(all::addAll);
        all.addAll(List.of("Sergei Lavrov", "Sergey Lavrov", "Wang Yi", "Wang I", "Van I", "王毅", "Ван И", "習近平", "习近平",
                "Xi Jinping", "Jinping Xi", "Си Цзиньпин", "Dmitry Medvedev", "Dmitriy Medvedev", "Moscow", "Москва", "莫斯科"));
        int below = 0;
        for (String x : all) {
            NameMatcher.Prepared px = NameMatcher.Prepared.of(x);
            for (String y : all) {
                NameMatcher.Prepared py = NameMatcher.Prepared.of(y);
                double plain = NameMatcher.similarity(x, y).score();
                double prepared = NameMatcher.similarity(px, py).score();
                boolean latinPair = Script.of(x) == Script.LATIN && Script.of(y) == Script.LATIN;
                if (Script.of(x) == Script.of(y) && !(latinPair && Character.toLowerCase(x.charAt(0)) != Character.toLowerCase(y.charAt(0)))) {
                    assertThat(prepared).as(x + " ~ " + y).isEqualTo(plain);
                } else {
                    // Other pairs may be cut short: Latin names with different first letters, sound skeletons far apart in length.
                    assertThat(prepared).as(x + " ~ " + y).isIn(plain, 0.0);
                }
                double full = NameMatcher.similarity(px, py).score();
                double floored = NameMatcher.similarity(px, py, 0.72).score();
                if (full >= 0.72) {
                    assertThat(floored).as(x + " ~ " + y).isEqualTo(full);
                } else {
                    assertThat(floored).as(x + " ~ " + y).isLessThan(0.72);
                    below++;
                }
            }
        }
        assertThat(below).isGreaterThan(all.size());
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "0, 2", "1, 2"})
    void scoresMostWrongPairsAtMostOneHalf(int from, int to) {
        int wrong = 0;
        int low = 0;
        for (int i = 0; i < NAMES.size(); i++) {
            for (int j = 0; j < NAMES.size(); j++) {
                if (i != j) {
                    wrong++;
                    if (NameMatcher.similarity(NAMES.get(i).get(from), NAMES.get(j).get(to)).score() <= 0.5) {
                        low++;
                    }
                }
            }
        }
        assertThat((double) low / wrong).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest
    @CsvSource({"拉夫罗夫, Putin", "Лавров, Peskov", "莫迪, Macron", "普京, Zakharova", "Шольц, Lula"})
    void scoresUnrelatedNamesLow(String a, String b) {
        assertThat(NameMatcher.similarity(a, b).score()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void reportsPhoneticKeysAsEvidence() {
        NameMatch m = NameMatcher.similarity("拉夫罗夫", "Лавров");
        assertThat(m.method()).isEqualTo(NameMatch.Method.PHONETIC);
        assertThat(m.keyA()).isEqualTo(PhoneticKey.of("拉夫罗夫").sounds());
        assertThat(m.keyB()).isEqualTo("LaFLoF");
    }

    @ParameterizedTest
    @CsvSource({
            "习近平, Xi Jinping",
            "習近平, Си Цзиньпин",
            "Xi Jinping, Си Цзиньпин",
            "习近平, Jinping Xi",
            "王毅, Ван И",
            "王毅, Wang Yi",
            "李强, Li Qiang"})
    void matchesChineseNamesExactlyThroughPinyin(String a, String b) {
        NameMatch m = NameMatcher.similarity(a, b);
        assertThat(m.method()).isEqualTo(NameMatch.Method.EXACT);
        assertThat(m.score()).isEqualTo(1.0);
    }

    @Test
    void doesNotTakeAnotherChineseNameAsExact() {
        NameMatch m = NameMatcher.similarity("习近平", "Wang Yi");
        assertThat(m.method()).isNotEqualTo(NameMatch.Method.EXACT);
        assertThat(m.score()).isLessThan(0.5);
    }

    @Test
    void matchesSpellingVariantsWithinLatin() {
        assertThat(NameMatcher.similarity("Sergei Lavrov", "Sergey Lavrov").score()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "12345", "Путин Putin", "!?"})
    void givesZeroForUnreadableInput(String bad) {
        NameMatch m = NameMatcher.similarity(bad, "Putin");
        assertThat(m.score()).isZero();
        assertThat(m.method()).isEqualTo(NameMatch.Method.NONE);
        assertThat(NameMatcher.similarity("普京", bad).score()).isZero();
    }

    @Test
    void findsNoBestMatchAmongUnreadableCandidates() {
        assertThat(NameMatcher.bestMatch("Putin", List.of("", "123"))).isEmpty();
    }
}
