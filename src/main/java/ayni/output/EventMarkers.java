package ayni.output;

import ayni.model.EventLog;
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
 * Marks dated events on a time chart: scenario events and levers as dark dashed lines with a label, elections and
 * donors leaving by their 'until' as light lines without one (so many of them do not hide the data).
 */
public final class EventMarkers {
    private static final Color STRONG = new Color(40, 40, 40);
    private static final Color LIGHT = new Color(150, 150, 150);

    private EventMarkers() {}

    public static void mark(XYPlot plot, List<EventLog.Entry> entries) {
        YearMonth lastLabelled = null;
        int labelled = 0;
        for (EventLog.Entry e : entries) {
            boolean strong = e.origin() == EventLog.Origin.EVENT || e.origin() == EventLog.Origin.LEVER;
            ValueMarker m = new ValueMarker(millis(e.month()));
            m.setPaint(strong ? STRONG : LIGHT);
            m.setStroke(strong ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                    new float[] {5f, 3f}, 0f) : new BasicStroke(0.6f));
            // one label per month, so events of the same month do not overprint
            if (strong && !e.month().equals(lastLabelled)) {
                m.setLabel(label(e));
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

    static String label(EventLog.Entry e) {
        String t = e.targets().length() > 24 ? e.targets().substring(0, 22) + ".." : e.targets();
        return e.month() + " " + e.kind() + (t.isEmpty() ? "" : " " + t);
    }

    static double millis(YearMonth ym) {
        return new Month(ym.getMonthValue(), ym.getYear()).getFirstMillisecond();
    }
}
