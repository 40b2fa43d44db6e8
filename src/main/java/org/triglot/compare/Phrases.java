package org.triglot.compare;

import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.model.Reason;

import java.util.ArrayList;
import java.util.List;

/**
 * The small phrases reasons are built from, as {@link Reason}s so each language words them itself: lists ("3, 4 and
 * 6"), paragraph references ("paragraphs 3 and 6").
 */
final class Phrases {
    private Phrases() {
    }

    /** "3", "3 and 6", "3, 4 and 6". */
    static Reason ids(List<Integer> ids) {
        List<Reason> items = new ArrayList<>();
        ids.forEach(i -> items.add(Reason.text(Integer.toString(i))));
        return chain(items, "list.more", "list.two");
    }

    /** A glossary entry's name, shown in each language by its own form (the English where it has none). */
    static Reason term(GlossaryEntry e) {
        return Reason.of(ReasonText.FORMS, Reason.text(e.en()), Reason.text(e.zh()), Reason.text(e.ru()));
    }

    /** "paragraph 3", "paragraphs 3 and 6". */
    static Reason paragraphs(List<Integer> ids) {
        return Reason.of(ids.size() > 1 ? "paragraph.many" : "paragraph.one", ids(ids));
    }

    /**
     * The items joined pairwise from the right: {@code lastKey} joins the last two, {@code key} each one before them
     * to the rest ("a, " + "b and c"). Nested pairs keep every template to two arguments, whatever the length.
     */
    static Reason chain(List<Reason> items, String key, String lastKey) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to list");
        }
        Reason out = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            out = Reason.of(i == items.size() - 2 ? lastKey : key, items.get(i), out);
        }
        return out;
    }
}
