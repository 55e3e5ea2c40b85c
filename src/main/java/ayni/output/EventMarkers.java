package ayni.output;

import ayni.model.EventLog;
import ayni.style.TimeMarkers;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.XYPlot;

/**
 * Marks a run's logged events on a time chart ({@link TimeMarkers}): scenario events and levers strong and labelled,
 * elections and donors leaving by their 'until' light.
 */
public final class EventMarkers {
    private EventMarkers() {}

    public static void mark(XYPlot plot, List<EventLog.Entry> entries) {
        TimeMarkers.mark(plot, markers(entries));
    }

    /** The markers of logged events; the GUI marks its live charts with the same. */
    public static List<TimeMarkers.Marker> markers(List<EventLog.Entry> entries) {
        List<TimeMarkers.Marker> out = new ArrayList<>();
        for (EventLog.Entry e : entries) out.add(marker(e));
        return out;
    }

    public static TimeMarkers.Marker marker(EventLog.Entry e) {
        boolean strong = e.origin() == EventLog.Origin.EVENT || e.origin() == EventLog.Origin.LEVER;
        return new TimeMarkers.Marker(e.month(), label(e), strong);
    }

    static String label(EventLog.Entry e) {
        return TimeMarkers.label(e.month(), e.kind(), e.targets());
    }

    static double millis(java.time.YearMonth ym) {
        return TimeMarkers.millis(ym);
    }
}
