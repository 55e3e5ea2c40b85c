package ayni.output;

import ayni.domain.ActorKind;
import ayni.metrics.TimeSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;

/** The stacked-area chart of each actor kind's share of power over time. */
public final class PowerChart {
    private PowerChart() {}

    /** Colours per actor kind, shared by every chart and the GUI so a kind looks the same everywhere. */
    public static Paint colour(ActorKind k) {
        return switch (k) {
            case DONOR -> new Color(0x1f77b4);
            case NGO -> new Color(0xd62728);
            case SME -> new Color(0x2ca02c);
            case GOVERNMENT -> new Color(0xff7f0e);
            case COMPANY -> new Color(0x8c564b);
            case PLATFORM -> new Color(0x9467bd);
        };
    }

    /**
     * @param prefix column prefix, e.g. "powerPagerank_" or "powerFunding_"
     * @param source the source line, naming scenario and seed
     */
    public static JFreeChart create(TimeSeries ts, String prefix, String title, String yLabel, String source) {
        TimeTableXYDataset data = new TimeTableXYDataset();
        for (int i = 0; i < ts.size(); i++) {
            YearMonth ym = YearMonth.parse(ts.date(i));
            Month m = new Month(ym.getMonthValue(), ym.getYear());
            for (ActorKind k : ActorKind.values()) data.add(m, ts.get(i, prefix + k.key()), label(k), false);
        }
        DateAxis x = new DateAxis("Date (month)");
        NumberAxis y = new NumberAxis(yLabel);
        y.setRange(0, 1.0);
        StackedXYAreaRenderer2 r = new StackedXYAreaRenderer2();
        for (ActorKind k : ActorKind.values()) {
            r.setSeriesPaint(k.ordinal(), colour(k));
            r.setSeriesOutlineStroke(k.ordinal(), new BasicStroke(0.5f));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        TextTitle src = new TextTitle(source, new Font("SansSerif", Font.PLAIN, 10));
        src.setPosition(RectangleEdge.BOTTOM);
        src.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(src);
        return chart;
    }

    public static String label(ActorKind k) {
        return switch (k) {
            case DONOR -> "Donors";
            case NGO -> "NGOs";
            case SME -> "SMEs";
            case GOVERNMENT -> "Government";
            case COMPANY -> "Companies";
            case PLATFORM -> "Platforms";
        };
    }

    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        ChartUtilities.saveChartAsPNG(file.toFile(), chart, width, height);
    }
}
