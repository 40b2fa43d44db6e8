package org.triglot.lexicon.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Locale;

/** Measures loading the bundled dictionaries; prints time and heap, asserts only that they loaded. */
class DictionariesLoadTest {

    @Test
    void loadsBothBundledDictionariesAndReportsTimeAndHeap() throws IOException {
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        Dictionaries d = Dictionaries.read(Dictionaries.class.getResourceAsStream(Dictionaries.CEDICT_RESOURCE),
                Dictionaries.class.getResourceAsStream(Dictionaries.MUELLER_RESOURCE));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "dictionaries: %d zh entries, %d en headwords (%d stems with ru); "
                        + "loaded in %d ms, heap +%.1f MB%n", d.chineseEntryCount(), d.englishHeadwordCount(),
                d.englishStemsWithRussianCount(), millis, (after - before) / 1e6);
        assertThat(d.chineseEntryCount()).isGreaterThan(100_000);
        assertThat(d.englishHeadwordCount()).isGreaterThan(30_000);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
