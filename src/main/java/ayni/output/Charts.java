package ayni.output;

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
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Month;
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
                                     EventMarkers.Marks events) {
        // stacked as areas of cumulative sums, the largest drawn first: one polygon per series (a stacked renderer
        // draws one per month, which leaves hairline gaps and makes the SVG ten times larger)
        org.jfree.data.time.TimeSeriesCollection data = new org.jfree.data.time.TimeSeriesCollection();
        double[] sum = new double[dates.size()];
        org.jfree.chart.renderer.xy.XYAreaRenderer r = new org.jfree.chart.renderer.xy.XYAreaRenderer(
                org.jfree.chart.renderer.xy.XYAreaRenderer.AREA);
        for (int s = 0; s < labels.size(); s++) {
            org.jfree.data.time.TimeSeries ts = new org.jfree.data.time.TimeSeries(labels.get(s));
            for (int t = 0; t < dates.size(); t++) {
                sum[t] += values.get(s)[t];
                ts.add(month(dates.get(t)), sum[t]);
            }
            data.addSeries(ts);
            r.setSeriesPaint(s, paints.get(s));
        }
        XYPlot plot = new XYPlot(data, new DateAxis("Date (month)"), valueAxis(yLabel, yMax), r);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.REVERSE);
        return finish(title, plot, source, events, dates);
    }

    /** Lines over time, one per series. */
    public static JFreeChart lines(String title, String yLabel, List<String> dates, List<String> labels, List<double[]> values,
                                   List<? extends Paint> paints, Double yMax, String source, EventMarkers.Marks events) {
        org.jfree.data.time.TimeSeriesCollection data = new org.jfree.data.time.TimeSeriesCollection();
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true); // one SVG path per line, not one element per month
        for (int s = 0; s < labels.size(); s++) {
            org.jfree.data.time.TimeSeries ts = new org.jfree.data.time.TimeSeries(labels.get(s));
            for (int t = 0; t < dates.size(); t++) ts.add(month(dates.get(t)), values.get(s)[t]);
            data.addSeries(ts);
            r.setSeriesPaint(s, paints.get(s));
            r.setSeriesStroke(s, new BasicStroke(1.6f));
        }
        return finish(title, new XYPlot(data, new DateAxis("Date (month)"), valueAxis(yLabel, yMax), r), source, events, dates);
    }

    /** As {@code yMax}: the values are shares (fractions), drawn on a 0-100% axis. */
    public static final Double SHARE = -1.0;

    /**
     * A value axis from 0 to {@code yMax} (null: automatic; {@link #SHARE}: 0 to 100% with ticks in percent), with a
     * little room at the top so a line at the maximum does not vanish into the border.
     */
    static NumberAxis valueAxis(String label, Double yMax) {
        NumberAxis y = new NumberAxis(label);
        if (SHARE.equals(yMax)) {
            y.setRange(0, 1.02);
            y.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT));
        } else if (yMax != null) {
            y.setRange(0, yMax * 1.02);
        }
        return y;
    }

    static final float BAND_ALPHA = 0.25f;

    /**
     * Each band's line and its shaded 95% band, and for two or more bands the colour where bands overlap (their
     * shades mixed), so a reader knows what the mixed colour means.
     */
    static org.jfree.chart.LegendItemCollection bandLegend(List<Band> bands) {
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        java.awt.Shape box = new java.awt.Rectangle(-6, -5, 12, 10);
        for (Band b : bands) {
            Color c = (Color) b.paint();
            items.add(new org.jfree.chart.LegendItem(b.label() + ": mean", null, null, null,
                    new java.awt.geom.Line2D.Double(-7, 0, 7, 0), new BasicStroke(2f), c));
            items.add(new org.jfree.chart.LegendItem(b.label() + ": 95% band", null, null, null, box, shade(Color.WHITE, c)));
        }
        if (bands.size() >= 2) {
            Color mixed = Color.WHITE;
            for (Band b : bands) mixed = shade(mixed, (Color) b.paint());
            items.add(new org.jfree.chart.LegendItem("bands overlap", null, null, null, box, mixed));
        }
        return items;
    }

    /** A colour drawn at the band's alpha over a background. */
    static Color shade(Color under, Color c) {
        float a = BAND_ALPHA;
        return new Color(Math.round(c.getRed() * a + under.getRed() * (1 - a)), Math.round(c.getGreen() * a + under.getGreen() * (1 - a)),
                Math.round(c.getBlue() * a + under.getBlue() * (1 - a)));
    }

    public static JFreeChart bands(String title, String yLabel, List<String> dates, List<Band> bands, String source,
                                   EventMarkers.Marks events) {
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
        r.setAlpha(BAND_ALPHA);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, new DateAxis("Date (month)"), y, r);
        plot.setFixedLegendItems(bandLegend(bands));
        return finish(title, plot, source, events, dates);
    }

    private static final java.util.regex.Pattern CHANNEL =
            java.util.regex.Pattern.compile("fundingChannel_([a-z]+)To([A-Z][a-zA-Z]*)");

    /**
     * The stacked chart of the fundingChannel_* columns (USD per month), labelled "Donors to NGOs" etc.
     * @param column the values of a column (one run's, or a mean over runs)
     */
    public static JFreeChart fundingByChannel(String title, List<String> dates, List<String> columns,
                                              java.util.function.Function<String, double[]> column, String source,
                                              EventMarkers.Marks events) {
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
        return stacked(title, "Funding passed on (US$ per month)", dates, labels, flows, paints, null, source, events);
    }

    /** "NGOs" for the key "ngo" or "Ngo". */
    static String kindLabel(String key) {
        for (ayni.domain.ActorKind k : ayni.domain.ActorKind.values()) {
            if (k.key().equalsIgnoreCase(key)) return PowerChart.label(k);
        }
        return key;
    }

    /** A white chart with its legend on the right and the source line under it. */
    private static JFreeChart framed(String title, org.jfree.chart.plot.Plot plot, String source) {
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        TextTitle src = new TextTitle(source, new Font("SansSerif", Font.PLAIN, 10));
        src.setPosition(RectangleEdge.BOTTOM);
        src.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(src);
        return chart;
    }

    static JFreeChart finish(String title, XYPlot plot, String source, EventMarkers.Marks events, List<String> dates) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = framed(title, plot, source);
        if (!dates.isEmpty()) {
            EventMarkers.mark(chart, plot, events, YearMonth.parse(dates.get(0)), YearMonth.parse(dates.get(dates.size() - 1)));
        }
        return chart;
    }

    /** One panel of small multiples: its name (the panel's axis label) and its lines. */
    public record Panel(String name, List<double[]> values) {}

    /**
     * Small multiples: panels stacked over one date axis, each with the same series (same labels and colours, one
     * legend), e.g. SME adoption by size with a line per market orientation.
     */
    public static JFreeChart smallMultiples(String title, List<String> dates, List<String> labels, List<? extends Paint> paints,
                                            List<java.awt.Stroke> strokes, List<Panel> panels, Double yMax, String source,
                                            EventMarkers.Marks events) {
        org.jfree.chart.plot.CombinedDomainXYPlot combined = new org.jfree.chart.plot.CombinedDomainXYPlot(new DateAxis("Date (month)"));
        combined.setGap(8);
        List<XYPlot> plots = new java.util.ArrayList<>();
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        for (int s = 0; s < labels.size(); s++) {
            legend.add(new org.jfree.chart.LegendItem(labels.get(s), null, null, null,
                    new java.awt.geom.Line2D.Double(-7, 0, 7, 0), strokes.get(s), paints.get(s)));
        }
        for (Panel p : panels) {
            org.jfree.data.time.TimeSeriesCollection data = new org.jfree.data.time.TimeSeriesCollection();
            org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true); // one SVG path per line, not one element per month
            for (int s = 0; s < labels.size(); s++) {
                org.jfree.data.time.TimeSeries ts = new org.jfree.data.time.TimeSeries(labels.get(s));
                for (int t = 0; t < dates.size(); t++) ts.add(month(dates.get(t)), p.values().get(s)[t]);
                data.addSeries(ts);
                r.setSeriesPaint(s, paints.get(s));
                r.setSeriesStroke(s, strokes.get(s));
            }
            NumberAxis y = valueAxis(p.name(), yMax);
            y.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
            XYPlot plot = new XYPlot(data, null, y, r);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
            combined.add(plot, 1);
            plots.add(plot);
        }
        combined.setFixedLegendItems(legend);
        JFreeChart chart = framed(title, combined, source);
        if (!dates.isEmpty()) {
            EventMarkers.mark(chart, plots, events, YearMonth.parse(dates.get(0)), YearMonth.parse(dates.get(dates.size() - 1)));
        }
        return chart;
    }

    static Month month(String date) {
        YearMonth ym = YearMonth.parse(date);
        return new Month(ym.getMonthValue(), ym.getYear());
    }
}
