package ayni.gui;

import ayni.domain.Layer;
import ayni.model.Lever;
import ayni.style.Palette;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * The teacher's panel: the scenario's title, period and current date; the scenario picker; the levers; a check box per
 * tie layer; the redraw interval; and the event log in words, numbered as the marks on the live charts. It only shows
 * and forwards: every action goes to the callbacks {@link AyniWithUI} gives it.
 */
final class ClassroomPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    final JLabel title = new JLabel(" ");
    final JLabel date = new JLabel(" ");
    final JComboBox<String> scenarios = new JComboBox<>();
    /** The donors present, shown by name; the lever takes the id. */
    final JComboBox<Choice> donors = new JComboBox<>();
    {
        // as wide as a typical name, so a long one does not push the button out of the window
        donors.setPrototypeDisplayValue(new Choice("", "Other international cooperation"));
    }

    /** An entry of a picker: shown by its name, acted on by its id. */
    record Choice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }
    final JSpinner cut = new JSpinner(new SpinnerNumberModel(Lever.DEFAULT_CUT, 0.05, 1.0, 0.05));
    final JSpinner redraw = new JSpinner(new SpinnerNumberModel(1, 1, 120, 1));
    final JLabel status = new JLabel(" ");
    final javax.swing.JTextArea log = new javax.swing.JTextArea();
    final java.util.EnumMap<Layer, JCheckBox> layerBoxes = new java.util.EnumMap<>(Layer.class);
    private List<String> shown = List.of();

    ClassroomPanel(List<String> scenarioNames, Consumer<String> open, BiConsumer<Lever, String> pull,
                   BiConsumer<Layer, Boolean> showLayer, IntConsumer redrawEvery) {
        super(new BorderLayout(4, 4));
        setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        title.setFont(new Font("SansSerif", Font.BOLD, 14));
        date.setFont(new Font("SansSerif", Font.BOLD, 13));
        date.setForeground(new Color(0x8b0f12));
        top.add(left(title));
        top.add(left(date));

        for (String s : scenarioNames) scenarios.addItem(s);
        JButton openButton = new JButton("Open");
        openButton.addActionListener(e -> open.accept((String) scenarios.getSelectedItem()));
        top.add(row(new JLabel("Scenario:"), scenarios, openButton));

        JPanel levers = new JPanel(new GridLayout(0, 1, 2, 2));
        levers.setBorder(BorderFactory.createTitledBorder("Levers (apply at the next month, logged below)"));
        JButton withdraw = new JButton("Withdraw donor now");
        withdraw.addActionListener(e -> {
            if (donors.getSelectedItem() instanceof Choice c) pull.accept(Lever.WITHDRAW_DONOR, c.id());
        });
        levers.add(row(donors, withdraw));
        JButton cutButton = new JButton("Cut all donor budgets by share");
        cutButton.addActionListener(e -> pull.accept(Lever.CUT_DONOR_BUDGETS, cut.getValue().toString()));
        levers.add(row(cut, cutButton));
        JPanel three = new JPanel(new GridLayout(1, 3, 4, 0));
        for (Lever l : List.of(Lever.PERFORMANCE_FUNDING, Lever.RECOGNISE_PGS, Lever.ELECTION)) {
            JButton b = new JButton(switch (l) {
                case PERFORMANCE_FUNDING -> "Performance-based funding";
                case RECOGNISE_PGS -> "Recognise PGS";
                default -> "Election";
            });
            b.setToolTipText(l.label());
            b.addActionListener(e -> pull.accept(l, null));
            three.add(b);
        }
        levers.add(three);
        status.setFont(new Font("SansSerif", Font.ITALIC, 11));
        levers.add(status);
        top.add(levers);

        JPanel layers = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        layers.add(new JLabel("Ties:"));
        for (Layer l : Layer.values()) {
            JCheckBox box = new JCheckBox(l.key(), true);
            layerBoxes.put(l, box);
            box.setForeground(Palette.layer(l).darker());
            box.setFont(box.getFont().deriveFont(Font.BOLD));
            box.addActionListener(e -> showLayer.accept(l, box.isSelected()));
            layers.add(box);
        }
        layers.add(new JLabel("  redraw every"));
        redraw.addChangeListener(e -> redrawEvery.accept((Integer) redraw.getValue()));
        layers.add(redraw);
        layers.add(new JLabel("months"));
        top.add(layers);
        add(top, BorderLayout.NORTH);

        log.setEditable(false);
        log.setLineWrap(true); // a month with several events is a long line: it wraps at the panel's width
        log.setWrapStyleWord(true);
        log.setFont(new Font("SansSerif", Font.PLAIN, 12));
        JScrollPane scroll = new JScrollPane(log);
        scroll.setBorder(BorderFactory.createTitledBorder("Events, numbered as on the charts (·: elections, thin lines)"));
        add(scroll, BorderLayout.CENTER);
    }

    private static JPanel left(JLabel l) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        p.add(l);
        return p;
    }

    private static JPanel row(java.awt.Component... cs) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        for (java.awt.Component c : cs) p.add(c);
        return p;
    }

    /** Shows the present donors by name, keeping the selection when it is still present. */
    void setDonors(List<Choice> present) {
        Object selected = donors.getSelectedItem();
        if (present.size() == donors.getItemCount()) {
            boolean same = true;
            for (int i = 0; i < present.size() && same; i++) same = present.get(i).equals(donors.getItemAt(i));
            if (same) return;
        }
        donors.setModel(new DefaultComboBoxModel<>(present.toArray(new Choice[0])));
        if (selected != null && present.contains(selected)) donors.setSelectedItem(selected);
    }

    /** Shows the event log's lines (the charts' key), replacing what was shown when they differ. */
    void setLog(List<String> lines) {
        if (lines.equals(shown)) return;
        log.setText(String.join("\n", lines));
        shown = List.copyOf(lines);
    }
}
