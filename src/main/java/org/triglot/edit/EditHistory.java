package org.triglot.edit;

import org.triglot.model.Comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Undo and redo of hand edits, kept as the sequence of comparisons they produced (comparisons are immutable and
 * share their unchanged parts, so a snapshot costs little more than its row list). "Unsaved" means not at the save
 * point: undoing back to the state that was saved is clean again. Not thread-safe; the window uses it on one thread.
 *
 * <p>{@link #replaceCurrent} is for results that are not the user's edits, such as fresh flags from comparing the
 * touched rows again. It replaces the current snapshot in place and adds no undo step: each snapshot keeps the flags
 * that were true of its own rows, so undo goes back to the old flags and redo returns to the new ones without a
 * second compare. The replacement must keep the alignment (versions, rows, review marks); only flags and row
 * confidence may differ, which also refuses a late result that arrives after the user has moved to another state.
 */
public final class EditHistory {
    public static final int DEFAULT_LIMIT = 500;

    /** Told after every change of the current state or of the save point; an exception it throws reaches the caller. */
    @FunctionalInterface
    public interface Listener {
        void historyChanged(EditHistory history, Change change);
    }

    /** What happened. */
    public enum Change { APPLIED, UNDONE, REDONE, REPLACED, SAVED }

    private final int limit;
    private final List<Comparison> states = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private int position;
    private int savedAt;

    /** A history starting at {@code initial}, which counts as saved (just opened or just written). */
    public EditHistory(Comparison initial) {
        this(initial, DEFAULT_LIMIT);
    }

    /** @param limit how many edits can be undone; older ones are forgotten */
    public EditHistory(Comparison initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The undo limit must be at least 1, not " + limit + ".");
        }
        this.limit = limit;
        states.add(ComparisonCheck.require(Objects.requireNonNull(initial, "initial")));
    }

    public Comparison current() {
        return states.get(position);
    }

    /**
     * Applies an edit to the current comparison and makes the result current; the redo steps are dropped.
     *
     * @throws IllegalArgumentException (from the edit) when it does not apply; nothing changes then
     */
    public EditResult apply(Edit edit) {
        EditResult result = edit.apply(current());
        // Cheap next to the user's click, and a broken edit must not reach a project file.
        ComparisonCheck.require(result.after());
        states.subList(position + 1, states.size()).clear();
        edits.subList(position, edits.size()).clear();
        if (savedAt > position) {
            savedAt = -1;
        }
        states.add(result.after());
        edits.add(edit);
        position++;
        if (edits.size() > limit) {
            states.remove(0);
            edits.remove(0);
            position--;
            savedAt = savedAt > 0 ? savedAt - 1 : -1;
        }
        fire(Change.APPLIED);
        return result;
    }

    public boolean canUndo() {
        return position > 0;
    }

    public boolean canRedo() {
        return position < edits.size();
    }

    /** How many edits can be undone now (at most the limit). */
    public int undoDepth() {
        return position;
    }

    /** The key of the edit {@link #undo} would take back, for "Undo merge" in the menu. */
    public Optional<String> undoKey() {
        return canUndo() ? Optional.of(edits.get(position - 1).key()) : Optional.empty();
    }

    public Optional<String> redoKey() {
        return canRedo() ? Optional.of(edits.get(position).key()) : Optional.empty();
    }

    /** Goes back one edit and returns the comparison that is current now. */
    public Comparison undo() {
        if (!canUndo()) {
            throw new IllegalStateException("There is nothing to undo.");
        }
        position--;
        fire(Change.UNDONE);
        return current();
    }

    public Comparison redo() {
        if (!canRedo()) {
            throw new IllegalStateException("There is nothing to redo.");
        }
        position++;
        fire(Change.REDONE);
        return current();
    }

    /** The current state is what the project file now holds. */
    public void markSaved() {
        savedAt = position;
        fire(Change.SAVED);
    }

    /** True when the current state is not the one last saved (also when that one was dropped by the limit). */
    public boolean isDirty() {
        return position != savedAt;
    }

    /**
     * Puts a result that is not a user edit (fresh flags, row confidence) in place of the current state, without an
     * undo step. At the save point the history becomes dirty, since the file no longer holds what is shown.
     *
     * @throws IllegalArgumentException when the replacement changes the versions, labels, units, rows or review marks
     */
    public void replaceCurrent(Comparison replacement) {
        Comparison now = current();
        if (!sameAlignment(now, replacement)) {
            throw new IllegalArgumentException("The new result belongs to another alignment than the one shown; "
                    + "compare the current rows again.");
        }
        if (replacement.equals(now)) {
            return;
        }
        ComparisonCheck.require(replacement);
        states.set(position, replacement);
        if (savedAt == position) {
            savedAt = -1;
        }
        fire(Change.REPLACED);
    }

    public void addListener(Listener l) {
        listeners.add(Objects.requireNonNull(l, "listener"));
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void fire(Change change) {
        for (Listener l : listeners) {
            l.historyChanged(this, change);
        }
    }

    private static boolean sameAlignment(Comparison a, Comparison b) {
        if (!a.versions().equals(b.versions()) || !a.labels().equals(b.labels()) || !a.units().equals(b.units())
                || !a.reviewed().equals(b.reviewed()) || a.rows().size() != b.rows().size()) {
            return false;
        }
        for (int r = 0; r < a.rows().size(); r++) {
            if (!a.rows().get(r).cells().equals(b.rows().get(r).cells())) {
                return false;
            }
        }
        return true;
    }
}
