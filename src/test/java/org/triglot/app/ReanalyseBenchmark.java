package org.triglot.app;

import org.triglot.edit.Edit;
import org.triglot.edit.EditResult;
import org.triglot.edit.EditText;
import org.triglot.edit.MergeRows;
import org.triglot.edit.NoCounterpart;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Paragraph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Milliseconds of a full analysis against comparing again after one edit ({@link Workbench#reanalyse}) on the NTREX
 * English and Chinese sets (about 2,070 rows), median of three runs each, after one warm-up analysis. Run from the
 * worktree after {@code mvn -o -q test-compile}:
 * {@code java -Xmx2g -cp target/test-classes:target/classes:$(cat cp.txt) org.triglot.app.ReanalyseBenchmark [DATA]}
 * where cp.txt is the test classpath ({@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 * Checks on the way that each incremental result equals the full one.
 */
public final class ReanalyseBenchmark {
    private static final int RUNS = 3;

    private ReanalyseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data").resolve("gold/ntrex128");
        Workbench wb = new Workbench();
        Document en = wb.importFile(dir.resolve("newstest2019-src.eng.txt"));
        Document zh = wb.importFile(dir.resolve("newstest2019-ref.zho-CN.txt"));
        long t = System.nanoTime();
        Comparison c = wb.alignVersions(List.of(en, zh), List.of("English", "Chinese"), Progress.NONE, () -> false);
        System.out.printf(Locale.ROOT, "aligned %d rows in %d ms%n", c.rows().size(), ms(t));
        t = System.nanoTime();
        Analysis start = wb.analyse(c, Progress.NONE, () -> false);
        System.out.printf(Locale.ROOT, "first full analysis (warm-up): %d ms, %d flags%n", ms(t), start.comparison().flags().size());

        int mid = c.rows().size() / 2;
        Paragraph p = en.paragraphs().get(c.rows().get(mid).cells().get(0).get(0));
        List<Edit> edits = List.of(new MergeRows(mid), new NoCounterpart(mid, 1),
                new EditText(0, p.index(), p.text() + " It rained.", List.of(p.text(), "It rained.")));
        for (Edit e : edits) {
            EditResult r = e.apply(start.comparison());
            long[] full = new long[RUNS];
            long[] incremental = new long[RUNS];
            Analysis f = null;
            Analysis i = null;
            for (int k = 0; k < RUNS; k++) {
                t = System.nanoTime();
                f = wb.analyse(r.after(), Progress.NONE, () -> false);
                full[k] = ms(t);
                t = System.nanoTime();
                i = wb.reanalyse(start, r.after(), r.firstRow(), r.lastRow(), Progress.NONE, () -> false);
                incremental[k] = ms(t);
            }
            if (!f.equals(i)) {
                throw new AssertionError(e + ": the incremental analysis differs from the full one");
            }
            KeptLinks kept = KeptLinks.around(start, r.after(), r.firstRow(), r.lastRow());
            System.out.printf(Locale.ROOT, "%-14s full %6d ms   incremental %6d ms   (runs %s / %s; %d of %d rows keep their links; equal)%n",
                    e.key(), median(full), median(incremental), Arrays.toString(full), Arrays.toString(incremental),
                    kept.keptRows(0, 1), r.after().rows().size());
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
