package org.triglot.lexicon.dict;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Many strings in one char array, numbered from 0 and found by content through an open-addressing table. The
 * dictionaries hold about a million strings; as separate objects they made every young collection after start-up
 * copy them (G1 pauses of 80–130 ms that froze the window). A few large arrays go straight to the old generation and
 * are never copied.
 */
final class PackedStrings {
    private final char[] chars;
    private final int[] offsets;
    /** Id + 1 per slot (0 = empty); the length is a power of two at least twice the number of strings. */
    private final int[] table;

    private PackedStrings(char[] chars, int[] offsets, int[] table) {
        this.chars = chars;
        this.offsets = offsets;
        this.table = table;
    }

    int size() {
        return offsets.length - 1;
    }

    String get(int id) {
        return new String(chars, offsets[id], offsets[id + 1] - offsets[id]);
    }

    /** The id of the string, or -1 when it is not here. */
    int find(String s) {
        int mask = table.length - 1;
        for (int slot = mix(s.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if (sameAs(entry - 1, s)) {
                return entry - 1;
            }
        }
    }

    private boolean sameAs(int id, String s) {
        int start = offsets[id];
        int length = offsets[id + 1] - start;
        if (length != s.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Collects distinct strings (adding one twice gives its first id) and packs them. */
    static final class Builder {
        private final StringBuilder chars = new StringBuilder(1 << 20);
        private int[] offsets = new int[1 << 16];
        private final Map<String, Integer> ids = new HashMap<>(1 << 16);
        private int count;

        /** The string's id, adding it if it is new; {@link #find} finds it. */
        int add(String s) {
            Integer known = ids.get(s);
            if (known != null) {
                return known;
            }
            ids.put(s, count);
            return append(s);
        }

        /** Adds the string under the next id even if it is already here; {@link #find} does not find it (only {@link #get}). */
        int append(String s) {
            int id = count++;
            chars.append(s);
            if (id + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[id + 1] = chars.length();
            return id;
        }

        PackedStrings build() {
            int n = count;
            char[] packed = new char[chars.length()];
            chars.getChars(0, packed.length, packed, 0);
            int[] offs = Arrays.copyOf(offsets, n + 1);
            int[] table = new int[Math.max(2, Integer.highestOneBit(Math.max(1, n) * 2) * 2)];
            int mask = table.length - 1;
            for (Map.Entry<String, Integer> e : ids.entrySet()) {
                int slot = mix(e.getKey().hashCode()) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = e.getValue() + 1;
            }
            return new PackedStrings(packed, offs, table);
        }
    }
}
