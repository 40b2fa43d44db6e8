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

/** OMISSION flags on small hand-written zh/ru/en fixtures with the paragraph and sentence beads given. */
class OmissionCheckTest {
    private static Workbench wb;

    @BeforeAll
    static void load() {
        wb = new Workbench();
    }

    private static List<Flag> omissions(CompareResult r) {
        return r.flags().stream().filter(f -> f.kind() == Kind.OMISSION).toList();
    }

    private static Bead bead(List<Integer> a, List<Integer> b) {
        return new Bead(a, b, 1, 1);
    }

    private static CompareResult withLastAlone(String ru) throws Exception {
        Document zh = wb.importText("zh", "王毅会见拉夫罗夫，双方讨论了双边关系。\n");
        Document b = wb.importText("ru", ru);
        return wb.compare(zh, b, List.of(bead(List.of(0), List.of(0)), bead(List.of(), List.of(1))), List.of(), () -> false);
    }

    @Test
    void aLastParagraphCutOffMidWordThatNamesNothingIsOnlyNoted() throws Exception {
        CompareResult r = withLastAlone("Ван И встретился с Лавровым, стороны обсудили двусторонние отношения.\n\n"
                + "У нас нет никаких сомнений, что мы и впредь будем столь же успешно действоват");
        Flag f = omissions(r).get(0);
        assertThat(f.severity()).isEqualTo(Flag.Severity.INFO);
        assertThat(f.reason()).contains("the text is cut off here and what is left names nothing");
    }

    @Test
    void aCutOffLastParagraphThatAlreadyNamesSomethingIsStillAnOmission() throws Exception {
        CompareResult r = withLastAlone("Ван И встретился с Лавровым, стороны обсудили двусторонние отношения.\n\n"
                + "Недавно в ходе видеоконференции, которой предшествовал телефонный разговор, лидеры обсудили Украину и");
        assertThat(omissions(r).get(0).severity()).isEqualTo(Flag.Severity.MAJOR);
    }

    @Test
    void aCompleteLastParagraphIsStillAnOmission() throws Exception {
        CompareResult r = withLastAlone("Ван И встретился с Лавровым, стороны обсудили двусторонние отношения.\n\n"
                + "У нас нет никаких сомнений, что мы и впредь будем столь же успешно действовать.\n");
        assertThat(omissions(r).get(0).severity()).isEqualTo(Flag.Severity.MAJOR);
    }

    private static final String ZH = "王毅说，最近国际形势又出现不少新变化，但不变的是中俄的相互信任。双方要共同努力，将两国元首重要共识转化为合作成果。\n";
    private static final String EN = "The parties praised the current state of relations amid ongoing global turbulence. "
            + "They discussed progress in implementing the agreements reached by the two heads of state on practical cooperation.\n";

    @Test
    void aSentenceTheAlignerLinkedOnItsOwnIsARewordingNotAnOmission() throws Exception {
        Document zh = wb.importText("zh", ZH);
        Document en = wb.importText("en", EN);
        CompareResult r = wb.compare(zh, en, List.of(bead(List.of(0), List.of(0))),
                List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of(1))), () -> false);
        assertThat(omissions(r)).isEmpty();
    }

    @Test
    void aSentenceJoinedToItsNeighbourIsStillCheckedAlone() throws Exception {
        Document zh = wb.importText("zh", ZH);
        Document en = wb.importText("en", EN);
        CompareResult r = wb.compare(zh, en, List.of(bead(List.of(0), List.of(0))),
                List.of(bead(List.of(0, 1), List.of(1)), bead(List.of(), List.of(0))), () -> false);
        assertThat(omissions(r)).filteredOn(f -> f.side().equals("a")).extracting(Flag::textA)
                .containsExactly("王毅说，最近国际形势又出现不少新变化，但不变的是中俄的相互信任。");
    }

    private static CompareResult twoRows(String zh, String en) throws Exception {
        return wb.compare(wb.importText("zh", zh), wb.importText("en", en),
                List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of(1))), List.of(), () -> false);
    }

    @Test
    void twoParagraphsThatShareOnlyWhoMetWhomAndNameDifferentPeopleAreTwoOmissions() throws Exception {
        CompareResult r = twoRows("王毅会见拉夫罗夫，双方讨论了双边关系和国际问题。\n\n另悉，当地时间28日，王毅还在里约热内卢会见了印度外长苏杰生。\n",
                "Wang Yi met Sergey Lavrov, and the sides discussed bilateral relations and international issues.\n\n"
                        + "Foreign Minister Sergey Lavrov made opening remarks at the meeting with Foreign Minister Wang Yi on the sidelines of the Council.\n");
        assertThat(omissions(r)).anySatisfy(f -> {
            assertThat(f.side()).isEqualTo("a");
            assertThat(r.paragraphsA(f)).containsExactly(1);
            assertThat(f.severity()).isEqualTo(Flag.Severity.MAJOR);
        });
        assertThat(omissions(r)).anySatisfy(f -> assertThat(r.paragraphsB(f)).containsExactly(1));
        assertThat(r.summary().omittedA()).containsExactly(1);
        assertThat(r.flags()).extracting(Flag::reason).contains("Only the Chinese account mentions India (paragraph 1).");
    }

    @Test
    void twoParagraphsOnTheSameMeetingStayCounterparts() throws Exception {
        CompareResult r = twoRows("王毅会见拉夫罗夫，双方讨论了双边关系和国际问题。\n\n当地时间28日，王毅外长在里约热内卢会见了拉夫罗夫外长。\n",
                "Wang Yi met Sergey Lavrov, and the sides discussed bilateral relations and international issues.\n\n"
                        + "Foreign Minister Sergey Lavrov made opening remarks at the meeting with Foreign Minister Wang Yi on the sidelines of the Council.\n");
        assertThat(omissions(r)).isEmpty();
        assertThat(r.summary().omittedA()).isEmpty();
    }
}
