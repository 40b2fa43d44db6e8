package org.triglot.ui;

import org.triglot.lexicon.Evidence;
import org.triglot.lexicon.SimilarityResult;
import org.triglot.lexicon.Word;
import org.triglot.model.Comparison;
import org.triglot.model.Flag;

import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import java.awt.BorderLayout;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The selected row in words: its flags with their reasons, and for each pair of versions the evidence of their
 * match (which words matched which, and how) and the content words that found no counterpart.
 */
final class DetailsPanel extends JPanel {
    /** Made on first use: Swing's HTML kit takes a noticeable part of a second to set up, which start-up should not pay. */
    private JEditorPane pane;

    DetailsPanel() {
        super(new BorderLayout());
        javax.swing.JLabel hint = new javax.swing.JLabel(Messages.get("details.none"));
        hint.setBorder(javax.swing.BorderFactory.createEmptyBorder(8, 8, 8, 8));
        hint.setVerticalAlignment(javax.swing.JLabel.TOP);
        add(hint, BorderLayout.CENTER);
    }

    private JEditorPane pane() {
        if (pane == null) {
            pane = new JEditorPane("text/html", "");
            pane.setEditable(false);
            pane.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, true);
            removeAll();
            add(new JScrollPane(pane), BorderLayout.CENTER);
            revalidate();
        }
        return pane;
    }

    void clear() {
        pane().setText("<html><body><p>" + Html.esc(Messages.get("details.none")) + "</p></body></html>");
    }

    String text() {
        return pane().getText();
    }

    /** Shows a row; {@code evidence} maps "a:b" version pairs to their match (computed off the window's thread). */
    void show(Comparison c, int row, Map<String, SimilarityResult> evidence) {
        pane().setText(html(c, row, evidence));
        pane().setCaretPosition(0);
    }

    static String html(Comparison c, int row, Map<String, SimilarityResult> evidence) {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<h3>").append(Html.esc(Messages.get("details.row", row + 1))).append("</h3>");
        List<Flag> flags = c.flags().stream().filter(f -> f.row() == row).toList();
        if (flags.isEmpty()) {
            sb.append("<p>").append(Html.esc(Messages.get("details.noFlags"))).append("</p>");
        } else {
            sb.append("<ul>");
            for (Flag f : flags) {
                sb.append("<li><b>").append(Html.esc(Messages.get("kind." + f.kind()))).append("</b> · ")
                        .append(Html.esc(Messages.get("severity." + f.severity()))).append(" · ")
                        .append(Html.esc(c.labels().get(f.versionA()) + " ↔ " + c.labels().get(f.versionB()))).append(": ")
                        .append(Html.esc(Messages.reason(f))).append("</li>");
            }
            sb.append("</ul>");
        }
        for (Map.Entry<String, SimilarityResult> e : evidence.entrySet()) {
            String[] ab = e.getKey().split(":");
            String la = c.labels().get(Integer.parseInt(ab[0]));
            String lb = c.labels().get(Integer.parseInt(ab[1]));
            SimilarityResult r = e.getValue();
            sb.append("<h4>").append(Html.esc(Messages.get("details.evidence", la, lb, Math.round(r.score() * 100)))).append("</h4>");
            if (r.matches().isEmpty()) {
                sb.append("<p>").append(Html.esc(Messages.get("details.noMatches"))).append("</p>");
            } else {
                Set<String> pairs = new LinkedHashSet<>();
                for (Evidence ev : r.matches()) {
                    pairs.add(Html.esc(ev.textA()) + " = " + Html.esc(ev.textB()) + " <i>(" + Html.esc(Messages.get("match." + ev.kind().name())) + ")</i>");
                }
                sb.append("<p>").append(String.join(" · ", pairs)).append("</p>");
            }
            sb.append(unmatched(la, r.unmatchedA())).append(unmatched(lb, r.unmatchedB()));
        }
        return sb.append("</body></html>").toString();
    }

    private static String unmatched(String label, List<Word> words) {
        if (words.isEmpty()) {
            return "";
        }
        Set<String> ws = new LinkedHashSet<>();
        words.forEach(w -> ws.add(Html.esc(w.surface())));
        return "<p><b>" + Html.esc(Messages.get("details.unmatched", label)) + "</b> " + String.join(", ", ws) + "</p>";
    }

    /** One line for a cell's tooltip: the first few matched words of this version with the others. */
    static String tip(int version, Map<String, SimilarityResult> evidence) {
        Set<String> pairs = new LinkedHashSet<>();
        for (Map.Entry<String, SimilarityResult> e : evidence.entrySet()) {
            String[] ab = e.getKey().split(":");
            boolean isA = Integer.parseInt(ab[0]) == version;
            if (!isA && Integer.parseInt(ab[1]) != version) {
                continue;
            }
            for (Evidence ev : e.getValue().matches()) {
                pairs.add(Html.esc(isA ? ev.textA() + " = " + ev.textB() : ev.textB() + " = " + ev.textA()));
                if (pairs.size() >= 12) {
                    break;
                }
            }
        }
        return pairs.isEmpty() ? null : "<b>" + Html.esc(Messages.get("details.matched")) + "</b> " + String.join(" · ", pairs);
    }
}
