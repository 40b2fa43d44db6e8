package org.triglot.lexicon;

import org.junit.jupiter.api.Test;
import org.triglot.model.Lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class UnitAnalyzerTest {
    // Repeated forms (Wang, Lavrov, met, 会见, встретился), names, numbers and glossary terms, so the cache is hit.
    private static final List<String> ZH = List.of(
            "2025年4月28日，王毅在里约热内卢会见俄罗斯外长拉夫罗夫。",
            "王毅表示，中俄要加强在金砖国家框架内的协调配合。",
            "拉夫罗夫表示，俄方愿同中方共同庆祝伟大卫国战争胜利八十周年。",
            "王毅会见拉夫罗夫时说，双方就乌克兰危机交换了看法。",
            "演员高斯林也来到了里约热内卢，高斯林说他很高兴。");
    private static final List<String> EN = List.of(
            "On April 28, 2025, Wang Yi met Russian Foreign Minister Sergey Lavrov in Rio de Janeiro.",
            "Wang said China and Russia should strengthen coordination within the BRICS framework.",
            "Lavrov said Russia is ready to celebrate with China the 80th anniversary of victory in the Great Patriotic War.",
            "When Wang met Lavrov, the two sides exchanged views on the Ukraine crisis; Wang's views were clear.",
            "The actor Gosling also came to Rio de Janeiro, and Gosling said he was glad.");
    private static final List<String> RU = List.of(
            "28 апреля 2025 года Ван И встретился в Рио-де-Жанейро с министром иностранных дел России Сергеем Лавровым.",
            "Ван И заявил, что Китай и Россия должны укреплять координацию в рамках БРИКС.",
            "Лавров заявил, что Россия готова вместе с Китаем отметить 80-летие Победы в Великой Отечественной войне.",
            "Когда Ван И встретился с Лавровым, стороны обменялись мнениями по украинскому кризису.",
            "Актёр Гослинг тоже приехал в Рио-де-Жанейро, и Гослинг сказал, что рад.");

    private final Lexicon lexicon = Lexicon.shared();

    @Test
    void theFormCacheGivesTheSameUnitsAsAnalysingEveryOccurrence() {
        for (List<Object> pair : List.of(List.<Object>of(ZH, Lang.ZH, EN, Lang.EN), List.<Object>of(RU, Lang.RU, EN, Lang.EN),
                List.<Object>of(ZH, Lang.ZH, RU, Lang.RU), List.<Object>of(EN, Lang.EN, EN, Lang.EN))) {
            @SuppressWarnings("unchecked") List<String> a = (List<String>) pair.get(0);
            @SuppressWarnings("unchecked") List<String> b = (List<String>) pair.get(2);
            UnitAnalyzer.Pair cached = new UnitAnalyzer(lexicon, true).analyse(a, (Lang) pair.get(1), b, (Lang) pair.get(3));
            UnitAnalyzer.Pair plain = new UnitAnalyzer(lexicon, false).analyse(a, (Lang) pair.get(1), b, (Lang) pair.get(3));
            assertThat(describe(cached.a(), cached.keys())).isEqualTo(describe(plain.a(), plain.keys()));
            assertThat(describe(cached.b(), cached.keys())).isEqualTo(describe(plain.b(), plain.keys()));
            assertThat(describe(cached.b(), cached.keys())).anyMatch(line -> line.contains(" NAME "));
        }
    }

    @Test
    void keyIdsAreTheSameOnEveryRun() {
        UnitAnalyzer.Pair first = new UnitAnalyzer(lexicon).analyse(ZH, Lang.ZH, EN, Lang.EN);
        for (int run = 0; run < 5; run++) {
            UnitAnalyzer.Pair again = new UnitAnalyzer(lexicon).analyse(ZH, Lang.ZH, EN, Lang.EN);
            assertThat(ids(again.a())).isEqualTo(ids(first.a()));
            assertThat(ids(again.b())).isEqualTo(ids(first.b()));
        }
    }

    /** NTREX: 议员(AM) and 有些 AM against "some AMs" and "the AMs' group": the bare acronym and its English plural. */
    @Test
    void anAcronymsEnglishPluralSharesAKeyWithTheBareAcronym() {
        UnitAnalyzer.Pair pair = new UnitAnalyzer(lexicon).analyse(List.of("这让有些 AM 惊愕不已。"), Lang.ZH,
                List.of("It dismayed some AMs, and the AMs' group said so; Ams is no acronym."), Lang.EN);
        TreeSet<String> zh = new TreeSet<>();
        for (Word w : pair.a().get(0).words()) {
            if (w.surface().equals("AM")) {
                zh.addAll(names(w.own(), pair.keys()));
            }
        }
        assertThat(zh).contains("lat:am");
        int plurals = 0;
        for (Word w : pair.b().get(0).words()) {
            TreeSet<String> tr = names(w.translations(), pair.keys());
            if (w.surface().startsWith("AMs")) {
                plurals++;
                assertThat(tr).as(w.surface()).contains("lat:am");
            } else {
                assertThat(tr).as(w.surface()).doesNotContain("lat:am");
            }
        }
        assertThat(plurals).isEqualTo(2);
    }

    /** Each word as a line of text, its keys by name (ids depend on interning order, names do not). */
    private static List<String> describe(List<Unit> units, KeySpace keys) {
        List<String> out = new ArrayList<>();
        for (Unit u : units) {
            out.add(u.index() + " " + u.length() + " " + names(u.ownKeys(), keys));
            for (Word w : u.words()) {
                out.add("  " + w.span() + " " + w.surface() + " " + w.norm() + " " + w.kind() + " " + w.weight() + " "
                        + w.detail() + " own=" + names(w.own(), keys) + " tr=" + names(w.translations(), keys));
            }
        }
        return out;
    }

    private static TreeSet<String> names(int[] ids, KeySpace keys) {
        TreeSet<String> out = new TreeSet<>();
        for (int k : ids) {
            out.add(keys.name(k));
        }
        return out;
    }

    private static List<String> ids(List<Unit> units) {
        List<String> out = new ArrayList<>();
        for (Unit u : units) {
            out.add(Arrays.toString(u.ownKeys()));
            for (Word w : u.words()) {
                out.add(Arrays.toString(w.own()) + Arrays.toString(w.translations()));
            }
        }
        return out;
    }
}
