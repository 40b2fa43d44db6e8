package org.triglot.align;

import org.junit.jupiter.api.Test;
import org.triglot.lexicon.Lexicon;
import org.triglot.lexicon.UnitAnalyzer;
import org.triglot.model.Bead;
import org.triglot.model.Lang;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnitEvidenceTest {
    /** A close translation, sentence by sentence: nearly every sentence is well covered by its translation. */
    private static final String[][] PAIRS = {
            {"王毅会见了俄罗斯外长拉夫罗夫。", "Wang Yi met Russian Foreign Minister Lavrov."},
            {"双方就乌克兰危机交换了看法。", "The two sides exchanged views on the Ukraine crisis."},
            {"中方愿同俄方加强战略协作。", "China is willing to strengthen strategic coordination with Russia."},
            {"两国贸易额去年增长了百分之二十。", "Trade between the two countries grew by twenty percent last year."},
            {"会谈在友好的气氛中进行。", "The talks were held in a friendly atmosphere."},
            {"双方签署了能源合作协议。", "The two sides signed an agreement on energy cooperation."},
            {"王毅表示，金砖国家应当团结合作。", "Wang Yi said that the BRICS countries should unite and cooperate."},
            {"拉夫罗夫感谢中方的热情接待。", "Lavrov thanked the Chinese side for its warm hospitality."},
            {"两国外长还讨论了朝鲜半岛局势。", "The two foreign ministers also discussed the situation on the Korean Peninsula."},
            {"明年是两国建交七十五周年。", "Next year marks the seventy-fifth anniversary of diplomatic relations between the two countries."},
    };
    /** Only in the Chinese version, after PAIRS[2]; it shares 俄方 (Russia) with that sentence's translation. */
    private static final String UNTRANSLATED = "俄方对此高度赞赏。";

    private static List<List<String>> fixture() {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (int k = 0; k < PAIRS.length; k++) {
                zh.add(PAIRS[k][0]);
                en.add(PAIRS[k][1]);
                if (round == 2 && k == 2) {
                    zh.add(UNTRANSLATED);
                }
            }
        }
        return List.of(zh, en);
    }

    private static List<String> beadsOf(AlignParams params) {
        List<List<String>> f = fixture();
        return new SequenceAligner(Lexicon.shared(), params).align(f.get(0), Lang.ZH, f.get(1), Lang.EN).stream()
                .map(b -> b.a() + ":" + b.b()).toList();
    }

    @Test
    void inACloseTranslationASentenceWithoutCounterpartStandsAloneInsteadOfJoiningItsNeighboursLink() {
        int extra = 2 * PAIRS.length + 3;
        assertThat(beadsOf(AlignParams.SENTENCES)).contains("[" + extra + "]:[]", "[" + (extra - 1) + "]:[" + (extra - 1) + "]");
        // The fixed orphan threshold alone lets the partly covered sentence hide in a 2:1 bead (see also AlignerTest).
        assertThat(beadsOf(AlignParams.SENTENCES.withEvidence(0).withExclusive(0, 0.5, 0.1))).contains("[" + (extra - 1) + ", " + extra + "]:[" + (extra - 1) + "]");
    }

    @Test
    void uncoveredUnitsCostMoreThanWellCoveredOnesAndShortInputsLearnNothing() {
        List<List<String>> f = fixture();
        UnitAnalyzer.Pair pair = new UnitAnalyzer(Lexicon.shared()).analyse(f.get(0), Lang.ZH, f.get(1), Lang.EN);
        List<Bead> first = new BandedAligner(AlignParams.SENTENCES).align(pair.a(), pair.b());
        double[] cost = UnitEvidence.calibrate(pair.a(), pair.b(), first, 1);
        assertThat(cost[UnitEvidence.bin(0)]).isGreaterThan(1);
        assertThat(cost[UnitEvidence.bin(0.7)]).isZero();
        assertThat(UnitEvidence.calibrate(pair.a(), pair.b(), List.of(new Bead(List.of(0), List.of(), 0, 1)), 1)).isNull();
    }
}
