package org.triglot.ui;

import org.triglot.app.Progress;

import javax.swing.SwingWorker;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs the window's long work (import, align, compare, export, save) off the Event Dispatch Thread, one task at a
 * time, with progress in the status bar and Cancel. A task delivers its result to the window only when it finished;
 * a cancelled or failed task delivers nothing, so the window's state is left as it was.
 */
final class TaskRunner {
    /** The work of a task; it reports progress and checks {@code cancelled} often (the engine does, once a paragraph). */
    interface Work<T> {
        T run(Progress progress, BooleanSupplier cancelled) throws Exception;
    }

    private final StatusBar status;
    private final Consumer<Failure> onFailure;
    private SwingWorker<?, int[]> current;
    private AtomicBoolean cancelFlag = new AtomicBoolean();
    private Runnable afterIdle = () -> { };

    /** What went wrong: one sentence for the user, and the exception for the details view. */
    record Failure(String title, String sentence, Throwable cause) {
    }

    TaskRunner(StatusBar status, Consumer<Failure> onFailure) {
        this.status = status;
        this.onFailure = onFailure;
        status.cancelButton().addActionListener(e -> cancel());
    }

    boolean busy() {
        return current != null;
    }

    void cancel() {
        if (current != null && !cancelFlag.getAndSet(true)) {
            status.cancelling(Messages.get("task.cancelling"));
        }
    }

    /** Called (on the EDT) each time the runner becomes idle; the screenshot mode waits on it. */
    void onIdle(Runnable r) {
        afterIdle = r;
    }

    /**
     * Starts a task; returns false (and says so in the status bar) when another is running. {@code onDone} runs on
     * the EDT with the result.
     */
    <T> boolean run(String title, Work<T> work, Consumer<T> onDone) {
        if (current != null) {
            status.message(Messages.get("task.busy"));
            return false;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelFlag = cancelled;
        String[] stageText = {title};
        SwingWorker<T, int[]> worker = new SwingWorker<>() {
            @Override
            protected T doInBackground() throws Exception {
                return work.run((done, total, stage, detail) -> {
                    stageText[0] = Messages.get("stage." + stage.name()) + (detail == null || detail.isEmpty() ? "" : " · " + detail);
                    // No step finished yet: an indeterminate bar says "working" better than one stuck at 0 %.
                    publish(new int[]{total <= 0 || done == 0 ? -1 : Math.min(100, done * 100 / total)});
                }, cancelled::get);
            }

            @Override
            protected void process(List<int[]> chunks) {
                if (!cancelled.get()) {
                    status.busy(title + " — " + stageText[0], chunks.get(chunks.size() - 1)[0]);
                }
            }

            @Override
            protected void done() {
                current = null;
                status.idle();
                try {
                    T result = get();
                    if (cancelled.get()) {
                        status.message(Messages.get("task.cancelled", title));
                    } else {
                        status.message(Messages.get("task.done", title));
                        onDone.accept(result);
                    }
                } catch (CancellationException e) {
                    status.message(Messages.get("task.cancelled", title));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    if (cause instanceof CancellationException) {
                        status.message(Messages.get("task.cancelled", title));
                    } else {
                        status.message(Messages.get("task.failed", title));
                        onFailure.accept(new Failure(title, sentence(cause), cause));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    // onDone failed on the EDT: report it like a task failure rather than losing it.
                    onFailure.accept(new Failure(title, sentence(e), e));
                }
                afterIdle.run();
            }
        };
        current = worker;
        status.busy(title, -1);
        worker.execute();
        return true;
    }

    /** The engine's exceptions already carry one clear sentence; anything else gets a generic one. */
    static String sentence(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank() || t instanceof NullPointerException || t instanceof IndexOutOfBoundsException) {
            return Messages.get("error.unexpected", t.getClass().getSimpleName());
        }
        return m;
    }
}
