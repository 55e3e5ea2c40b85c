package ayni.experiment;

import ayni.metrics.StepObserver;
import ayni.metrics.TimeSeries;
import ayni.model.AyniModel;
import ayni.scenario.Parameters;
import ayni.scenario.Scenario;
import java.util.function.IntConsumer;

/** One run of a scenario with one seed for a number of steps, observed every step. */
public final class SingleRun {
    /** What a run leaves behind: the model in its final state and the observed series. */
    public record Result(AyniModel model, TimeSeries series, long nanos, long measureNanos) {}

    private SingleRun() {}

    public static Result run(Scenario scenario, long seed, Parameters params, int steps, IntConsumer progress) {
        return run(scenario, seed, params, steps, 1, progress);
    }

    /** @param measureInterval compute the network power measures every this many steps (carried in between) */
    public static Result run(Scenario scenario, long seed, Parameters params, int steps, int measureInterval,
                             IntConsumer progress) {
        return run(scenario, seed, params, steps, measureInterval, java.util.List.of(), progress);
    }

    /** Asked after every step with the steps done and the series so far; true ends the run there. */
    @FunctionalInterface
    public interface Stop {
        /** Runs to the end. */
        Stop NEVER = (steps, soFar) -> false;

        boolean after(int steps, TimeSeries soFar);
    }

    /** A run that {@code stop} may end before {@code steps} (e.g. a calibration's simulation already out of tolerance). */
    public static Result runUntil(Scenario scenario, long seed, Parameters params, int steps, int measureInterval, Stop stop) {
        return runUntil(scenario, seed, params, steps, measureInterval, null, stop);
    }

    /**
     * As {@link #runUntil(Scenario, long, Parameters, int, int, Stop)} for a reader that needs only the columns in
     * {@code needed} (null: all): groups of measures none of whose columns it needs are left NaN, uncomputed
     * ({@link StepObserver}).
     */
    public static Result runUntil(Scenario scenario, long seed, Parameters params, int steps, int measureInterval,
                                  java.util.Set<String> needed, Stop stop) {
        long t0 = System.nanoTime();
        AyniModel model = new AyniModel(scenario, seed, params);
        StepObserver observer = new StepObserver(measureInterval, false, needed);
        model.addObserver(observer);
        model.start();
        for (int i = 0; i < steps; i++) {
            if (!model.runStep() || stop.after(i + 1, observer.series())) break;
        }
        model.finish();
        return new Result(model, observer.series(), System.nanoTime() - t0, observer.measureNanos());
    }

    /** @param extra further observers (snapshots, tie history), run after the step observer */
    public static Result run(Scenario scenario, long seed, Parameters params, int steps, int measureInterval,
                             java.util.List<sim.engine.Steppable> extra, IntConsumer progress) {
        return run(scenario, seed, params, steps, measureInterval, extra, progress, false);
    }

    /**
     * @param background the yearly switcher measures on a second thread while the model goes on (a single run on a
     *                   machine of several cores; the series is the same to the last bit)
     */
    public static Result run(Scenario scenario, long seed, Parameters params, int steps, int measureInterval,
                             java.util.List<sim.engine.Steppable> extra, IntConsumer progress, boolean background) {
        long t0 = System.nanoTime();
        AyniModel model = new AyniModel(scenario, seed, params);
        StepObserver observer = new StepObserver(measureInterval, background);
        model.addObserver(observer);
        for (sim.engine.Steppable o : extra) model.addObserver(o);
        model.start();
        for (int i = 0; i < steps; i++) {
            if (!model.runStep()) break;
            if (progress != null) progress.accept(i + 1);
        }
        model.finish();
        return new Result(model, observer.series(), System.nanoTime() - t0, observer.measureNanos());
    }
}
