package org.triglot.compare;

import org.triglot.model.Flag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores flags against a hand-made list of differences (corpora/compare-gold): a flag is right when a gold item
 * has its kind, its side, a paragraph in common on the side that has the item and, for ENTITY, NUMBER, TERM and TONE,
 * the item's name in the flag's words or reason. Precision counts flags, recall counts gold items, per kind.
 */
public final class CompareEvaluation {
    private CompareEvaluation() {
    }

    /** One difference of the gold list; {@code item} is a few words naming it ("Ukraine", "G20"), or "*". */
    public record GoldItem(Flag.Kind kind, String side, List<Integer> paraA, List<Integer> paraB, String item) {
    }

    /** Flags made, flags right, gold items, gold items found. */
    public static final class Counts {
        public int predicted;
        public int right;
        public int gold;
        public int found;

        public double precision() {
            return predicted == 0 ? 0 : (double) right / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public void add(Counts o) {
            predicted += o.predicted;
            right += o.right;
            gold += o.gold;
            found += o.found;
        }
    }

    public static List<GoldItem> read(Path file) throws IOException {
        List<GoldItem> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length < 5) {
                throw new IOException(file + ", line " + (i + 1) + ": expected kind, side, para_a, para_b, item; found " + c.length + " columns");
            }
            out.add(new GoldItem(Flag.Kind.valueOf(c[0].strip().toUpperCase(Locale.ROOT)), c[1].strip(), ids(c[2]), ids(c[3]), c[4].strip()));
        }
        return out;
    }

    static List<Integer> ids(String s) {
        String t = s.strip();
        if (t.equals("-") || t.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String x : t.split(",")) {
            out.add(Integer.parseInt(x.strip()));
        }
        return out;
    }

    public static boolean matches(GoldItem g, CompareResult r, Flag f) {
        if (g.kind() != f.kind() || !g.side().equals(f.side())) {
            return false;
        }
        List<Integer> pa = r.paragraphsA(f);
        List<Integer> pb = r.paragraphsB(f);
        boolean para = switch (g.side()) {
            case "a" -> intersects(g.paraA(), pa);
            case "b" -> intersects(g.paraB(), pb);
            default -> intersects(g.paraA(), pa) || intersects(g.paraB(), pb);
        };
        if (!para) {
            return false;
        }
        if (g.item().equals("*") || !(g.kind() == Flag.Kind.ENTITY || g.kind() == Flag.Kind.NUMBER || g.kind() == Flag.Kind.TERM
                || g.kind() == Flag.Kind.TONE)) {
            return true;
        }
        String needle = g.item().toLowerCase(Locale.ROOT);
        if ((f.reason() + " " + f.textA() + " " + f.textB()).toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        // a name the segmenter cut short (格迪 of 格迪翁) still names the item
        String words = (f.side().equals("b") ? f.textB() : f.textA()).strip();
        return words.codePointCount(0, words.length()) >= 2 && g.item().contains(words);
    }

    private static boolean intersects(List<Integer> x, List<Integer> y) {
        for (int i : x) {
            if (y.contains(i)) {
                return true;
            }
        }
        return false;
    }

    /** Counts per kind for one document pair, over the flags at or above {@code min}. */
    public static Map<Flag.Kind, Counts> score(List<GoldItem> gold, CompareResult r, Flag.Severity min) {
        Map<Flag.Kind, Counts> out = new EnumMap<>(Flag.Kind.class);
        for (Flag.Kind k : Flag.Kind.values()) {
            out.put(k, new Counts());
        }
        List<Flag> flags = r.flags().stream().filter(f -> f.severity().compareTo(min) >= 0).toList();
        for (Flag f : flags) {
            Counts c = out.get(f.kind());
            c.predicted++;
            if (gold.stream().anyMatch(g -> matches(g, r, f))) {
                c.right++;
            }
        }
        for (GoldItem g : gold) {
            Counts c = out.get(g.kind());
            c.gold++;
            if (flags.stream().anyMatch(f -> matches(g, r, f))) {
                c.found++;
            }
        }
        return out;
    }
}
