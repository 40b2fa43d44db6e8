package org.triglot.eval;

import org.triglot.model.Lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line-aligned gold set (line i of each language translates line i of the others) with the document each line
 * belongs to, as FLORES-200 and NTREX-128 are published.
 */
public record ParallelCorpus(String name, Map<Lang, List<String>> lines, List<String> docIds) {
    public ParallelCorpus {
        lines = Map.copyOf(lines);
        docIds = List.copyOf(docIds);
    }

    /** One document: its id and the 0-based line numbers it spans, in order. */
    public record Doc(String id, List<Integer> lineNumbers) {
    }

    public List<Doc> documents() {
        Map<String, List<Integer>> byId = new LinkedHashMap<>();
        for (int i = 0; i < docIds.size(); i++) {
            byId.computeIfAbsent(docIds.get(i), k -> new ArrayList<>()).add(i);
        }
        List<Doc> docs = new ArrayList<>();
        byId.forEach((id, ls) -> docs.add(new Doc(id, List.copyOf(ls))));
        return docs;
    }

    public List<String> lines(Lang lang, Doc doc) {
        List<String> all = lines.get(lang);
        List<String> out = new ArrayList<>(doc.lineNumbers().size());
        for (int i : doc.lineNumbers()) {
            out.add(all.get(i));
        }
        return out;
    }
}
