package org.triglot.lexicon.dict;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PackedStringsTest {
    @Test
    void stringsAreFoundByContentAndAddingOneTwiceGivesItsFirstId() {
        PackedStrings.Builder b = new PackedStrings.Builder();
        int wang = b.add("王毅");
        int lavrov = b.add("лавров");
        int empty = b.add("");
        assertThat(b.add("王毅")).isEqualTo(wang);
        PackedStrings p = b.build();
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.find("王毅")).isEqualTo(wang);
        assertThat(p.find(new String("лавров".toCharArray()))).isEqualTo(lavrov);
        assertThat(p.find("")).isEqualTo(empty);
        assertThat(p.get(lavrov)).isEqualTo("лавров");
        assertThat(p.find("王")).isEqualTo(-1);
        assertThat(p.find("лавровы")).isEqualTo(-1);
    }

    @Test
    void appendedStringsKeepTheirOwnIdsAndAreNotFoundByContent() {
        PackedStrings.Builder b = new PackedStrings.Builder();
        int first = b.append("中\t中\tzhong1\tmiddle\tmiddl");
        int again = b.append("中\t中\tzhong1\tmiddle\tmiddl");
        PackedStrings p = b.build();
        assertThat(again).isEqualTo(first + 1);
        assertThat(p.get(again)).isEqualTo(p.get(first));
        assertThat(p.find("中\t中\tzhong1\tmiddle\tmiddl")).isEqualTo(-1);
    }

    @Test
    void manyStringsStillFindEachOtherWithCollidingSlots() {
        PackedStrings.Builder b = new PackedStrings.Builder();
        for (int i = 0; i < 100_000; i++) {
            assertThat(b.add("stem" + i)).isEqualTo(i);
        }
        PackedStrings p = b.build();
        for (int i = 0; i < 100_000; i += 997) {
            assertThat(p.find("stem" + i)).isEqualTo(i);
        }
        assertThat(p.find("stem100000")).isEqualTo(-1);
    }

    @Test
    void listsAreIndexedByKeyWithSkippedAndTrailingKeysEmpty() {
        PackedLists.Builder b = new PackedLists.Builder();
        b.put(0, new int[] {7, 8});
        b.put(3, new int[] {9});
        PackedLists l = b.build();
        assertThat(l.toArray(0)).containsExactly(7, 8);
        assertThat(l.length(1)).isZero();
        assertThat(l.get(3, 0)).isEqualTo(9);
        assertThat(l.length(4)).isZero();
        assertThat(l.toArray(1000)).isEmpty();
    }
}
