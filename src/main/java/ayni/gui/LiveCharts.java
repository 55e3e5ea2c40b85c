package ayni.gui;

import ayni.domain.ActorKind;
import ayni.style.Palette;
import ayni.output.EventMarkers;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Paint;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JPanel;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.ui.RectangleEdge;

/**
 * The live charts beside the network: share of power by actor kind, centralization, funding by channel and SME
 * adoption. They plot the batch run's own columns ({@code powerPagerank_<kind>}, {@code centralization_funding},
 * {@code centralization_knowledge}, {@code fundingChannel_*}, {@code adoption_all}) as the {@link
 * ayni.metrics.StepObserver} records them, with the batch charts' titles, series labels and colours, and the event
 * log's entries marked. Change only on the Swing thread.
 */
final class LiveCharts {
    static final String POWER = "Share of power by actor kind";
    static final String CENTRALIZATION = "Centralization of the funding and knowledge layers";
    static final String FUNDING = "Funding by channel";
    static final String ADOPTION = "SME adoption of sustainable practices";
    private static final Pattern CHANNEL = Pattern.compile("fundingChannel_([a-z]+)To([A-Z][a-zA-Z]*)");

    final JPanel panel;
    private final TimeTableXYDataset power = new TimeTableXYDataset();
    private final TimeTableXYDataset funding = new TimeTableXYDataset();
    private final TimeSeriesCollection centralization = new TimeSeriesCollection();
    private final TimeSeriesCollection adoption = new TimeSeriesCollection();
    private final List<XYPlot> plots = new ArrayList<>();
    private final StackedXYAreaRenderer2 fundingRenderer = new StackedXYAreaRenderer2();
    private EventMarkers.Marks marksShown;
    private long markedUntil;
    private YearMonth start;

    LiveCharts(int rows, int cols) {
        panel = new JPanel(new GridLayout(rows, cols));
        StackedXYAreaRenderer2 pr = new StackedXYAreaRenderer2();
        for (ActorKind k : ActorKind.values()) pr.setSeriesPaint(k.ordinal(), Palette.kind(k));
        add(POWER, "Share of power (fraction of PageRank)", power, pr, 1.0);
        XYLineAndShapeRenderer cr = lines(List.of(Palette.SERIES[0], Palette.SERIES[1]));
        add(CENTRALIZATION, "Freeman centralization (0..1)", centralization, cr, 1.0);
        add(FUNDING, "Funding passed on (USD per month)", funding, fundingRenderer, null);
        add(ADOPTION, "Share of SMEs adopting (fraction)", adoption, lines(List.of(Color.BLACK)), 1.0);
        centralization.addSeries(new TimeSeries("funding layer"));
        centralization.addSeries(new TimeSeries("knowledge layer"));
        adoption.addSeries(new TimeSeries("all SMEs"));
    }

