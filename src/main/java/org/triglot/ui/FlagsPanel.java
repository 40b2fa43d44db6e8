package org.triglot.ui;

import org.triglot.model.Comparison;
import org.triglot.model.Flag;

import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableRowSorter;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Every flag of the comparison in a list that filters by kind, severity, version and words; selecting one jumps to
 * its row in the aligned view.
 */
final class FlagsPanel extends JPanel {
    /** The flags as table rows. */
    static final class Model extends AbstractTableModel {
        static final String[] COLUMNS = {"flags.col.row", "flags.col.kind", "flags.col.severity", "flags.col.versions",
                "flags.col.side", "flags.col.textA", "flags.col.textB", "flags.col.reason"};
        private Comparison comparison = new Comparison(List.of(), List.of(), "paragraphs", List.of(), List.of(), List.of());

        void set(Comparison c) {
            comparison = c;
            fireTableDataChanged();
        }

        Flag flag(int modelRow) {
            return comparison.flags().get(modelRow);
        }

        @Override
        public int getRowCount() {
            return comparison.flags().size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return Messages.get(COLUMNS[column]);
        }

        @Override
        public Class<?> getColumnClass(int columnIndex) {
            return columnIndex == 0 ? Integer.class : String.class;
        }

        @Override
        public Object getValueAt(int row, int col) {
            Flag f = comparison.flags().get(row);
            List<String> labels = comparison.labels();
            return switch (col) {
                case 0 -> f.row() + 1;
                case 1 -> Messages.get("kind." + f.kind());
                case 2 -> Messages.get("severity." + f.severity());
                case 3 -> labels.get(f.versionA()) + " ↔ " + labels.get(f.versionB());
                case 4 -> switch (f.side()) {
                    case "a" -> labels.get(f.versionA());
                    case "b" -> labels.get(f.versionB());
                    default -> Messages.get("flags.side.both");
                };
                case 5 -> f.textA();
                case 6 -> f.textB();
                default -> Messages.reason(f);
            };
        }
    }

    private final Model model = new Model();
    private final JTable table = new JTable(model);
    private final TableRowSorter<Model> sorter = new TableRowSorter<>(model);
    private final JComboBox<String> kind = new JComboBox<>();
    private final JComboBox<String> severity = new JComboBox<>();
    private final JComboBox<String> version = new JComboBox<>();
    private final JTextField words = new JTextField(14);
    private final JLabel count = new JLabel();
    private IntConsumer onJump = r -> { };

    FlagsPanel() {
        super(new BorderLayout());
        kind.addItem(Messages.get("flags.filter.allKinds"));
        for (Flag.Kind k : Flag.Kind.values()) {
            kind.addItem(Messages.get("kind." + k));
        }
        for (Flag.Severity s : Flag.Severity.values()) {
            severity.addItem(Messages.get("flags.filter.atLeast", Messages.get("severity." + s)));
        }
        severity.setSelectedIndex(Flag.Severity.MINOR.ordinal());
        version.addItem(Messages.get("flags.filter.allVersions"));
        words.putClientProperty("JTextField.placeholderText", Messages.get("flags.filter.words"));
        JPanel filters = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        filters.add(kind);
        filters.add(severity);
        filters.add(version);
        filters.add(words);
        filters.add(count);
        filters.setBorder(BorderFactory.createEmptyBorder(2, 2, 2, 2));
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(false);
        int[] widths = {44, 90, 70, 200, 120, 140, 140, 520};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && table.getSelectedRow() >= 0) {
                onJump.accept(model.flag(table.convertRowIndexToModel(table.getSelectedRow())).row());
            }
        });
        add(filters, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        kind.addActionListener(e -> refilter());
        severity.addActionListener(e -> refilter());
        version.addActionListener(e -> refilter());
        words.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refilter();
            }
        });
    }

    void onJump(IntConsumer c) {
        onJump = c;
    }

    JTable table() {
        return table;
    }

    Model model() {
        return model;
    }

    void show(Comparison c) {
        if (!c.labels().equals(currentLabels())) {
            int keep = version.getSelectedIndex();
            version.removeAllItems();
            version.addItem(Messages.get("flags.filter.allVersions"));
            c.labels().forEach(version::addItem);
            version.setSelectedIndex(keep > 0 && keep < version.getItemCount() ? keep : 0);
        }
        model.set(c);
        refilter();
    }

    private List<String> currentLabels() {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < version.getItemCount(); i++) {
            out.add(version.getItemAt(i));
        }
        return out;
    }
    void refilter() {
        int k = kind.getSelectedIndex();
        int minSeverity = Math.max(0, severity.getSelectedIndex());
        int v = version.getSelectedIndex() - 1;
        String w = words.getText().strip().toLowerCase(Locale.ROOT);
        sorter.setRowFilter(new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends Model, ? extends Integer> entry) {
                Flag f = entry.getModel().flag(entry.getIdentifier());
                return accepts(f, k <= 0 ? null : Flag.Kind.values()[k - 1], Flag.Severity.values()[minSeverity], v, w);
            }
        });
        count.setText(Messages.get("flags.count", table.getRowCount(), model.getRowCount()));
    }

    /** The filter itself, kept apart from Swing so a test can check it. */
    static boolean accepts(Flag f, Flag.Kind kind, Flag.Severity min, int version, String words) {
        if (kind != null && f.kind() != kind) {
            return false;
        }
        if (f.severity().compareTo(min) < 0) {
            return false;
        }
        if (version >= 0 && f.versionA() != version && f.versionB() != version) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        // The reason as shown and in English: a Chinese or Russian window still finds "Ukraine" or a glossary name.
        String shown = Messages.reason(f);
        String all = f.textA() + " " + f.textB() + " " + shown + (shown.equals(f.reason()) ? "" : " " + f.reason());
        return all.toLowerCase(Locale.ROOT).contains(words);
    }
}
