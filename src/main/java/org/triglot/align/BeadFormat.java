package org.triglot.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The bead notation of alignment gold sets: one bead a line, {@code [0, 1]:[2]} for two versions and
 * {@code [0]:[1, 2]:[]} for three, 0-based unit ids, an empty side allowed.
 */
public final class BeadFormat {
    private BeadFormat() {
    }

    public static String format(List<List<Integer>> sides) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < sides.size(); s++) {
            if (s > 0) {
                sb.append(':');
            }
            sb.append('[');
            List<Integer> ids = sides.get(s);
            for (int k = 0; k < ids.size(); k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(ids.get(k));
            }
            sb.append(']');
        }
        return sb.toString();
    }

    /** Parses one line; throws IllegalArgumentException with the reason when it is not bead notation. */
    public static List<List<Integer>> parse(String line) {
        String s = line.strip();
        List<List<Integer>> sides = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != '[') {
                throw new IllegalArgumentException("expected '[' at column " + (i + 1));
            }
            int close = s.indexOf(']', i);
            if (close < 0) {
                throw new IllegalArgumentException("no closing ']' after column " + (i + 1));
            }
            String inner = s.substring(i + 1, close).strip();
            List<Integer> ids = new ArrayList<>();
            if (!inner.isEmpty()) {
                for (String part : inner.split(",")) {
                    try {
                        int v = Integer.parseInt(part.strip());
                        if (v < 0) {
                            throw new IllegalArgumentException("negative unit id " + v);
                        }
                        ids.add(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("'" + part.strip() + "' is not a unit id");
                    }
                }
            }
            sides.add(ids);
            i = close + 1;
            if (i < s.length()) {
                if (s.charAt(i) != ':') {
                    throw new IllegalArgumentException("expected ':' at column " + (i + 1));
                }
                i++;
            }
        }
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a bead needs at least two sides, like [0]:[1]");
        }
        return sides;
    }
}
