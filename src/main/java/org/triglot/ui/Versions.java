package org.triglot.ui;

import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Sentence;
import org.triglot.model.Lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** How the window names, orders and adjusts the versions of a comparison (no Swing, so it is tested directly). */
final class Versions {
    private Versions() {
    }

    /** The same document in another language (the user corrected the detection). */
    static Document withLang(Document d, Lang lang) {
        return new Document(d.name(), d.text(), d.format(), d.encoding(), lang, d.script(), 1.0, d.paragraphs(), d.warnings());
    }

    /** A file's label until the user renames it: its name without the extension. */
    static String defaultLabel(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static <T> List<T> append(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Chinese, then Russian, then English (the usual zh | ru | en), keeping the given order within a language. */
    static void sortByLanguage(List<Document> docs, List<String> labels) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> docs.get(i).lang().ordinal()));
        List<Document> d2 = order.stream().map(docs::get).toList();
        List<String> l2 = order.stream().map(labels::get).toList();
        docs.clear();
        docs.addAll(d2);
        labels.clear();
        labels.addAll(l2);
    }

    /** The sentence of version v in row r at a document offset; without a click, the row's second sentence there. */
    static int sentenceAt(Comparison c, int row, int v, int docOffset) {
        Document d = c.versions().get(v);
        List<Integer> units = c.rows().get(row).cells().get(v);
        List<Sentence> inRow = new java.util.ArrayList<>();
        if ("sentences".equals(c.units())) {
            List<Sentence> all = d.sentences();
            units.forEach(u -> inRow.add(all.get(u)));
        } else {
            units.forEach(u -> inRow.addAll(d.paragraphs().get(u).sentences()));
        }
        if (docOffset >= 0) {
            for (Sentence s : inRow) {
                if (docOffset >= s.span().start() && docOffset < s.span().end()) {
                    return s.index();
                }
            }
        }
        return inRow.size() >= 2 ? inRow.get(inRow.size() / 2).index() : -1;
    }

}
