package ayni.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Month;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * Marks dated events on a time chart: strong ones (scenario events, levers) as dark dashed lines with a label, light
 * ones (elections, donors leaving by their 'until') as thin grey lines without one, so many of them do not hide the data.
 */
public final class TimeMarkers {
    /** One event to mark. */
    public record Marker(YearMonth month, String label, boolean strong) {}

    private static final Color STRONG = new Color(40, 40, 40);
    private static final Color LIGHT = new Color(150, 150, 150);

    private TimeMarkers() {}

    /** "2009-01 donorExit oxfam-novib", targets shortened. */
    public static String label(YearMonth month, String kind, String targets) {
        String t = targets.length() > 24 ? targets.substring(0, 22) + ".." : targets;
        return month + " " + kind + (t.isEmpty() ? "" : " " + t);
    }

    public static void mark(XYPlot plot, List<Marker> markers) {
        YearMonth lastLabelled = null;
        int labelled = 0;
        for (Marker e : markers) {
            ValueMarker m = new ValueMarker(millis(e.month()));
            m.setPaint(e.strong() ? STRONG : LIGHT);
            m.setStroke(e.strong() ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                    new float[] {5f, 3f}, 0f) : new BasicStroke(0.6f));
            // one label per month, so events of the same month do not overprint
            if (e.strong() && !e.month().equals(lastLabelled)) {
                m.setLabel(e.label());
                m.setLabelFont(new Font("SansSerif", Font.PLAIN, 9));
                m.setLabelPaint(STRONG);
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                // stagger labels over four rows so events a few months apart stay readable
                m.setLabelOffset(new RectangleInsets(4 + 12 * (labelled++ % 4), 2, 2, 2));
                lastLabelled = e.month();
            }
            plot.addDomainMarker(m);
        }
    }

    public static double millis(YearMonth ym) {
        return new Month(ym.getMonthValue(), ym.getYear()).getFirstMillisecond();
    }
}
