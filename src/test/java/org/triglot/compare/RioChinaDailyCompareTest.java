package org.triglot.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triglot.app.SampleCorpus;
import org.triglot.app.Workbench;
import org.triglot.model.Flag;
import org.triglot.model.Flag.Kind;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled sample: the Chinese readout against the China Daily article, the same Chinese account abridged on
 * one side and padded with wire copy on the other. What only one side reports must be flagged on that side.
 */
class RioChinaDailyCompareTest {
    private static CompareResult result;

    @BeforeAll
    static void compare() throws Exception {
        Workbench wb = new Workbench();
        List<Path> files = SampleCorpus.extract();
        result = wb.compare(wb.importFile(files.get(0)), wb.importFile(files.get(2)), () -> false);
    }

    private static List<Flag> onSide(String side) {
        return result.flags().stream().filter(f -> f.side().equals(side) && f.severity() != Flag.Severity.INFO).toList();
    }

    @Test
    void englishOnlyBrazilTheCeasefireAroundNinthMayAndPutinsThreeDayTruce() {
        List<Flag> b = onSide("b");
        assertThat(b).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.ENTITY);
            assertThat(f.reason()).startsWith("Only the English account mentions Brazil");
        });
        assertThat(b).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.NUMBER);
            assertThat(f.reason()).contains("May 9");
        });
        assertThat(b).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.NUMBER);
            assertThat(f.reason()).contains("three-day");
        });
    }

    @Test
    void chineseOnlyTheMeetingsWithTheEthiopianAndThaiMinisters() {
        List<Flag> a = onSide("a");
        assertThat(a).anySatisfy(f -> assertThat(f.reason()).startsWith("Only the Chinese account mentions Ethiopia"));
        assertThat(a).anySatisfy(f -> assertThat(f.reason()).startsWith("Only the Chinese account mentions Thailand"));
        assertThat(a).noneSatisfy(f -> assertThat(f.reason()).contains("Ukraine"));
    }
}
