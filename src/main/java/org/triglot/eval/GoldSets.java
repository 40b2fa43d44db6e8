package org.triglot.eval;

import org.triglot.model.Lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the evaluation sets in {@code ../shared/data/gold/}. They are never copied into the project; the
 * measurement commands and the tests read them from there and skip when the folder is absent.
 */
public final class GoldSets {
    private GoldSets() {
    }

    /** The shared data folder next to the project, if present ({@code ../shared/data}). */
    public static Path defaultDataDir() {
        return Path.of("..", "shared", "data");
    }

    public static boolean available(Path dataDir) {
        return Files.isDirectory(dataDir.resolve("gold"));
    }

    public static ParallelCorpus flores(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("gold/flores200-devtest");
        return new ParallelCorpus("FLORES-200 devtest", Map.of(
                Lang.EN, readLines(dir.resolve("eng_Latn.devtest")),
                Lang.RU, readLines(dir.resolve("rus_Cyrl.devtest")),
                Lang.ZH, readLines(dir.resolve("zho_Hans.devtest"))),
                docColumn(dir.resolve("doc-index.tsv")));
    }

    public static ParallelCorpus ntrex(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("gold/ntrex128");
        return new ParallelCorpus("NTREX-128", Map.of(
                Lang.EN, readLines(dir.resolve("newstest2019-src.eng.txt")),
                Lang.RU, readLines(dir.resolve("newstest2019-ref.rus.txt")),
                Lang.ZH, readLines(dir.resolve("newstest2019-ref.zho-CN.txt"))),
                docColumn(dir.resolve("doc-index.tsv")));
    }

    /** Lines of a UTF-8 file without their CR/LF (NTREX has CRLF ends); a BOM on the first line is dropped. */
    public static List<String> readLines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static List<String> docColumn(Path tsv) throws IOException {
        List<String> rows = readLines(tsv);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            ids.add(rows.get(i).split("\t")[1]);
        }
        return ids;
    }
}
