package org.triglot.align;

import org.junit.jupiter.api.Test;
import org.triglot.eval.GoldSets;
import org.triglot.eval.ParallelCorpus;
import org.triglot.eval.Perturbation;
import org.triglot.lexicon.Lexicon;
import org.triglot.model.Bead;
import org.triglot.model.Lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Guards against large regressions of alignment quality on real data (the full figures come from
 * {@code triglot measure-align}); skipped where ../shared is absent.
 */
class GoldRegressionTest {
    private static final Path DATA = GoldSets.defaultDataDir();

    @Test
    void perturbedFloresChineseEnglishStaysAboveNinetyFivePercent() throws Exception {
        assumeTrue(GoldSets.available(DATA), "../shared/data/gold is not here");
        ParallelCorpus flores = GoldSets.flores(DATA);
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<List<List<Integer>>> gold = new ArrayList<>();
        List<ParallelCorpus.Doc> docs = flores.documents().subList(0, 80);
        for (int d = 0; d < docs.size(); d++) {
            Perturbation.Case c = Perturbation.perturb(flores.lines(Lang.ZH, docs.get(d)), flores.lines(Lang.EN, docs.get(d)), 7 + d, "", " ");
            int oa = a.size();
            int ob = b.size();
            c.gold().forEach(g -> gold.add(List.of(g.get(0).stream().map(x -> x + oa).toList(), g.get(1).stream().map(x -> x + ob).toList())));
            a.addAll(c.a());
            b.addAll(c.b());
        }
        List<Bead> beads = new SequenceAligner(Lexicon.shared(), AlignParams.SENTENCES).align(a, Lang.ZH, b, Lang.EN);
        List<List<List<Integer>>> pred = beads.stream().map(x -> List.of(x.a(), x.b())).toList();
        BeadEvaluation.Counts c = BeadEvaluation.evaluate(gold, pred);
        assertThat(c.strictF1()).isGreaterThan(0.95);
    }
}
