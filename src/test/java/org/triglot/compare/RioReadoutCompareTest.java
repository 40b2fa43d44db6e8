package org.triglot.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triglot.app.Workbench;
import org.triglot.model.Flag;
import org.triglot.model.Flag.Kind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Rio BRICS meeting (2025-04-28): the Chinese readout (Macao Daily) against the Russian MFA release in
 * English. The differences SOURCES.md lists must be flagged on the right side; paragraphs that say the same must not be.
 */
class RioReadoutCompareTest {
    private static final Path DIR = Path.of("..", "shared", "data", "readouts", "2025-04-28_rio-brics-fmm");
    private static CompareResult result;

    @BeforeAll
    static void compare() throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared/data/readouts is not here");
        Workbench wb = new Workbench();
        result = wb.compare(wb.importFile(DIR.resolve("zh-Hant_macaodaily.txt")), wb.importFile(DIR.resolve("en_russianmfa-interaffairs.txt")),
                () -> false);
    }

    private static List<Flag> major(String side) {
        return result.flags().stream().filter(f -> f.side().equals(side) && f.severity() == Flag.Severity.MAJOR).toList();
    }

    private static Flag only(String side, String item) {
        return major(side).stream().filter(f -> (f.kind() == Kind.ENTITY || f.kind() == Kind.TERM)
                && f.reason().startsWith("Only the") && f.reason().contains(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no flag for " + item + " on side " + side + " in " + result.flags()));
    }

    @Test
    void chineseOnlyItems() {
        assertThat(result.paragraphsA(only("a", "Ukraine"))).containsExactly(7);
        assertThat(result.paragraphsA(only("a", "Iran"))).containsExactly(8);
        assertThat(result.paragraphsA(only("a", "Korean Peninsula"))).containsExactly(8);
        assertThat(result.paragraphsA(only("a", "Group of 20"))).containsExactly(8);
        assertThat(only("a", "Ukraine").reason()).startsWith("Only the Chinese account mentions Ukraine (paragraph 7");
        assertThat(result.summary().onlyA()).contains("Ukraine", "Iran", "Group of 20");
    }

    @Test
    void russianOnlyVisitForTheVictoryDayAnniversary() {
        Flag visit = only("b", "official visit");
        assertThat(result.paragraphsB(visit)).containsExactly(4);
        assertThat(visit.spansB().get(0).of(result.b().text())).isEqualTo("official visit");
        assertThat(result.flags()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.OMISSION);
            assertThat(result.paragraphsB(f)).containsExactly(4);
            assertThat(f.textB()).contains("80th anniversary of Victory in the Great Patriotic War");
        });
    }

    @Test
    void theUkraineParagraphIsAnOmissionOfTheRussianRelease() {
        assertThat(major("a")).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.OMISSION);
            assertThat(result.paragraphsA(f)).containsExactly(7);
        });
    }

    @Test
    void paragraphsThatSayTheSameAreNotFlagged() {
        // the titles (¶0 ↔ ¶0) say the same: who met whom
        int titleRow = rowOf(0, 0);
        assertThat(result.flags()).filteredOn(f -> f.row() == titleRow && f.severity() != Flag.Severity.INFO).isEmpty();
        // nothing the two sides share is reported as one side's only
        for (Flag f : result.flags()) {
            if (f.reason().startsWith("Only the")) {
                assertThat(f.reason()).doesNotContain("Wang Yi", "Sergey Lavrov", "BRICS", "Xi Jinping", "Vladimir Putin", "China (", "Russia (");
            }
        }
    }

    @Test
    void measuredAgainstTheHandMadeListOfDifferences() throws Exception {
        Path gold = Path.of("corpora", "compare-gold", "rio-brics_macaodaily__russianmfa.tsv");
        assumeTrue(Files.exists(gold));
        Map<Kind, CompareEvaluation.Counts> counts = CompareEvaluation.score(CompareEvaluation.read(gold), result, Flag.Severity.MINOR);
        CompareEvaluation.Counts all = new CompareEvaluation.Counts();
        counts.values().forEach(all::add);
        // guards against large regressions only (measured 2026-12-02: see README)
        assertThat(all.recall()).isGreaterThan(0.7);
        assertThat(all.precision()).isGreaterThan(0.55);
    }

    private static int rowOf(int a, int b) {
        for (int r = 0; r < result.rows().size(); r++) {
            if (result.rows().get(r).a().contains(a) && result.rows().get(r).b().contains(b)) {
                return r;
            }
        }
        throw new AssertionError("no row " + a + ":" + b);
    }
}