    private static XYLineAndShapeRenderer lines(List<? extends Paint> paints) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < paints.size(); i++) {
            r.setSeriesPaint(i, paints.get(i));
            r.setSeriesStroke(i, new BasicStroke(1.8f));
        }
        return r;
    }

    private void add(String title, String yLabel, org.jfree.data.xy.XYDataset data,
                     org.jfree.chart.renderer.xy.XYItemRenderer r, Double yMax) {
        NumberAxis y = new NumberAxis(yLabel);
        y.setLabelFont(new Font("SansSerif", Font.PLAIN, 10));
        if (yMax != null) y.setRange(0, yMax);
        DateAxis x = new DateAxis(null);
        // months, never clock times: with one month of data JFreeChart would otherwise zoom into milliseconds
        x.setDateFormatOverride(new java.text.SimpleDateFormat("yyyy-MM"));
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 12), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(new Font("SansSerif", Font.PLAIN, 10));
        plots.add(plot);
        ChartPanel cp = new ChartPanel(chart, false);
        cp.setMinimumDrawWidth(200);
        cp.setMinimumDrawHeight(150);
        cp.setMaximumDrawWidth(4000);
        cp.setMaximumDrawHeight(3000);
        panel.add(cp);
    }

    /** Empties the charts for a new run that starts in {@code first}. */
    void reset(YearMonth first) {
        start = first;
        power.clear();
        funding.clear();
        for (Object s : centralization.getSeries()) ((TimeSeries) s).clear();
        for (Object s : adoption.getSeries()) ((TimeSeries) s).clear();
        for (XYPlot p : plots) p.clearDomainMarkers();
        showMonths(first);
        marksShown = null;
    }

    /** Series label of a funding channel column, as in the batch chart: "Donors to NGOs". */
    static String channelLabel(String column) {
        Matcher m = CHANNEL.matcher(column);
        if (!m.matches()) return null;
        return kindLabel(m.group(1)) + " to " + kindLabel(m.group(2));
    }

    private static String kindLabel(String key) {
        for (ActorKind k : ActorKind.values()) if (k.key().equalsIgnoreCase(key)) return Palette.label(k);
        return key;
    }

    /** Adds observed rows (one per month) whose columns are named as in the batch time series. */
    void append(List<String> columns, List<String> dates, List<double[]> rows) {
        if (rows.isEmpty()) return;
        int fundingSeries = 0;
        for (int r = 0; r < rows.size(); r++) {
            YearMonth ym = YearMonth.parse(dates.get(r));
            Month m = new Month(ym.getMonthValue(), ym.getYear());
            double[] v = rows.get(r);
            for (ActorKind k : ActorKind.values()) {
                power.add(m, v[columns.indexOf("powerPagerank_" + k.key())], Palette.label(k), false);
            }
            fundingSeries = 0;
            for (int c = 0; c < columns.size(); c++) {
                String label = channelLabel(columns.get(c));
                if (label == null) continue;
                fundingRenderer.setSeriesPaint(fundingSeries, Palette.SERIES[fundingSeries % Palette.SERIES.length]);
                fundingSeries++;
                funding.add(m, v[c], label, false);
            }
            centralization.getSeries(0).add(m, v[columns.indexOf("centralization_funding")], false);
            centralization.getSeries(1).add(m, v[columns.indexOf("centralization_knowledge")], false);
            adoption.getSeries(0).add(m, v[columns.indexOf("adoption_all")], false);
        }
        showMonths(YearMonth.parse(dates.get(dates.size() - 1)));
        // notify once per batch of rows, not per value
        power.setNotify(true);
        funding.setNotify(true);
        for (Object s : centralization.getSeries()) ((TimeSeries) s).fireSeriesChanged();
        for (Object s : adoption.getSeries()) ((TimeSeries) s).fireSeriesChanged();
    }

    /**
     * The time axis runs from the first month to the last month played, and over at least a year, so early months are
     * not squeezed and the first step already shows dated ticks.
     */
    private void showMonths(YearMonth last) {
        if (start == null) return;
        YearMonth end = last.isBefore(start.plusMonths(12)) ? start.plusMonths(12) : last.plusMonths(1);
        long from = new Month(start.getMonthValue(), start.getYear()).getFirstMillisecond();
        long to = new Month(end.getMonthValue(), end.getYear()).getFirstMillisecond();
        for (XYPlot p : plots) ((DateAxis) p.getDomainAxis()).setRange(new java.util.Date(from), new java.util.Date(to));
    }

    /** The range of the time axes, for tests: first and last month shown. */
    String axisMonths() {
        DateAxis x = (DateAxis) plots.get(0).getDomainAxis();
        java.text.DateFormat f = x.getDateFormatOverride();
        return f.format(x.getMinimumDate()) + ".." + f.format(x.getMaximumDate());
    }

    /**
     * Marks events on every chart as the static charts do: a numbered line per month with events (the classroom's
     * event log is the key, in words), a thin grey line per election. Redrawn when the marks or the axis change, since
     * the numbers are staggered by their distance along the axis.
     */
    void mark(EventMarkers.Marks marks) {
        DateAxis x = (DateAxis) plots.get(0).getDomainAxis();
        long end = x.getMaximumDate().getTime();
        if (marks.equals(marksShown) && end == markedUntil) return;
        java.util.Calendar c = java.util.Calendar.getInstance();
        c.setTime(x.getMaximumDate());
        YearMonth last = YearMonth.of(c.get(java.util.Calendar.YEAR), c.get(java.util.Calendar.MONTH) + 1);
        for (XYPlot p : plots) {
            p.clearDomainMarkers();
            // a chart here is about a quarter of the screen wide: a number takes about 5 % of its axis
            EventMarkers.lines(List.of(p), marks, start, last, 0.05);
        }
        marksShown = marks;
        markedUntil = end;
    }

    /** For tests: the series names of a chart, in order. */
    List<String> seriesNames(String title) {
        List<String> out = new ArrayList<>();
        org.jfree.data.xy.XYDataset d = switch (title) {
            case POWER -> power;
            case FUNDING -> funding;
            case CENTRALIZATION -> centralization;
            default -> adoption;
        };
        for (int i = 0; i < d.getSeriesCount(); i++) out.add(String.valueOf(d.getSeriesKey(i)));
        return out;
    }

    /** For tests: the last value of a series. */
    double last(String title, int series) {
        org.jfree.data.xy.XYDataset d = switch (title) {
            case POWER -> power;
            case FUNDING -> funding;
            case CENTRALIZATION -> centralization;
            default -> adoption;
        };
        return d.getYValue(series, d.getItemCount(series) - 1);
    }

    /** For tests: the numbered marks of the first chart, in order. */
    List<org.jfree.chart.plot.ValueMarker> numberedMarkers() {
        List<org.jfree.chart.plot.ValueMarker> out = new ArrayList<>();
        java.util.Collection<?> c = plots.get(0).getDomainMarkers(org.jfree.ui.Layer.FOREGROUND);
        if (c != null) for (Object o : c) if (o instanceof org.jfree.chart.plot.ValueMarker v && v.getLabel() != null) out.add(v);
        return out;
    }

    int domainMarkers() {
        java.util.Collection<?> c = plots.get(0).getDomainMarkers(org.jfree.ui.Layer.FOREGROUND);
        return c == null ? 0 : c.size();
    }
}
