package ayni.cli;

import ayni.agents.WorldState;
import ayni.experiment.SingleRun;
import ayni.model.MemoryEstimate;
import ayni.scenario.Parameters;
import ayni.scenario.Scenario;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * How the cost of a month grows with the country: the national scenario run at several SME counts, each to the end of
 * a window of months (2000-01 to 2000-12 by default), timing every month of the window (the whole step: events, the
 * four phases and the observer with its measures at the run's measure interval) and counting its live ties. The
 * exponent is the least-squares slope of log(mean step) against log(mean live ties) over the sizes: 1 is linear.
 */
final class StepScaling {
    private StepScaling() {}

    /** One size: SMEs asked, actors present at the start, mean live ties and mean step over the window. */
    record Size(int smes, int actors, double meanTies, double meanStepMs, double totalSeconds) {}

    record Result(YearMonth from, YearMonth to, int measureInterval, List<Size> sizes, double exponent) {}

    /** Times the window's months and counts live ties, called at the end of every step. */
    private static final class Clock implements Steppable {
        private static final long serialVersionUID = 1L;
        final long[] at;
        final int[] ties;
        int calls;

        Clock(int steps) {
            at = new long[steps];
            ties = new int[steps];
        }

        @Override
        public void step(SimState state) {
            if (calls >= at.length) return;
            at[calls] = System.nanoTime();
            ties[calls++] = ((WorldState) state).world().ties.size();
        }
    }

    /** The heap each size needs; checked for all sizes before any runs, so a size that will not fit is refused first. */
    static void requireHeap(Path file, Scenario s, int[] sizes, YearMonth to) {
        for (int smes : sizes) {
            Parameters p = parameters(s, smes);
            RunCommand.requireHeap("benchmark", file, MemoryEstimate.of(s, p, steps(s, to), 0));
        }
    }

    static Result measure(Scenario s, int[] sizes, YearMonth from, YearMonth to, int measureInterval) {
        int first = (int) s.start().until(from, java.time.temporal.ChronoUnit.MONTHS);
        int steps = steps(s, to);
        if (first < 1 || first >= steps) {
            throw new Main.BadInput("ayni benchmark: the window " + from + ".." + to + " must lie after " + s.start()
                    + " and within " + s.name() + "'s period; fix: e.g. 2000-01..2000-12");
        }
        List<Size> out = new ArrayList<>();
        for (int smes : sizes) {
            Clock clock = new Clock(steps);
            SingleRun.Result r = SingleRun.run(s, s.seed(), parameters(s, smes), steps, measureInterval, List.of(clock), null);
            double ms = 0, ties = 0;
            int n = 0;
            for (int i = first; i < clock.calls; i++) {
                ms += (clock.at[i] - clock.at[i - 1]) / 1e6;
                ties += clock.ties[i];
                n++;
            }
            out.add(new Size(smes, r.model().world().actors().size(), ties / n, ms / n, r.nanos() / 1e9));
        }
        return new Result(from, to, measureInterval, out, exponent(out));
    }

    private static Parameters parameters(Scenario s, int smes) {
        return Overrides.apply(s, Map.of("smeCount", Integer.toString(smes)), "benchmark");
    }

    private static int steps(Scenario s, YearMonth to) {
        return (int) s.start().until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    /** Least-squares slope of log(mean step) on log(mean live ties); NaN with fewer than two sizes. */
    static double exponent(List<Size> sizes) {
        int n = sizes.size();
        if (n < 2) return Double.NaN;
        double mx = 0, my = 0;
        for (Size z : sizes) {
            mx += Math.log(z.meanTies()) / n;
            my += Math.log(z.meanStepMs()) / n;
        }
        double sxy = 0, sxx = 0;
        for (Size z : sizes) {
            double dx = Math.log(z.meanTies()) - mx;
            sxy += dx * (Math.log(z.meanStepMs()) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }

    /** The figures for the manifest (no exponent with a single size). */
    static Map<String, Object> manifest(Result r) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("window", r.from() + ".." + r.to());
        m.put("measureInterval", r.measureInterval());
        m.put("smes", r.sizes().stream().map(Size::smes).toList());
        m.put("actors", r.sizes().stream().map(Size::actors).toList());
        m.put("meanLiveTies", r.sizes().stream().map(Size::meanTies).toList());
        m.put("meanStepMs", r.sizes().stream().map(Size::meanStepMs).toList());
        m.put("runSecondsToWindowEnd", r.sizes().stream().map(Size::totalSeconds).toList());
        if (!Double.isNaN(r.exponent())) m.put("exponent", r.exponent());
        return m;
    }

    static String markdown(Result r) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Step cost of the national scenario (mean whole step over %s to %s, network measures "
                + "every %d months):%n%n", r.from(), r.to(), r.measureInterval()));
        md.append("| SMEs | actors | mean live ties | mean step | whole run to ").append(r.to()).append(" |\n|---|---|---|---|---|\n");
        for (Size z : r.sizes()) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,.0f | %.1f ms | %.1f s |%n", z.smes(), z.actors(), z.meanTies(),
                    z.meanStepMs(), z.totalSeconds()));
        }
        md.append(String.format(Locale.ROOT, "%nFitted exponent of step cost against live ties: **%.2f** (aim: at most 1.1).%n",
                r.exponent()));
        return md.toString();
    }
}
