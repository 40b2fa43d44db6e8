package org.triglot.edit;

import org.triglot.model.Comparison;

/**
 * A hand correction of a comparison (merge, split, move, unlink, review mark, text fix). Edits are immutable values:
 * {@link #apply} never changes its argument, so the {@link EditHistory} undoes an edit by going back to the
 * comparison it was applied to.
 */
public sealed interface Edit permits MergeRows, SplitRow, SplitAtSentence, MoveUnit, NoCounterpart, MarkReviewed, EditText,
        RenameVersion {
    /**
     * The corrected comparison and the rows of it the edit touched. Flags of the touched rows are removed (the
     * caller re-runs the compare for them) and every other flag is renumbered to follow its row.
     *
     * @throws IllegalArgumentException with one sentence for the user when the edit does not apply to {@code c}
     *                                  (no such row, nothing to move, the edit would change nothing)
     */
    EditResult apply(Comparison c);

    /**
     * A message key naming the edit for the undo and redo menus: {@code edit.merge}, {@code edit.split},
     * {@code edit.moveUp}, {@code edit.moveDown}, {@code edit.noCounterpart}, {@code edit.markReviewed},
     * {@code edit.markNotReviewed} or {@code edit.text}.
     */
    String key();
}
