package ayni.calibration;

import ayni.scenario.CalibrationSpec;
import ayni.stats.abc.AbcSmc;
import ayni.stats.abc.Prior;
import ayni.stats.abc.Streams;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A coverage study: parameter sets drawn from the prior are planted one after another, each calibrated against its own
 * planted run, and the share of 90 % posterior intervals that cover their planted values is counted. A calibration
 * whose intervals are honest covers about 90 %; far less means overconfident posteriors, far more too wide ones.
 * Each set's simulations are stored in its own folder, so a study killed and started again resumes.
 */
public final class CoverageStudy {
    /** The stream key of the planted draws. */
    static final int DRAWS = -3;

    /** One planted set's result. */
    public record SetResult(int set, Map<String, Double> planted, List<Marginal> marginals, int generations,
                            long simulations) {}

    private CoverageStudy() {}

    /** The planted values of set {@code k}: one draw from each prior, from its own stream. */
    public static Map<String, Double> draw(CalibrationSpec spec, int k) {
        List<Prior> priors = Calibration.priors(spec);
        RandomGenerator rng = Streams.random(spec.seed(), DRAWS, k, Streams.PROPOSE);
        Map<String, Double> out = new LinkedHashMap<>();
        for (Prior p : priors) out.put(p.name(), p.toTheta(p.sample(rng)));
        return out;
    }

    /** Runs (or resumes) the study's sets; {@code done} hears each set as it ends. */
    public static List<SetResult> run(CalibrationSpec spec, int sets, Path folder, int threads,
                                      java.util.function.Consumer<SetResult> done) throws IOException, InterruptedException {
        List<SetResult> out = new ArrayList<>();
        for (int k = 0; k < sets; k++) {
            CalibrationSpec planted = spec.planted(draw(spec, k), Streams.seed(spec.seed(), DRAWS, k, Streams.SIMULATE));
            Summaries summaries = Calibration.summaries(planted);
            FileStore store = Calibration.open(planted, summaries, folder.resolve(String.format("set-%03d", k)), false);
            Calibration.Outcome o = Calibration.run(planted, summaries, store, threads, AbcSmc.Shard.ALL, null);
            var gs = o.result().generations();
            SetResult r = new SetResult(k, planted.planted(), Marginal.of(o), gs.size(), gs.get(gs.size() - 1).total());
            out.add(r);
            if (done != null) done.accept(r);
        }
        return out;
    }

    /** Share of (set, parameter) pairs whose 90 % interval covers the planted value. */
    public static double coverage(List<SetResult> results) {
        int n = 0, c = 0;
        for (SetResult r : results) {
            for (Marginal m : r.marginals()) {
                n++;
                if (m.covers()) c++;
            }
        }
        return n == 0 ? Double.NaN : (double) c / n;
    }
}
