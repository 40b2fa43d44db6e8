package org.triglot.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triglot.cli.ImportCommandTest.run;

class EvalCommandTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void oneBeadOfThreeWrongGivesTwoThirdsStrictAndFullLaxScores() throws IOException {
        Path gold = file("gold.align", "[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n");
        Path pred = file("pred.align", "[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2]\n");
        ImportCommandTest.Run r = run("eval", gold.toString(), pred.toString());
        assertThat(r.code()).isZero();
        // Strict: 2 of 3 predicted links are gold beads (P 0.667), 2 of 3 gold beads found (R 0.667); lax: all overlap.
        assertThat(r.out()).contains("    3     3  0.6667 0.6667 0.6667 | 1.0000 1.0000 1.0000");
    }

    @Test
    void aMalformedLineIsReportedWithItsNumberAndExitCodeThree() throws IOException {
        Path gold = file("gold.align", "[0]:[0]\n[1, 2:[1]\n");
        ImportCommandTest.Run r = run("eval", gold.toString(), gold.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("gold.align, line 2");
    }

    @Test
    void aUnitListedTwiceOrOutOfOrderIsRefused() throws IOException {
        Path gold = file("gold.align", "[0]:[0]\n[1]:[1]\n");
        Path twice = file("twice.align", "[0]:[0]\n[0]:[1]\n");
        ImportCommandTest.Run r = run("eval", gold.toString(), twice.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("twice.align, line 2").contains("unit 0 of the first text is listed twice");
        Path backwards = file("backwards.align", "[1]:[1]\n[0]:[0]\n");
        assertThat(run("eval", gold.toString(), backwards.toString()).err()).contains("backwards.align, line 2")
                .contains("unit 0 of the first text comes after unit 1");
        // Units left out (a gold that omits unlinked ones) are fine.
        assertThat(run("eval", gold.toString(), file("gap.align", "[1]:[1]\n").toString()).code()).isZero();
    }

    @Test
    void anOddNumberOfFilesIsAUsageError() throws IOException {
        Path gold = file("gold.align", "[0]:[0]\n");
        ImportCommandTest.Run r = run("eval", gold.toString(), gold.toString(), gold.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("pairs of files");
    }
}
