package ayni.output;

import ayni.domain.ActorKind;
import ayni.metrics.TimeSeries;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** The stacked-area chart of each actor kind's share of power over time. */
public final class PowerChart {
    private PowerChart() {}

    /** Colours per actor kind ({@link ayni.style.Palette}), shared by every chart and the GUI. */
    public static Paint colour(ActorKind k) {
        return ayni.style.Palette.kind(k);
    }

    /**
     * @param prefix column prefix, e.g. "powerPagerank_" or "powerFunding_"
     * @param source the source line, naming scenario and seed
     */
    public static JFreeChart create(TimeSeries ts, String prefix, String title, String yLabel, String source,
                                    EventMarkers.Marks events) {
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) dates.add(ts.date(i));
        List<double[]> values = new ArrayList<>();
        for (ActorKind k : ActorKind.values()) values.add(ts.column(prefix + k.key()));
        return byKind(title, yLabel, dates, values, source, events);
    }

    /** A stacked share chart with one series per actor kind, in {@link ActorKind} order. */
    public static JFreeChart byKind(String title, String yLabel, List<String> dates, List<double[]> values, String source,
                                    EventMarkers.Marks events) {
        List<String> labels = new ArrayList<>();
        List<Paint> paints = new ArrayList<>();
        for (ActorKind k : ActorKind.values()) {
            labels.add(label(k));
            paints.add(colour(k));
        }
        return Charts.stacked(title, yLabel, dates, labels, values, paints, Charts.SHARE, source, events);
    }

    public static String label(ActorKind k) {
        return ayni.style.Palette.label(k);
    }

}
