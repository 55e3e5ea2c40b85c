package ayni.cli;

import ayni.scenario.Scenario;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months {@code run --snapshots} names, as steps: single months ({@code 2000-01,2005-01}), a series
 * {@code FROM..TO/EVERY} with EVERY {@code Ny} years or {@code Nm} months ({@code 1995-01..2010-01/1y}: every January
 * from 1995 to 2010), and {@code yearly}: the first month simulated and every twelfth after it. Several may be given,
 * separated by commas; a month outside the months simulated is an error, except that a series stops at the last one.
 */
final class SnapshotMonths {
    private SnapshotMonths() {}

    private static final Pattern SERIES = Pattern.compile("(\\d{4}-\\d{2})\\.\\.(\\d{4}-\\d{2})/(\\d{1,3})([ym])");
    private static final String FIX = "fix: write months YYYY-MM (2000-01,2005-01), a series FROM..TO/EVERY "
            + "(1995-01..2010-01/1y, or /6m), or yearly";

    static Set<Integer> steps(List<String> items, Scenario s, int steps) {
        Set<Integer> out = new TreeSet<>();
        if (items == null) return out;
        for (String raw : items) {
            String m = raw.trim();
            if (m.equals("yearly")) {
                for (int t = 0; t < steps; t += 12) out.add(t);
                continue;
            }
            Matcher series = SERIES.matcher(m);
            if (series.matches()) {
                YearMonth from = month(series.group(1), m), to = month(series.group(2), m);
                int every = Integer.parseInt(series.group(3)) * (series.group(4).equals("y") ? 12 : 1);
                if (every < 1 || to.isBefore(from)) {
                    throw new Main.BadInput("ayni run: --snapshots " + m + " is an empty series; " + FIX);
                }
                int first = step(from, s, steps, m);
                for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(every)) {
                    int t = s.stepOf(ym);
                    if (t >= steps) break; // the series runs past the months simulated: stop there
                    out.add(t);
                }
                out.add(first);
                continue;
            }
            out.add(step(month(m, m), s, steps, m));
        }
        return out;
    }

    private static YearMonth month(String text, String item) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new Main.BadInput("ayni run: --snapshots '" + item + "' is not a month; " + FIX);
        }
    }

    private static int step(YearMonth ym, Scenario s, int steps, String item) {
        int step = s.stepOf(ym);
        if (step < 0 || step >= steps) {
            throw new Main.BadInput("ayni run: --snapshots " + (item.equals(ym.toString()) ? ym + " is" : item + " starts at " + ym + ",")
                    + " outside the months simulated (" + s.start() + " to " + s.dateOf(steps - 1) + "); fix: choose months within them");
        }
        return step;
    }
}
