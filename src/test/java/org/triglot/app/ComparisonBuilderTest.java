package org.triglot.app;

import org.junit.jupiter.api.Test;
import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComparisonBuilderTest {
    private static final Workbench WB = new Workbench();

    static final String ZH = """
            王毅会见俄罗斯外长拉夫罗夫

            2025年4月28日，王毅在里约热内卢会见俄罗斯外长拉夫罗夫。

            王毅表示，中俄要加强在金砖国家框架内的协调配合。

            双方就乌克兰危机交换了看法。
            """;
    static final String RU = """
            Встреча Сергея Лаврова с Ван И

            28 апреля 2025 года Сергей Лавров встретился в Рио-де-Жанейро с министром иностранных дел КНР Ван И.

            Ван И заявил, что Китай и Россия должны укреплять координацию в рамках БРИКС.

            Особое внимание было уделено подготовке визита Председателя КНР в Москву на празднование 80-летия Победы.
            """;
    static final String EN = """
            Wang Yi meets Sergey Lavrov

            On April 28, 2025, Wang Yi met Russian Foreign Minister Sergey Lavrov in Rio de Janeiro.

            Wang said China and Russia should strengthen coordination within the BRICS framework.

            The two sides exchanged views on the Ukraine crisis.
            """;

    static List<Document> versions() throws Exception {
        return List.of(WB.importText("zh.txt", ZH), WB.importText("ru.txt", RU), WB.importText("en.txt", EN));
    }

    /** Every unit of every version in exactly one row, in order, and no row empty everywhere. */
    static void assertValidTable(Comparison c) {
        for (int v = 0; v < c.versions().size(); v++) {
            List<Integer> seen = new ArrayList<>();
            for (AlignedRow r : c.rows()) {
                seen.addAll(r.cells().get(v));
            }
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < c.versions().get(v).paragraphs().size(); i++) {
                all.add(i);
            }
            assertThat(seen).as("version %d", v).isEqualTo(all);
        }
        assertThat(c.rows()).noneMatch(r -> r.cells().stream().allMatch(List::isEmpty));
    }

    @Test
    void threeVersionsMakeOneTableWithTheParagraphsOnlyOneSideHasOnRowsOfTheirOwn() throws Exception {
        Comparison c = WB.alignVersions(versions(), List.of("Chinese MFA", "Russian MFA", "Xinhua English"), Progress.NONE, () -> false);
        assertValidTable(c);
        assertThat(c.rows()).extracting(r -> r.cells().toString()).startsWith("[[0], [0], [0]]", "[[1], [1], [1]]", "[[2], [2], [2]]");
        // The Ukraine paragraph (zh 3, en 3) and the Victory Day visit (ru 3) have no counterpart in each other.
        assertThat(c.rows()).extracting(r -> r.cells().toString()).contains("[[3], [], [3]]", "[[], [3], []]");
        assertThat(c.labels()).containsExactly("Chinese MFA", "Russian MFA", "Xinhua English");
    }

    @Test
    void flagsOfEveryPairPointAtTheTableRowsTheyBelongTo() throws Exception {
        Comparison c = WB.alignVersions(versions(), List.of("zh", "ru", "en"), Progress.NONE, () -> false);
        Analysis a = WB.analyse(c, Progress.NONE, () -> false);
        assertThat(a.divergence()).hasSize(c.rows().size());
        int ruOnly = c.rows().indexOf(c.rows().stream().filter(r -> r.cells().toString().equals("[[], [3], []]")).findFirst().orElseThrow());
        assertThat(a.comparison().flags()).anyMatch(f -> f.kind() == Flag.Kind.OMISSION && f.row() == ruOnly && f.versionA() == 0
                && f.versionB() == 1 && f.side().equals("b"));
        assertThat(a.divergence().get(ruOnly)).isEqualTo(1.0);
        assertThat(a.divergence().get(1)).isLessThan(0.6);
        assertThat(a.comparison().flags()).allMatch(f -> f.row() >= 0 && f.row() < c.rows().size());
        assertThat(a.links(0, 2)).isNotEmpty();
    }

    @Test
    void withTwoEnglishVersionsEveryReasonNamesTheVersionNotOnlyItsLanguage() throws Exception {
        String other = EN.replace("The two sides exchanged views on the Ukraine crisis.", "Lavrov thanked his host.");
        List<Document> docs = List.of(WB.importText("zh.txt", ZH), WB.importText("en1.txt", EN), WB.importText("en2.txt", other));
        Comparison c = WB.alignVersions(docs, List.of("Chinese MFA", "Xinhua English", "TASS English"), Progress.NONE, () -> false);
        List<Flag> flags = WB.analyse(c, Progress.NONE, () -> false).comparison().flags();
        List<String> zhTass = flags.stream().filter(f -> f.versionA() == 0 && f.versionB() == 2).map(Flag::reason).toList();
        assertThat(zhTass).isNotEmpty().anyMatch(r -> r.contains("English (TASS English)"))
                .noneMatch(r -> r.matches(".*\\bEnglish (account|paragraph|sentence|counterpart).*"));
        // Two versions alone need no more than the language.
        Comparison two = WB.alignVersions(docs.subList(0, 2), List.of("Chinese MFA", "Xinhua English"), Progress.NONE, () -> false);
        assertThat(WB.analyse(two, Progress.NONE, () -> false).comparison().flags()).extracting(Flag::reason)
                .noneMatch(r -> r.contains("English (Xinhua English)"));
    }

    @Test
    void progressReachesTheEndAndCancellingStopsTheWork() throws Exception {
        List<Document> docs = versions();
        AtomicInteger last = new AtomicInteger();
        WB.alignVersions(docs, List.of("a", "b", "c"), (done, total, stage, detail) -> last.set(done * 100 / total), () -> false);
        assertThat(last.get()).isEqualTo(100);
        assertThatThrownBy(() -> WB.alignVersions(docs, List.of("a", "b", "c"), Progress.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void cancellingDuringTheAnalysisOfLongTextsStopsBeforeTheAlignment() {
        List<String> many = java.util.Collections.nCopies(1000, "Wang Yi met Sergey Lavrov in Rio de Janeiro.");
        AtomicInteger checks = new AtomicInteger();
        // The first chunk is analysed; the check before any later chunk cancels the whole analysis.
        assertThatThrownBy(() -> new org.triglot.lexicon.UnitAnalyzer(WB.lexicon()).analyse(many, org.triglot.model.Lang.EN, many,
                org.triglot.model.Lang.EN, () -> checks.incrementAndGet() > 1)).isInstanceOf(CancellationException.class);
    }

    @Test
    void oneVersionOrFiveAreRefusedWithAClearSentence() throws Exception {
        List<Document> docs = versions();
        assertThatThrownBy(() -> WB.alignVersions(docs.subList(0, 1), List.of("a"), Progress.NONE, () -> false))
                .hasMessageContaining("two to four versions");
    }

    @Test
    void aFourthVersionJoinsThroughTheFirst() throws Exception {
        List<Document> docs = new ArrayList<>(versions());
        docs.add(WB.importText("en2.txt", EN.replace("Wang said", "Wang Yi noted")));
        Comparison c = WB.alignVersions(docs, List.of("a", "b", "c", "d"), Progress.NONE, () -> false);
        assertValidTable(c);
        assertThat(c.rows().get(2).cells().get(3)).containsExactly(2);
    }

    @Test
    void rowEvidenceNamesTheWordsThatMatched() throws Exception {
        Comparison c = WB.alignVersions(versions(), List.of("zh", "ru", "en"), Progress.NONE, () -> false);
        var ev = WB.rowEvidence(c, 2, 0, 2);
        assertThat(ev.matches()).anyMatch(e -> e.textA().contains("金砖") && e.textB().contains("BRICS"));
    }
}
