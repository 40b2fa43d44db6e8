package org.triglot.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triglot.app.Workbench;
import org.triglot.model.Bead;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Flag.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** TONE flags on small hand-written zh/ru/en fixtures with the paragraph rows given. */
class ToneCheckTest {
    private static Workbench wb;

    @BeforeAll
    static void load() {
        wb = new Workbench();
    }

    private static List<String> tone(String a, String b, List<Bead> rows) throws Exception {
        Document da = wb.importText("a", a);
        Document db = wb.importText("b", b);
        return wb.compare(da, db, rows, List.of(), () -> false).flags().stream()
                .filter(f -> f.kind() == Kind.TONE && f.severity() != Flag.Severity.INFO).map(Flag::reason).toList();
    }

    private static Bead bead(List<Integer> a, List<Integer> b) {
        return new Bead(a, b, 1, 1);
    }

    private static final String ZH = "王毅说，两国元首的战略引领是中俄关系发展的根本保障。\n\n双方还讨论了国际问题。\n";
    private static final String EN = "The parties discussed bilateral relations.\n\n"
            + "The ministers noted the key importance of the leaders' diplomacy.\n\nThey also discussed international issues.\n";

    @Test
    void aStanceWordAnsweredInTheOtherSidesNeighbouringParagraphWithoutCounterpartIsNoTone() throws Exception {
        List<String> flags = tone(ZH, EN, List.of(bead(List.of(0), List.of(0)), bead(List.of(), List.of(1)), bead(List.of(1), List.of(2))));
        assertThat(flags).noneMatch(s -> s.contains("(key)"));
    }

    @Test
    void aStanceWordAnsweredOnlyInAParagraphWithItsOwnCounterpartIsStillATone() throws Exception {
        List<String> flags = tone(ZH, EN, List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of(1, 2))));
        assertThat(flags).anyMatch(s -> s.startsWith("The Chinese account says \u201c根本\u201d (key)"));
    }

    @Test
    void anIntensifierOfAnAnsweredStrongerStanceWordIsNoTone() throws Exception {
        List<String> flags = tone("拉夫罗夫指俄中关系处于前所未有的高水平。\n", "Мы находимся на беспрецедентном этапе развития наших отношений.\n",
                List.of(bead(List.of(0), List.of(0))));
        assertThat(flags).isEmpty();
    }

    @Test
    void theSameWordAloneIsStillATone() throws Exception {
        List<String> flags = tone("拉夫罗夫指俄中关系处于高水平。\n", "Мы находимся на беспрецедентном этапе развития наших отношений.\n",
                List.of(bead(List.of(0), List.of(0))));
        assertThat(flags).anyMatch(s -> s.contains("(high level)"));
    }

    @Test
    void whatIsOpposedIsAStanceOfItsOwnNextToAnAnsweredOppose() throws Exception {
        List<String> flags = tone("双方坚决反对单边主义。\n", "Стороны решительно выступают против санкций.\n", List.of(bead(List.of(0), List.of(0))));
        assertThat(flags).anyMatch(s -> s.contains("(unilateral)"));
    }
}
