package ayni.style;

import java.time.YearMonth;
import org.jfree.data.time.Month;

/** Where a month lies on a JFreeChart time axis, for the event marks of the static and the live charts. */
public final class TimeMarkers {
    private TimeMarkers() {}

    public static double millis(YearMonth ym) {
        return new Month(ym.getMonthValue(), ym.getYear()).getFirstMillisecond();
    }
}
