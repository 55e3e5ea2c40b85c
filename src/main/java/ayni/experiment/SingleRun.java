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
    public record Result(AyniModel model, TimeSeries series, long nanos) {}

    private SingleRun() {}

    public static Result run(Scenario scenario, long seed, Parameters params, int steps, IntConsumer progress) {
        long t0 = System.nanoTime();
        AyniModel model = new AyniModel(scenario, seed, params);
        StepObserver observer = new StepObserver();
        model.addObserver(observer);
        model.start();
        for (int i = 0; i < steps; i++) {
            if (!model.runStep()) break;
            if (progress != null) progress.accept(i + 1);
        }
        model.finish();
        return new Result(model, observer.series(), System.nanoTime() - t0);
    }
}
