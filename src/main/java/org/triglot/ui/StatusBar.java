package org.triglot.ui;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Dimension;

/** The line at the bottom of the window: what happened last, the running task's progress with Cancel, and the engine's state. */
final class StatusBar extends JPanel {
    private final JLabel message = new JLabel(" ");
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JButton cancel = new JButton(Messages.get("task.cancel"));
    private final JLabel engine = new JLabel();

    StatusBar() {
        super(new BorderLayout(8, 0));
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(3, 8, 3, 8)));
        JPanel right = new JPanel();
        right.setLayout(new BoxLayout(right, BoxLayout.X_AXIS));
        right.setOpaque(false);
        progress.setPreferredSize(new Dimension(180, progress.getPreferredSize().height));
        progress.setMaximumSize(progress.getPreferredSize());
        progress.setStringPainted(false);
        cancel.putClientProperty("JButton.buttonType", "borderless");
        right.add(progress);
        right.add(Box.createHorizontalStrut(4));
        right.add(cancel);
        right.add(Box.createHorizontalStrut(12));
        right.add(engine);
        add(message, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
        idle();
    }

    /**
     * As tall while idle as while a task runs, with its Cancel button: a status bar that grew when a task started and
     * shrank when it ended moved the panels above it, and the whole window was laid out and painted again (30-80 ms)
     * just as a finished task's result was being shown.
     */
    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        java.awt.Insets in = getInsets();
        int busy = Math.max(cancel.getPreferredSize().height, progress.getPreferredSize().height) + in.top + in.bottom;
        return new Dimension(d.width, Math.max(d.height, busy));
    }

    JButton cancelButton() {
        return cancel;
    }

    void message(String text) {
        message.setText(text == null || text.isEmpty() ? " " : text);
    }

    String message() {
        return message.getText();
    }

    void engine(String text) {
        engine.setText(text);
    }

    void busy(String text, int percent) {
        message(text);
        progress.setVisible(true);
        cancel.setVisible(true);
        progress.setIndeterminate(percent < 0);
        if (percent >= 0) {
            progress.setValue(percent);
        }
    }

    /** Cancel was pressed: the task stops at its next check, and says so meanwhile. */
    void cancelling(String text) {
        message(text);
        cancel.setEnabled(false);
    }

    void idle() {
        cancel.setEnabled(true);
        progress.setVisible(false);
        cancel.setVisible(false);
        progress.setIndeterminate(false);
    }
}
