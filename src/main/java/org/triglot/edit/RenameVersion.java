package org.triglot.edit;

import org.triglot.model.Comparison;

import java.util.ArrayList;
import java.util.List;

/** Gives a version a new label ("Russian MFA", "Xinhua English"); the rows, texts and flags stay as they are. */
public record RenameVersion(int version, String label) implements Edit {
    public RenameVersion {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A version needs a label; the new one is empty.");
        }
        label = label.strip();
    }

    @Override
    public EditResult apply(Comparison c) {
        RowEdits.requireVersion(c, version);
        if (c.labels().get(version).equals(label)) {
            throw new IllegalArgumentException(RowEdits.version(c, version) + " already has this label.");
        }
        if (c.rows().isEmpty()) {
            throw new IllegalArgumentException("There are no rows yet; add another version first.");
        }
        List<String> labels = new ArrayList<>(c.labels());
        labels.set(version, label);
        Comparison after = new Comparison(c.versions(), labels, c.units(), c.rows(), c.flags(), c.reviewed());
        return new EditResult(after, 0, 0, false);
    }

    @Override
    public String key() {
        return "edit.rename";
    }
}
