package org.triglot.lexicon.dict;

import java.util.Arrays;

/**
 * A list of int lists in two arrays (compressed rows): list {@code k} is {@code data[start[k]] … data[start[k+1]-1]}.
 * With {@link PackedStrings} it replaces maps from strings to string arrays without a million small objects.
 */
final class PackedLists {
    private final int[] start;
    private final int[] data;

    private PackedLists(int[] start, int[] data) {
        this.start = start;
        this.data = data;
    }

    /** Lists past the end are empty, so a table indexed by string id need not cover every string. */
    int length(int k) {
        return k + 1 < start.length ? start[k + 1] - start[k] : 0;
    }

    int get(int k, int i) {
        return data[start[k] + i];
    }

    int[] toArray(int k) {
        return k + 1 < start.length ? Arrays.copyOfRange(data, start[k], start[k + 1]) : new int[0];
    }

    /** Lists are added in order of their index; a skipped index is an empty list. */
    static final class Builder {
        private int[] start = new int[1 << 12];
        private int[] data = new int[1 << 16];
        private int lists;
        private int size;

        /** Sets list {@code k} (at least every index before it has been set or is left empty). */
        void put(int k, int[] values) {
            if (k < lists) {
                throw new IllegalStateException("list " + k + " was already set");
            }
            while (lists < k) {
                append(new int[0]);
            }
            append(values);
        }

        /** Appends the next list and returns its index. */
        int append(int[] values) {
            if (lists + 2 > start.length) {
                start = Arrays.copyOf(start, start.length * 2);
            }
            if (size + values.length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + values.length));
            }
            System.arraycopy(values, 0, data, size, values.length);
            size += values.length;
            start[++lists] = size;
            return lists - 1;
        }

        PackedLists build() {
            return new PackedLists(Arrays.copyOf(start, lists + 1), Arrays.copyOf(data, size));
        }
    }
}
