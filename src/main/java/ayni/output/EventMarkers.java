package ayni.output;

import ayni.model.EventLog;
import ayni.style.TimeMarkers;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * Marks a run's events on a time chart: each month with events gets a numbered line (dark and dashed for scenario
 * events and levers, grey for donors and platforms leaving by their 'until') and a line in the key under the chart
 * saying in words what happened; elections are thin grey lines without a number. Numbers of months close together
 * are staggered over three rows so they never overprint.
 */
public final class EventMarkers {
    /** The events of one month, numbered in date order, in words; strong if any was a scenario event or a lever. */
    public record Mark(int number, YearMonth month, List<String> what, boolean strong) {
        /** "3  2008-01  new policy at SENASA: ..." */
        public String keyLine() {
            return number + "  " + month + "  " + String.join("; ", what);
        }
    }

    /** A chart's event marks: numbered months, and the months of elections. */
    public record Marks(List<Mark> numbered, List<YearMonth> elections) {
        public static final Marks NONE = new Marks(List.of(), List.of());

        /** @param names actor id → name */
        public static Marks of(List<EventLog.Entry> entries, Map<String, String> names) {
            return of(entries, e -> EventWords.describe(e, names));
        }

        /** @param words an event in words (e.g. the {@code what} column of events.csv) */
        public static Marks of(List<EventLog.Entry> entries, java.util.function.Function<EventLog.Entry, String> words) {
            Map<YearMonth, List<EventLog.Entry>> byMonth = new LinkedHashMap<>();
            List<YearMonth> elections = new ArrayList<>();
            for (EventLog.Entry e : entries) {
                if (e.origin() == EventLog.Origin.ELECTION) {
                    if (!elections.contains(e.month())) elections.add(e.month());
                } else {
                    byMonth.computeIfAbsent(e.month(), m -> new ArrayList<>()).add(e);
                }
            }
            List<YearMonth> months = new ArrayList<>(byMonth.keySet());
            months.sort(null);
            List<Mark> out = new ArrayList<>();
            for (YearMonth m : months) {
                List<String> what = new ArrayList<>();
                boolean strong = false;
                for (EventLog.Entry e : byMonth.get(m)) {
                    String w = words.apply(e);
                    if (!what.contains(w)) what.add(w);
                    strong |= e.origin() == EventLog.Origin.EVENT || e.origin() == EventLog.Origin.LEVER;
                }
                out.add(new Mark(out.size() + 1, m, List.copyOf(what), strong));
            }
            return new Marks(List.copyOf(out), List.copyOf(elections));
        }

        /** The key under a chart, one line per numbered month, then the elections. */
        public List<String> key() {
            List<String> lines = new ArrayList<>();
            for (Mark m : numbered) lines.add(m.keyLine());
            if (!elections.isEmpty()) {
                lines.add("Thin grey lines: elections (" + String.join(", ", elections.stream().map(YearMonth::toString).toList())
                        + "), after which government agencies' ties weaken.");
            }
            return lines;
        }

        public boolean isEmpty() {
            return numbered.isEmpty() && elections.isEmpty();
        }
    }

    /** The key's subtitle; {@link ChartFiles} makes a chart taller by its lines. */
    static final class Key extends TextTitle {
        private static final long serialVersionUID = 1L;
        final int lines;

        Key(List<String> lines) {
            super(String.join("\n", lines), new Font("SansSerif", Font.PLAIN, 10));
            int n = 0;
            // about 6 pixels per character at this font size
            for (String l : lines) n += 1 + l.length() * 6 / (ChartFiles.WIDTH - 60);
            this.lines = n;
            setPosition(RectangleEdge.BOTTOM);
            setHorizontalAlignment(HorizontalAlignment.LEFT);
            setTextAlignment(HorizontalAlignment.LEFT);
            setPadding(new RectangleInsets(4, 8, 2, 8));
        }
    }

    private static final Color STRONG = new Color(40, 40, 40), UNTIL = new Color(110, 110, 110), LIGHT = new Color(175, 175, 175);

    private EventMarkers() {}

    /**
     * Draws the marks on the plot and adds their key under the chart.
     * @param first,last the chart's first and last months, to stagger numbers that would touch
     */
    static void mark(JFreeChart chart, XYPlot plot, Marks marks, YearMonth first, YearMonth last) {
        mark(chart, List.of(plot), marks, first, last);
    }

    /** Lines on every plot (e.g. the panels of small multiples), numbers on the first. */
    static void mark(JFreeChart chart, List<XYPlot> plots, Marks marks, YearMonth first, YearMonth last) {
        if (marks == null || marks.isEmpty()) return;
        lines(plots, marks, first, last, 0.025);
        chart.addSubtitle(new Key(marks.key()));
    }

    /**
     * The marks' lines on every plot and their numbers on the first, without a key (a live view shows the key beside
     * its charts).
     * @param gap the share of the time axis a number takes: marks closer than that go one row down
     */
    public static void lines(List<XYPlot> plots, Marks marks, YearMonth first, YearMonth last, double gap) {
        for (XYPlot plot : plots) {
            for (YearMonth m : marks.elections()) {
                ValueMarker v = new ValueMarker(TimeMarkers.millis(m));
                v.setPaint(LIGHT);
                v.setStroke(new BasicStroke(0.6f));
                plot.addDomainMarker(v);
            }
        }
        double span = Math.max(1, ChronoUnit.MONTHS.between(first, last));
        YearMonth previous = null;
        int row = 0;
        for (Mark mk : marks.numbered()) {
            ValueMarker v = new ValueMarker(TimeMarkers.millis(mk.month()));
            v.setPaint(mk.strong() ? STRONG : UNTIL);
            v.setStroke(mk.strong() ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                    new float[] {5f, 3f}, 0f) : new BasicStroke(0.9f));
            // a number takes about gap of the axis: closer marks go one row down
            row = previous != null && ChronoUnit.MONTHS.between(previous, mk.month()) / span < gap ? (row + 1) % 3 : 0;
            previous = mk.month();
            for (int i = 0; i < plots.size(); i++) {
                ValueMarker line = i == 0 ? v : new ValueMarker(v.getValue(), v.getPaint(), v.getStroke());
                if (i == 0) {
                    v.setLabel(Integer.toString(mk.number()));
                    v.setLabelFont(new Font("SansSerif", Font.BOLD, 11));
                    v.setLabelPaint(STRONG);
                    v.setLabelBackgroundColor(new Color(255, 255, 255, 220));
                    v.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                    v.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                    v.setLabelOffset(new RectangleInsets(3 + 14 * row, 2, 2, 2));
                }
                plots.get(i).addDomainMarker(line);
            }
        }
    }
}
