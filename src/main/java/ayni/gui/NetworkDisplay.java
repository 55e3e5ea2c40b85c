package ayni.gui;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.style.Palette;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * MASON's display with a header above it (scenario title, current month, a legend of kinds and layers), a drawing
 * that fills its pane whatever the window's size (the wheel zooms from there), and a redraw interval: with many actors, drawing every month would slow the run, so the network is redrawn every N months while
 * the model and the charts still advance every month.
 */
final class NetworkDisplay extends Display2D {
    private static final long serialVersionUID = 1L;
    private final JLabel title = new JLabel(" ");
    private final JLabel now = new JLabel(" ");
    /** Side of the square drawing at scale 1, in pixels: what the display frame holds below its header. */
    static final int SIDE = 665;
    static final double MIN_SCALE = 0.5, MAX_SCALE = 8;

    NetworkDisplay(double width, double height, GUIState gui) {
        super(width, height, gui);
        // the mouse wheel zooms (as the Scale field does), so a crowded centre can be opened up on a projector
        insideDisplay.addMouseWheelListener(e -> setScale(zoomed(getScale(), e.getPreciseWheelRotation())));
        // the drawing fills its pane: on a projector the window is large, and the rings should use all of it
        display.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                java.awt.Dimension d = display.getViewport().getExtentSize();
                if (d.width > 0 && d.height > 0) setScale(fitting(d.width, d.height));
            }
        });
    }

    /** The scale at which the square drawing fills a pane of w x h pixels (its shorter side), within the zoom's bounds, with room for the
     * frame MASON draws around it (a drawing any larger brings up scroll bars). */
    static double fitting(int w, int h) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, (Math.min(w, h) - 24) / (double) SIDE));
    }

    /** The scale after turning the wheel by {@code rotation} notches (negative: away from the user, zoom in). */
    static double zoomed(double scale, double rotation) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * Math.pow(1.2, -rotation)));
    }

    /** Redraw every n steps (1: every step). */
    void redrawEvery(int n) {
        updateRule = n <= 1 ? UPDATE_RULE_ALWAYS : UPDATE_RULE_STEPS;
        stepInterval = Math.max(1, n);
    }

    void setHeader(String scenarioTitle, String date) {
        title.setText(scenarioTitle);
        now.setText(date);
    }

    @Override
    public JFrame createFrame() {
        JFrame f = super.createFrame();
        JPanel head = new JPanel();
        head.setLayout(new BoxLayout(head, BoxLayout.Y_AXIS));
        head.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
        title.setFont(new Font("SansSerif", Font.BOLD, 12));
        now.setFont(new Font("SansSerif", Font.BOLD, 12));
        now.setForeground(new Color(0x8b0f12));
        head.add(title);
        head.add(now);
        head.add(new JLabel(legend()));
        f.getContentPane().add(head, BorderLayout.NORTH);
        return f;
    }

    /** One line of coloured dots and dashes: kinds (size = power) and tie layers. */
    static String legend() {
        StringBuilder sb = new StringBuilder("<html><span style='font-size:9px'>");
        for (ActorKind k : ActorKind.values()) {
            sb.append("<font color='").append(hex(Palette.kind(k))).append("'>&#9679;</font> ").append(Palette.label(k))
                    .append("&nbsp; ");
        }
        sb.append("&nbsp; (size = share of power)<br>ties: ");
        for (Layer l : Layer.values()) {
            sb.append("<font color='").append(hex(Palette.layer(l))).append("'><b>&#8212;</b></font> ").append(l.key())
                    .append("&nbsp; ");
        }
        return sb.append("</span></html>").toString();
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
