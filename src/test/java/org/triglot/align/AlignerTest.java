package org.triglot.align;

import org.junit.jupiter.api.Test;
import org.triglot.lexicon.Lexicon;
import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;
import org.triglot.model.Lang;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlignerTest {
    private static final List<String> ZH = List.of(
            "2025年4月28日，王毅在里约热内卢会见俄罗斯外长拉夫罗夫。",
            "王毅表示，中俄要加强在金砖国家框架内的协调配合。",
            "双方就乌克兰危机交换了看法。",
            "拉夫罗夫表示，俄方愿同中方共同庆祝伟大卫国战争胜利八十周年。");
    private static final List<String> EN = List.of(
            "On April 28, 2025, Wang Yi met Russian Foreign Minister Sergey Lavrov in Rio de Janeiro.",
            "Wang said China and Russia should strengthen coordination within the BRICS framework.",
            "The weather in Rio was sunny, and the delegations enjoyed a lunch of local dishes by the sea.",
            "The two sides exchanged views on the Ukraine crisis.",
            "Lavrov said Russia is ready to celebrate with China the 80th anniversary of victory in the Great Patriotic War.");
    private static final List<String> RU = List.of(
            "28 апреля 2025 года Ван И встретился в Рио-де-Жанейро с министром иностранных дел России Сергеем Лавровым.",
            "Ван И заявил, что Китай и Россия должны укреплять координацию в рамках БРИКС.",
            "Стороны обменялись мнениями по украинскому кризису.",
            "Лавров заявил, что Россия готова вместе с Китаем отметить 80-летие Победы в Великой Отечественной войне.");

    private final SequenceAligner aligner = new SequenceAligner(Lexicon.shared(), AlignParams.PARAGRAPHS);

    @Test
    void translatedParagraphsPairUpAndTheExtraParagraphStandsAlone() {
        List<Bead> beads = aligner.align(ZH, Lang.ZH, EN, Lang.EN);
        assertThat(beads).extracting(b -> b.a() + ":" + b.b())
                .containsExactly("[0]:[0]", "[1]:[1]", "[]:[2]", "[2]:[3]", "[3]:[4]");
        assertThat(beads.get(0).confidence()).isGreaterThan(beads.get(2).confidence());
    }

    /** The importer guesses headings from their shape, and the same title can be taken for one on one side only. */
    @Test
    void aTitleTakenForAHeadingOnOneSideOnlyStillPairsWithItsTranslationButIsNeverMerged() {
        List<String> zh = new ArrayList<>(List.of("王毅会见俄罗斯外长拉夫罗夫"));
        zh.addAll(ZH);
        List<String> en = new ArrayList<>(List.of("Wang Yi meets Russian Foreign Minister Lavrov"));
        en.addAll(EN);
        boolean[] hz = new boolean[zh.size()];
        boolean[] he = new boolean[en.size()];
        he[0] = true;
        List<Bead> beads = aligner.align(zh, hz, Lang.ZH, en, he, Lang.EN);
        assertThat(beads).extracting(b -> b.a() + ":" + b.b())
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[]:[3]", "[3]:[4]", "[4]:[5]");
        // Glued to the lead it would read as one paragraph: a heading is never part of a merged bead.
        List<String> zhLead = new ArrayList<>(zh);
        zhLead.set(0, zh.get(0) + zh.get(1));
        zhLead.remove(1);
        boolean[] hz2 = new boolean[zhLead.size()];
        assertThat(aligner.align(zhLead, hz2, Lang.ZH, en, he, Lang.EN)).extracting(b -> b.a() + ":" + b.b())
                .noneMatch(b -> b.endsWith("[0, 1]"));
    }

    @Test
    void twoAccountsThatOpenWithTitlesPairTheTitlesEvenWhenTheirWordsDiffer() {
        List<String> zh = new ArrayList<>(List.of("王毅晤拉夫罗夫"));
        zh.addAll(ZH);
        List<String> en = new ArrayList<>(List.of("Partners should stand together in a turbulent world, minister says"));
        en.addAll(EN);
        boolean[] hz = new boolean[zh.size()];
        boolean[] he = new boolean[en.size()];
        hz[0] = true;
        he[0] = true;
        assertThat(aligner.align(zh, hz, Lang.ZH, en, he, Lang.EN)).extracting(b -> b.a() + ":" + b.b())
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[]:[3]", "[3]:[4]", "[4]:[5]");
        // A title on one side only has no counterpart: it stays on its own row.
        boolean[] body = new boolean[en.size()];
        List<String> enBody = new ArrayList<>(en);
        enBody.set(0, "Rio de Janeiro, April 28.");
        assertThat(aligner.align(zh, hz, Lang.ZH, enBody, body, Lang.EN)).extracting(b -> b.a() + ":" + b.b())
                .startsWith("[0]:[]");
    }

    @Test
    void chineseAndRussianAlignThroughThePivotAndTheGlossary() {
        List<Bead> beads = aligner.align(ZH, Lang.ZH, RU, Lang.RU);
        assertThat(beads).extracting(b -> b.a() + ":" + b.b()).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]");
    }

    @Test
    void aLongChineseSentenceCoveringTwoEnglishOnesIsOneToTwo() {
        List<String> zh = List.of("王毅在里约热内卢会见拉夫罗夫。", "双方讨论了金砖国家合作，并就乌克兰危机交换了看法。", "会谈在信任的气氛中进行。");
        List<String> en = List.of("Wang Yi met Lavrov in Rio de Janeiro.", "The two sides discussed BRICS cooperation.",
                "They also exchanged views on the Ukraine crisis.", "The talks were held in an atmosphere of trust.");
        assertThat(sentenceBeads(AlignParams.SENTENCES, zh, Lang.ZH, en, Lang.EN)).containsExactly("[0]:[0]", "[1]:[1, 2]", "[2]:[3]");
    }

    /** The Russian version dropped the third sentence; its one shared word (猪圈 / свинарник) is the second sentence's too. */
    @Test
    void aSentenceThatAddsNothingOfItsOwnToAMergeStandsAlone() {
        List<String> zh = List.of("袁某的表兄说，他周四晚上去猪圈喂猪。",
                "第二天早晨，其表兄发现其已死亡，而且发现附近的猪圈的门是开着的。",
                "他说，在那个猪圈里有一头大公猪，嘴里有血。",
                "警方正在调查此事。");
        List<String> ru = List.of("Двоюродный брат Юаня рассказал, что в четверг вечером он пошёл кормить свиней в свинарник.",
                "На следующее утро двоюродный брат обнаружил его мёртвым, а дверь соседнего свинарника была открыта.",
                "Полиция расследует этот случай.");
        assertThat(sentenceBeads(AlignParams.SENTENCES, zh, Lang.ZH, ru, Lang.RU)).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]");
        assertThat(sentenceBeads(AlignParams.SENTENCES.withExclusive(0, 0.5, 0.1), zh, Lang.ZH, ru, Lang.RU)).contains("[1, 2]:[1]");
    }

    /** A clause split off by the translator has no dictionary match either, but without it the English side is too short. */
    @Test
    void aSplitClauseWithoutMatchesStaysInItsMergeWhenTheLengthsNeedIt() {
        List<String> zh = List.of("沙瑞山说着，在另外两台终端上快速操作起来。", "天亮了起来，他走累了，在一条长椅上坐下来。", "他闭上了眼睛。");
        List<String> en = List.of("Sha Ruishan went to the other two terminals and typed rapidly.", "The sky brightened.",
                "He was tired, so he sat down on a bench.", "He closed his eyes.");
        assertThat(sentenceBeads(AlignParams.SENTENCES, zh, Lang.ZH, en, Lang.EN)).containsExactly("[0]:[0]", "[1]:[1, 2]", "[2]:[3]");
    }

    /** Sentence beads as "[a ids]:[b ids]", aligned with these parameters. */
    private static List<String> sentenceBeads(AlignParams params, List<String> a, Lang langA, List<String> b, Lang langB) {
        return new SequenceAligner(Lexicon.shared(), params).align(a, langA, b, langB).stream()
                .map(x -> x.a() + ":" + x.b()).toList();
    }

    @Test
    void longInputsUseTheBandAndStillCoverEveryUnitOnce() {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int k = 0; k < 600; k++) {
            zh.add(ZH.get(k % ZH.size()));
            int z = k % ZH.size();
            en.add(EN.get(z < 2 ? z : z + 1)); // EN has an extra paragraph at 2; pair each ZH with its translation
        }
        var pair = new org.triglot.lexicon.UnitAnalyzer(Lexicon.shared()).analyse(zh, Lang.ZH, en, Lang.EN);
        List<Bead> beads = new BandedAligner(AlignParams.SENTENCES).align(pair.a(), pair.b());
        assertThat((long) (zh.size() + 1) * (en.size() + 1)).isGreaterThan(BandedAligner.FULL_GRID_CELLS);
        assertThat(beads).filteredOn(b -> b.a().size() == 1 && b.b().size() == 1).hasSizeGreaterThan(550);
        assertThat(beads.stream().mapToInt(b -> b.a().size()).sum()).isEqualTo(zh.size());
        assertThat(beads.stream().mapToInt(b -> b.b().size()).sum()).isEqualTo(en.size());
    }

    @Test
    void cuttingTranslationsToKeysTheOtherSideOwnsChangesNoBead() {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            zh.add(ZH.get(k % ZH.size()));
            en.add(EN.get((k * 7) % EN.size())); // not a translation: many weak, partial matches to score
        }
        var pair = new org.triglot.lexicon.UnitAnalyzer(Lexicon.shared()).analyse(zh, Lang.ZH, en, Lang.EN);
        java.util.function.ToIntFunction<List<org.triglot.lexicon.Unit>> keys = units -> units.stream()
                .flatMap(u -> u.words().stream()).mapToInt(w -> w.translations().length).sum();
        assertThat(keys.applyAsInt(Matchable.against(pair.a(), pair.b()))).isLessThan(keys.applyAsInt(pair.a()) / 2);
        BandedAligner banded = new BandedAligner(AlignParams.SENTENCES);
        List<Bead> cut = banded.align(pair.a(), pair.b());
        List<Bead> whole = banded.alignMatchable(pair.a(), pair.b());
        assertThat(cut).isEqualTo(whole);
        assertThat(cut).anyMatch(b -> b.similarity() > 0 && b.similarity() < 1);
    }

    @Test
    void coarseUnitsKeepOneWordPerTranslationSetAndScoreAsTheirWordsConcatenated() {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            zh.add(ZH.get(k % ZH.size()));
            en.add(EN.get((k * 3) % EN.size()));
        }
        var pair = new org.triglot.lexicon.UnitAnalyzer(Lexicon.shared()).analyse(zh, Lang.ZH, en, Lang.EN);
        List<org.triglot.lexicon.Unit> a = Matchable.against(pair.a(), pair.b());
        List<org.triglot.lexicon.Unit> b = Matchable.against(pair.b(), pair.a());
        List<org.triglot.lexicon.Unit> ca = BandedAligner.coarsen(a, 4);
        List<org.triglot.lexicon.Unit> cb = BandedAligner.coarsen(b, 4);
        assertThat(ca.get(0).words().size()).isLessThan(a.get(0).words().size() + a.get(1).words().size()
                + a.get(2).words().size() + a.get(3).words().size());
        BeadCosts merged = new BeadCosts(new Side(ca), new Side(cb), Band.full(ca.size(), cb.size()), 4);
        BeadCosts plain = new BeadCosts(new Side(concatenated(a)), new Side(concatenated(b)), Band.full(ca.size(), cb.size()), 4);
        for (int i = 0; i < ca.size(); i++) {
            for (int j = 0; j < cb.size(); j++) {
                for (int[] t : new int[][]{{1, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 4}}) {
                    if (i + t[0] <= ca.size() && j + t[1] <= cb.size()) {
                        assertThat(merged.similarity(i, i + t[0], j, j + t[1]))
                                .isCloseTo(plain.similarity(i, i + t[0], j, j + t[1]), org.assertj.core.data.Offset.offset(1e-9));
                        assertThat(merged.minUnitCoverage).isCloseTo(plain.minUnitCoverage, org.assertj.core.data.Offset.offset(1e-9));
                    }
                }
            }
        }
    }

    /** Groups of four units with all their words, duplicates kept (coarsening by four without merging words). */
    private static List<org.triglot.lexicon.Unit> concatenated(List<org.triglot.lexicon.Unit> units) {
        List<org.triglot.lexicon.Unit> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i += 4) {
            List<org.triglot.lexicon.Word> words = new ArrayList<>();
            java.util.TreeSet<Integer> keys = new java.util.TreeSet<>();
            int length = 0;
            for (int k = i; k < Math.min(units.size(), i + 4); k++) {
                words.addAll(units.get(k).words());
                java.util.Arrays.stream(units.get(k).ownKeys()).forEach(keys::add);
                length += units.get(k).length();
            }
            out.add(new org.triglot.lexicon.Unit(out.size(), "", units.get(i).lang(), words,
                    keys.stream().mapToInt(Integer::intValue).toArray(), length));
        }
        return out;
    }

    @Test
    void threeVersionsReconcileIntoRowsWithEmptyCells() {
        List<Bead> ab = aligner.align(ZH, Lang.ZH, EN, Lang.EN);
        List<Bead> ac = aligner.align(ZH, Lang.ZH, RU, Lang.RU);
        List<Bead> bc = aligner.align(EN, Lang.EN, RU, Lang.RU);
        List<AlignedRow> rows = ThreeWayReconciler.reconcile(ab, ac, bc);
        assertThat(rows).extracting(r -> r.cells().toString())
                .containsExactly("[[0], [0], [0]]", "[[1], [1], [1]]", "[[], [2], []]", "[[2], [3], [2]]", "[[3], [4], [3]]");
        assertThat(rows).noneMatch(AlignedRow::uncertain);
    }
}
