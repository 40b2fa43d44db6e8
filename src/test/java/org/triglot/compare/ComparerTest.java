package org.triglot.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triglot.app.Workbench;
import org.triglot.model.Bead;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Flag.Kind;
import org.triglot.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The compare step on small zh/ru/en fixtures of one imaginary meeting (fixtures/compare). */
class ComparerTest {
    private static Workbench wb;

    @BeforeAll
    static void load() {
        wb = new Workbench();
    }

    static Document doc(String name) throws Exception {
        try (InputStream in = ComparerTest.class.getResourceAsStream("/fixtures/compare/" + name)) {
            return wb.importText(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Document text(String name, String text) throws Exception {
        return wb.importText(name, text);
    }

    private static List<Flag> flags(CompareResult r, Kind kind) {
        return r.flags().stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void aParagraphOnlyOneSideHasIsAnOmissionAndItsCountryIsNamedOneSideOnly() throws Exception {
        CompareResult r = wb.compare(doc("zh.txt"), doc("en.txt"), () -> false);
        Flag omission = flags(r, Kind.OMISSION).stream().filter(f -> f.severity() == Flag.Severity.MAJOR).findFirst().orElseThrow();
        assertThat(omission.side()).isEqualTo("a");
        assertThat(r.paragraphsA(omission)).containsExactly(2);
        assertThat(r.paragraphsB(omission)).isEmpty();
        Flag ukraine = flags(r, Kind.ENTITY).stream().filter(f -> f.reason().contains("Ukraine")).findFirst().orElseThrow();
        assertThat(ukraine.reason()).startsWith("Only the Chinese account mentions Ukraine");
        assertThat(ukraine.severity()).isEqualTo(Flag.Severity.MAJOR);
        // spans point into the document text at the very words
        Span s = ukraine.spansA().get(0);
        assertThat(s.of(r.a().text())).isEqualTo(ukraine.textA()).contains("乌克兰");
        assertThat(r.summary().onlyA()).contains("Ukraine");
        assertThat(r.summary().omittedA()).containsExactly(2);
    }

    @Test
    void differentAnniversariesAreOneNumberFlagWithBothSpans() throws Exception {
        for (String[] pair : new String[][]{{"zh.txt", "en.txt"}, {"ru.txt", "en.txt"}}) {
            CompareResult r = wb.compare(doc(pair[0]), doc(pair[1]), () -> false);
            List<Flag> numbers = flags(r, Kind.NUMBER);
            assertThat(numbers).as(pair[0]).hasSize(1);
            Flag n = numbers.get(0);
            assertThat(n.side()).isEqualTo("both");
            assertThat(n.textA()).contains("75");
            assertThat(n.textB()).contains("80th anniversary");
            assertThat(n.spansB().get(0).of(r.b().text())).isEqualTo(n.textB());
        }
    }

    @Test
    void theSameAnniversaryInChineseAndRussianIsNoFlag() throws Exception {
        CompareResult r = wb.compare(doc("zh.txt"), doc("ru.txt"), () -> false);
        assertThat(flags(r, Kind.NUMBER)).isEmpty();
    }

    @Test
    void speakersAreComparedAcrossLanguages() throws Exception {
        CompareResult zhEn = wb.compare(doc("zh.txt"), doc("en.txt"), () -> false);
        Flag f = flags(zhEn, Kind.ATTRIBUTION).get(0);
        assertThat(f.reason()).isEqualTo("The Chinese account attributes this to Wang Yi, the English account to Sergey Lavrov.");
        assertThat(f.severity()).isEqualTo(Flag.Severity.MAJOR);
        assertThat(f.spansA().get(0).of(zhEn.a().text())).isEqualTo("王毅");
        assertThat(f.spansB().get(0).of(zhEn.b().text())).isEqualTo("Lavrov");
        // 王毅表示 and "Ван И заявил" are the same speaker; 双方 and "Стороны отметили" both sides
        CompareResult zhRu = wb.compare(doc("zh.txt"), doc("ru.txt"), () -> false);
        assertThat(flags(zhRu, Kind.ATTRIBUTION)).isEmpty();
    }

    @Test
    void aStanceWordOnlyOneSideUsesIsATone() throws Exception {
        CompareResult r = wb.compare(doc("zh.txt"), doc("ru.txt"), () -> false);
        List<Flag> tone = flags(r, Kind.TONE);
        assertThat(tone).extracting(Flag::textA).contains("坚决");
        // 反对 and "выступает против" say the same
        assertThat(tone).extracting(Flag::reason).noneMatch(s -> s.contains("(oppose)"));
    }

    @Test
    void twoEnglishVersionsGetAWordLevelDiff() throws Exception {
        CompareResult r = wb.compare(doc("en2.txt"), doc("en.txt"), () -> false);
        List<Flag> wording = flags(r, Kind.WORDING);
        assertThat(wording).isNotEmpty();
        assertThat(wording).anySatisfy(f -> {
            assertThat(f.textA()).isEqualTo("Wang");
            assertThat(f.textB()).isEqualTo("Lavrov");
            assertThat(f.spansA().get(0).of(r.a().text())).isEqualTo("Wang");
        });
        assertThat(wording).allSatisfy(f -> assertThat(f.row()).isEqualTo(1));
    }

    @Test
    void identicalVersionsHaveNoFlags() throws Exception {
        CompareResult r = wb.compare(doc("en.txt"), doc("en.txt"), () -> false);
        assertThat(r.flags()).isEmpty();
        assertThat(r.divergence()).allSatisfy(d -> assertThat(d).isLessThan(0.05));
        assertThat(r.summary().divergence()).isLessThan(0.05);
    }

    @Test
    void translationsOfTheSameParagraphAreNotFlagged() throws Exception {
        Document zh = text("zh", "王毅会见拉夫罗夫。\n\n双方同意加强在联合国和上海合作组织的协调。\n");
        Document ru = text("ru", "Ван И встретился с Лавровым.\n\nСтороны договорились укреплять координацию в ООН и ШОС.\n");
        CompareResult r = wb.compare(zh, ru, () -> false);
        assertThat(r.flags()).filteredOn(f -> f.severity() != Flag.Severity.INFO).isEmpty();
    }

    @Test
    void anEntityTheOtherSideNamesElsewhereIsOnlyNotedForThisParagraph() throws Exception {
        Document a = text("a", "The ministers met in Moscow.\n\nThey discussed cooperation with Brazil and India in BRICS.\n\nThey also spoke about trade.\n");
        Document b = text("b", "The ministers met in Moscow.\n\nThey discussed cooperation within BRICS.\n\nThey also spoke about trade with Brazil.\n");
        List<Bead> rows = List.of(new Bead(List.of(0), List.of(0), 1, 1), new Bead(List.of(1), List.of(1), 1, 1),
                new Bead(List.of(2), List.of(2), 1, 1));
        CompareResult r = wb.compare(a, b, rows, List.of(), () -> false);
        List<Flag> entity = flags(r, Kind.ENTITY);
        assertThat(entity).anySatisfy(f -> {
            assertThat(f.reason()).contains("Brazil in this paragraph (1)").contains("only elsewhere (paragraph 2)");
            assertThat(f.severity()).isEqualTo(Flag.Severity.INFO);
        });
        assertThat(entity).anySatisfy(f -> assertThat(f.reason()).startsWith("Only the first (a) account mentions India (paragraph 1)"));
    }

    @Test
    void aMuchLongerCounterpartIsALengthFlag() throws Exception {
        Document zh = text("zh", "王毅会见拉夫罗夫。\n\n双方交换了意见。\n");
        Document en = text("en", "Wang Yi met Sergey Lavrov.\n\nThe two sides exchanged views on bilateral relations, on the preparations for the summit, "
                + "on cooperation in trade, energy, finance, culture and education, on the situation in the Middle East and in Europe, and on "
                + "coordination in the United Nations, the SCO and BRICS, and agreed to meet again soon.\n");
        List<Bead> rows = List.of(new Bead(List.of(0), List.of(0), 1, 1), new Bead(List.of(1), List.of(1), 1, 1));
        CompareResult r = wb.compare(zh, en, rows, List.of(), () -> false);
        Flag len = flags(r, Kind.LENGTH).get(0);
        assertThat(len.side()).isEqualTo("b");
        assertThat(len.reason()).startsWith("The English paragraph 1 is").contains("times as long as its Chinese counterpart");
    }

    @Test
    void cancellingStopsTheComparison() throws Exception {
        Document a = doc("zh.txt");
        Document b = doc("en.txt");
        List<Bead> rows = List.of(new Bead(List.of(0), List.of(0), 1, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wb.compare(a, b, rows, List.of(), () -> true))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    @Test
    void aStancePhraseTheGlossaryKnowsInOneLanguageOnlyIsStillMatched() throws Exception {
        Document zh = text("zh", "拉夫罗夫重申俄方愿不设前提同乌方开展和平谈判。\n");
        Document en = text("en", "Lavrov reaffirmed that Russia is ready for peace talks with Ukraine without preconditions.\n");
        CompareResult r = wb.compare(zh, en, List.of(new Bead(List.of(0), List.of(0), 1, 1)), List.of(), () -> false);
        assertThat(r.flags()).extracting(Flag::reason).noneMatch(s -> s.contains("precondition"));
    }

    @Test
    void datesAgreeOnTheFieldsBothGive() {
        assertThat(CompareTexts.datesCompatible("date:---28", "date:--04-28")).isTrue();
        assertThat(CompareTexts.datesCompatible("date:2025-04-28", "date:--04-28")).isTrue();
        assertThat(CompareTexts.datesCompatible("date:--05-28", "date:--04-28")).isFalse();
        assertThat(CompareTexts.datesCompatible("date:---27", "date:--04-28")).isFalse();
    }

    static String read(String name) throws IOException {
        try (InputStream in = ComparerTest.class.getResourceAsStream("/fixtures/compare/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
