package ayni.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;

/**
 * Charts of estimates with intervals and of effects by parameter: forest plots (hypotheses, paired against unpaired
 * intervals, Sobol indices) and horizontal bars (tornado, Morris, regression coefficients).
 */
public final class IntervalCharts {
    /** One estimate with its interval, in a series (drawn in the series' colour, one row per label). */
    public record Row(String label, String series, double estimate, double low, double high) {}

    private IntervalCharts() {}

    /**
     * A forest plot: one row per label, a dot at the estimate and a whisker over the interval; series side by side
     * within a row. Vertical lines at each of {@code references} (e.g. 0 and ± the minimum effect).
     */
    public static JFreeChart forest(String title, String xLabel, List<String> labels, List<String> series, List<Row> rows,
                                    double[] references, String source) {
        return forest(title, xLabel, labels, series, null, rows, references, source);
    }

    /** @param colours one per series, or null for the palette */
    public static JFreeChart forest(String title, String xLabel, List<String> labels, List<String> series,
                                    List<Color> colours, List<Row> rows, double[] references, String source) {
        java.util.Map<String, Integer> perLabel = new java.util.HashMap<>();
        for (Row row : rows) perLabel.merge(row.label(), 1, Integer::sum);
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDrawXError(true);
        r.setErrorStroke(new BasicStroke(2f));
        r.setCapLength(8);
        r.setBaseLinesVisible(false);
        r.setBaseShapesVisible(true);
        double gap = series.size() == 1 ? 0 : 0.5 / series.size();
        for (int s = 0; s < series.size(); s++) {
            XYIntervalSeries xs = new XYIntervalSeries(series.get(s));
            for (Row row : rows) {
                if (!row.series().equals(series.get(s))) continue;
                int i = labels.indexOf(row.label());
                boolean dodge = series.size() > 1 && perLabel.get(row.label()) > 1;
                double y = labels.size() - 1 - i + (dodge ? (s - (series.size() - 1) / 2.0) * -gap : 0);
                if (Double.isNaN(row.estimate())) continue;
                xs.add(row.estimate(), finite(row.low(), row.estimate()), finite(row.high(), row.estimate()), y, y, y);
            }
            data.addSeries(xs);
            Color c = colours != null ? colours.get(s) : Charts.PALETTE[s % Charts.PALETTE.length];
            r.setSeriesPaint(s, c);
            r.setSeriesShape(s, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        }
        r.setErrorPaint(null); // whiskers in each series' colour
        String[] ticks = new String[labels.size()];
        for (int i = 0; i < labels.size(); i++) ticks[labels.size() - 1 - i] = labels.get(i);
        SymbolAxis yAxis = new SymbolAxis(null, ticks);
        yAxis.setGridBandsVisible(false);
        yAxis.setRange(-0.7, labels.size() - 0.3);
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        for (double ref : references) {
            ValueMarker m = new ValueMarker(ref, ref == 0 ? Color.DARK_GRAY : Color.GRAY,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, ref == 0 ? null : new float[] {5f, 4f}, 0f));
            plot.addDomainMarker(m);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinesVisible(false);
        return finish(title, plot, source, series.size() > 1);
    }

    private static double finite(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }

    /**
     * Horizontal bars, one group per label and one bar per series (e.g. a tornado: the change from the centre when a
     * parameter goes to its low and to its high value).
     * @param values [series][label]
     */
    public static JFreeChart bars(String title, String valueLabel, List<String> labels, List<String> series,
                                  double[][] values, String source) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i < labels.size(); i++) data.addValue(values[s][i], series.get(s), labels.get(i));
        }
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        for (int s = 0; s < series.size(); s++) r.setSeriesPaint(s, Charts.PALETTE[s % Charts.PALETTE.length]);
        CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(null), new NumberAxis(valueLabel), r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        return finish(title, plot, source, series.size() > 1);
    }

    private static JFreeChart finish(String title, org.jfree.chart.plot.Plot plot, String source, boolean legend) {
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 15), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        if (legend) chart.getLegend().setPosition(RectangleEdge.RIGHT);
        TextTitle src = new TextTitle(source, new Font("SansSerif", Font.PLAIN, 10));
        src.setPosition(RectangleEdge.BOTTOM);
        src.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(src);
        return chart;
    }
}
