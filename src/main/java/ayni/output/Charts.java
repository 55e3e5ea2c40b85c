package ayni.output;

import ayni.model.EventLog;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;

/**
 * The time charts every output uses: stacked areas (shares, flows by channel) and lines with confidence bands.
 * Each has a title, a date axis, a value axis with its unit, a legend, a source line and the events marked.
 */
public final class Charts {
    /** Colours for series that are not actor kinds (channels, arms), distinguishable in print. */
    public static final Color[] PALETTE = ayni.style.Palette.SERIES;

    /** One line with its band (low..high), e.g. an arm's mean with its 95% confidence interval. */
    public record Band(String label, double[] mean, double[] low, double[] high, Paint paint) {}

    private Charts() {}

    public static JFreeChart stacked(String title, String yLabel, List<String> dates, List<String> labels,
                                     List<double[]> values, List<? extends Paint> paints, Double yMax, String source,
                                     List<EventLog.Entry> events) {
        TimeTableXYDataset data = new TimeTableXYDataset();
        for (int t = 0; t < dates.size(); t++) {
            Month m = month(dates.get(t));
            for (int s = 0; s < labels.size(); s++) data.add(m, values.get(s)[t], labels.get(s), false);
        }
        StackedXYAreaRenderer2 r = new StackedXYAreaRenderer2();
        for (int s = 0; s < labels.size(); s++) {
            r.setSeriesPaint(s, paints.get(s));
            r.setSeriesOutlineStroke(s, new BasicStroke(0.5f));
        }
        NumberAxis y = new NumberAxis(yLabel);
        if (yMax != null) y.setRange(0, yMax);
        return finish(title, new XYPlot(data, new DateAxis("Date (month)"), y, r), source, events);
    }

    /** Lines over time, one per series. */
    public static JFreeChart lines(String title, String yLabel, List<String> dates, List<String> labels, List<double[]> values,
                                   List<? extends Paint> paints, Double yMax, String source, List<EventLog.Entry> events) {
        org.jfree.data.time.TimeSeriesCollection data = new org.jfree.data.time.TimeSeriesCollection();
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < labels.size(); s++) {
            org.jfree.data.time.TimeSeries ts = new org.jfree.data.time.TimeSeries(labels.get(s));
            for (int t = 0; t < dates.size(); t++) ts.add(month(dates.get(t)), values.get(s)[t]);
            data.addSeries(ts);
            r.setSeriesPaint(s, paints.get(s));
            r.setSeriesStroke(s, new BasicStroke(1.6f));
        }
        NumberAxis y = new NumberAxis(yLabel);
        if (yMax != null) y.setRange(0, yMax);
        return finish(title, new XYPlot(data, new DateAxis("Date (month)"), y, r), source, events);
    }

    public static JFreeChart bands(String title, String yLabel, List<String> dates, List<Band> bands, String source,
                                   List<EventLog.Entry> events) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, false);
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            YIntervalSeries s = new YIntervalSeries(band.label());
            for (int t = 0; t < dates.size(); t++) {
                s.add(month(dates.get(t)).getFirstMillisecond(), band.mean()[t], band.low()[t], band.high()[t]);
            }
            data.addSeries(s);
            r.setSeriesPaint(b, band.paint());
            r.setSeriesFillPaint(b, band.paint());
            r.setSeriesStroke(b, new BasicStroke(1.6f));
        }
        r.setAlpha(0.25f);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        return finish(title, new XYPlot(data, new DateAxis("Date (month)"), y, r), source, events);
    }

    private static final java.util.regex.Pattern CHANNEL =
            java.util.regex.Pattern.compile("fundingChannel_([a-z]+)To([A-Z][a-zA-Z]*)");

    /**
     * The stacked chart of the fundingChannel_* columns (USD per month), labelled "Donors to NGOs" etc.
     * @param column the values of a column (one run's, or a mean over runs)
     */
    public static JFreeChart fundingByChannel(String title, List<String> dates, List<String> columns,
                                              java.util.function.Function<String, double[]> column, String source,
                                              List<EventLog.Entry> events) {
        List<String> labels = new java.util.ArrayList<>();
        List<double[]> flows = new java.util.ArrayList<>();
        List<Paint> paints = new java.util.ArrayList<>();
        for (String col : columns) {
            java.util.regex.Matcher m = CHANNEL.matcher(col);
            if (!m.matches()) continue;
            labels.add(kindLabel(m.group(1)) + " to " + kindLabel(m.group(2)));
            flows.add(column.apply(col));
            paints.add(PALETTE[(labels.size() - 1) % PALETTE.length]);
        }
        return stacked(title, "Funding passed on (USD per month)", dates, labels, flows, paints, null, source, events);
    }

    /** "NGOs" for the key "ngo" or "Ngo". */
    static String kindLabel(String key) {
        for (ayni.domain.ActorKind k : ayni.domain.ActorKind.values()) {
            if (k.key().equalsIgnoreCase(key)) return PowerChart.label(k);
        }
        return key;
    }

    private static JFreeChart finish(String title, XYPlot plot, String source, List<EventLog.Entry> events) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (events != null) EventMarkers.mark(plot, events);
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        TextTitle src = new TextTitle(source, new Font("SansSerif", Font.PLAIN, 10));
        src.setPosition(RectangleEdge.BOTTOM);
        src.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(src);
        return chart;
    }

    static Month month(String date) {
        YearMonth ym = YearMonth.parse(date);
        return new Month(ym.getMonthValue(), ym.getYear());
    }
}
