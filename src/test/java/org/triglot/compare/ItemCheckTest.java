package org.triglot.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triglot.app.Workbench;
import org.triglot.model.Bead;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Flag.Kind;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ENTITY and TERM flags on small hand-written zh/ru/en fixtures, paragraphs aligned one to one. */
class ItemCheckTest {
    private static Workbench wb;

    @BeforeAll
    static void load() {
        wb = new Workbench();
    }

    static CompareResult oneToOne(String a, String b) throws Exception {
        Document da = wb.importText("a", a);
        Document db = wb.importText("b", b);
        List<Bead> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(da.paragraphs().size(), db.paragraphs().size()); i++) {
            rows.add(new Bead(List.of(i), List.of(i), 1, 1));
        }
        return wb.compare(da, db, rows, List.of(), () -> false);
    }

    static List<Flag> flags(CompareResult r, Kind kind) {
        return r.flags().stream().filter(f -> f.kind() == kind && f.severity() != Flag.Severity.INFO).toList();
    }

    @Test
    void anEventIsNotNamedByTheCountryInItsName() throws Exception {
        CompareResult r = oneToOne("中方高度评价中国人民抗日战争的历史意义。\n",
                "China highly values the historical significance of these events.\n");
        assertThat(flags(r, Kind.TERM)).extracting(Flag::reason)
                .anyMatch(s -> s.startsWith("Only the Chinese account mentions Chinese People's War of Resistance against Japanese Aggression"));
    }

    @Test
    void aDocumentIsNotNamedByTheOrganisationInItsName() throws Exception {
        CompareResult r = oneToOne("双方同意共同维护联合国宪章。\n", "Стороны договорились совместно укреплять роль ООН.\n");
        Flag charter = flags(r, Kind.TERM).stream().filter(f -> f.reason().contains("UN Charter")).findFirst().orElseThrow();
        assertThat(charter.side()).isEqualTo("a");
        assertThat(charter.spansA().get(0).of(r.a().text())).isEqualTo("联合国宪章");
        // the UN itself is named on both sides
        assertThat(flags(r, Kind.ENTITY)).isEmpty();
    }

    @Test
    void aCrisisNamedAfterACountryIsNamedByTheCountry() throws Exception {
        CompareResult r = oneToOne("双方讨论了乌克兰危机。\n", "The sides discussed the situation in Ukraine.\n");
        assertThat(flags(r, Kind.ENTITY)).isEmpty();
        assertThat(flags(r, Kind.TERM)).extracting(Flag::reason).noneMatch(s -> s.contains("Ukraine"));
    }

    @Test
    void aThingOnlyOneVersionNamesInSeveralParagraphsIsOneFlag() throws Exception {
        CompareResult r = oneToOne("双方讨论了伊朗局势。\n\n王毅表示，中方愿同俄方就伊朗问题保持沟通。\n\n双方同意加强合作。\n",
                "Стороны обсудили ядерную проблему.\n\nВан И заявил, что Китай готов поддерживать контакты с Россией.\n\nСтороны договорились укреплять сотрудничество.\n");
        List<Flag> iran = flags(r, Kind.ENTITY).stream().filter(f -> f.reason().contains("Iran")).toList();
        assertThat(iran).hasSize(1);
        assertThat(iran.get(0).reason()).isEqualTo("Only the Chinese account mentions Iran (paragraphs 0 and 1).");
        assertThat(r.summary().onlyA()).containsOnlyOnce("Iran");
    }

    @Test
    void aTermAndItsLongerFormInOneParagraphAreOneFlagWithBothSpans() throws Exception {
        CompareResult r = oneToOne("拉夫罗夫表示俄方愿开展和平谈判。王毅阐述了中方劝和促谈的立场。\n",
                "Lavrov and Wang Yi discussed bilateral relations and the international situation.\n");
        List<Flag> talks = flags(r, Kind.TERM).stream().filter(f -> f.reason().contains("peace talks")).toList();
        assertThat(talks).hasSize(1);
        assertThat(talks.get(0).reason()).contains("; also \u201c劝和促谈\u201d (promoting peace talks)");
        assertThat(talks.get(0).spansA()).extracting(s -> s.of(r.a().text())).containsExactly("和平谈判", "劝和促谈");
    }

    @Test
    void thePeninsulaIsATermNotTheCountryWhoseNameItBegins() throws Exception {
        CompareResult r = oneToOne("两人亦讨论了朝鲜半岛等问题。\n", "Они также обсудили ряд международных вопросов.\n");
        assertThat(flags(r, Kind.TERM)).extracting(Flag::reason).containsExactly("Only the Chinese account mentions Korean Peninsula issue (paragraph 0).");
        assertThat(flags(r, Kind.ENTITY)).isEmpty();
    }

    private static CompareResult secondParagraphAlone(String a, String b) throws Exception {
        Document da = wb.importText("a", a);
        Document db = wb.importText("b", b);
        List<Bead> rows = List.of(new Bead(List.of(0), List.of(0), 1, 1), new Bead(List.of(1), List.of(), 0, 1));
        return wb.compare(da, db, rows, List.of(), () -> false);
    }

    @Test
    void theFormulasOfAMeetingWithAThirdCountryTheOtherVersionNeverNamesAreOnlyNoted() throws Exception {
        CompareResult r = secondParagraphAlone("王毅会见拉夫罗夫，双方讨论了合作。\n\n王毅还会见了印度外长苏杰生，双方同意增进互信，妥善处理分歧。\n",
                "Ван И встретился с Лавровым, стороны обсудили сотрудничество.\n");
        assertThat(flags(r, Kind.ENTITY)).extracting(Flag::reason).contains("Only the Chinese account mentions India (paragraph 1).");
        Flag trust = r.flags().stream().filter(f -> f.kind() == Kind.TERM && f.reason().contains("mutual trust")).findFirst().orElseThrow();
        assertThat(trust.severity()).isEqualTo(Flag.Severity.INFO);
        assertThat(trust.reason()).contains("on the meeting with Subrahmanyam Jaishankar, whom the Russian account never names");
    }

    @Test
    void theFormulasOfAParagraphOnTheTwoSidesAreStillDifferences() throws Exception {
        CompareResult r = secondParagraphAlone("王毅会见拉夫罗夫，双方讨论了合作。\n\n拉夫罗夫表示，俄方愿同中方增进互信，妥善处理分歧。\n",
                "Ван И встретился с Лавровым, стороны обсудили сотрудничество.\n");
        assertThat(flags(r, Kind.TERM)).extracting(Flag::reason).contains("Only the Chinese account mentions mutual trust (paragraph 1).");
    }

    @Test
    void twoUnmatchedNamesOfOneRowThatSoundAlikeAreOneName() throws Exception {
        CompareResult r = oneToOne("The ministers noted the anniversary of the victory in Europe and discussed security.\n",
                "Министры отметили годовщину победы в Европе и обсудили безопасность.\n");
        assertThat(flags(r, Kind.ENTITY)).isEmpty();
    }

    @Test
    void twoUnmatchedNamesThatSoundDifferentStayTwoNames() throws Exception {
        CompareResult r = oneToOne("The ministers noted the anniversary of the victory in Europe and discussed security.\n",
                "Министры отметили годовщину победы в Маньчжурии и обсудили безопасность.\n");
        assertThat(flags(r, Kind.ENTITY)).extracting(Flag::reason).contains("Only the English account mentions Europe (paragraph 0).");
    }
}
