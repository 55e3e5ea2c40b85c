package ayni.output;

import ayni.domain.ActorKind;
import ayni.metrics.TimeSeries;
import ayni.model.EventLog;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

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
    public static JFreeChart create(TimeSeries ts, String prefix, String title, String yLabel, String source,
                                    List<EventLog.Entry> events) {
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) dates.add(ts.date(i));
        List<double[]> values = new ArrayList<>();
        for (ActorKind k : ActorKind.values()) values.add(ts.column(prefix + k.key()));
        return byKind(title, yLabel, dates, values, source, events);
    }

    /** A stacked share chart with one series per actor kind, in {@link ActorKind} order. */
    public static JFreeChart byKind(String title, String yLabel, List<String> dates, List<double[]> values, String source,
                                    List<EventLog.Entry> events) {
        List<String> labels = new ArrayList<>();
        List<Paint> paints = new ArrayList<>();
        for (ActorKind k : ActorKind.values()) {
            labels.add(label(k));
            paints.add(colour(k));
        }
        return Charts.stacked(title, yLabel, dates, labels, values, paints, 1.0, source, events);
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

}
