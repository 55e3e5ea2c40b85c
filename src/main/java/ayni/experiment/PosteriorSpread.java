package ayni.experiment;

import ayni.scenario.ExperimentSpec;
import ayni.stats.VarianceDecomposition;
import java.util.ArrayList;
import java.util.List;

/**
 * What-ifs over a posterior: which posterior parameters were applied, and each measure's end-of-period variance split
 * into parameter uncertainty (between draws) and stochastic spread (between seeds of a draw).
 *
 * @param file  the posterior file
 * @param draws parameter sets drawn
 * @param seeds seeds per draw
 * @param rows  per measure and arm (or paired difference, or design points pooled)
 */
public record PosteriorSpread(String file, int draws, int seeds, PosteriorDraws.Use use, List<Row> rows) {
    /** One measure's decomposition for one arm, a paired difference "arm − reference", or a sweep's points pooled. */
    public record Row(String measure, String arm, VarianceDecomposition d) {}

    /** The name of the row of a sweep's design points pooled. */
    public static final String POINTS = "design points (mean)";

    /**
     * The decomposition of an experiment's runs: per arm and recorded measure, and for paired experiments per arm minus
     * the reference arm; for sweeps the components averaged over design points, per response.
     */
    public static PosteriorSpread of(Plan plan, List<RunRecord> runs) {
        ExperimentSpec spec = plan.spec();
        PosteriorDraws d = plan.draws();
        if (d == null) throw new IllegalArgumentException("experiment " + spec.name() + " runs over no posterior");
        List<Row> rows = new ArrayList<>();
        if (spec.kind() == ExperimentSpec.Kind.SWEEP) {
            for (String m : spec.sweep().responses()) {
                double mean = 0, par = 0, sto = 0;
                int n = plan.points().length;
                for (int p = 0; p < n; p++) {
                    VarianceDecomposition v = VarianceDecomposition.of(matrix(runs, d, null, p, m));
                    mean += v.mean() / n;
                    par += v.parameter() / n;
                    sto += v.stochastic() / n;
                }
                rows.add(new Row(m, POINTS, new VarianceDecomposition(mean, par, sto, d.draws(), d.seedsPerDraw())));
            }
        } else {
            String ref = spec.arms().get(0).name();
            for (String m : spec.record()) {
                double[][] base = matrix(runs, d, ref, -1, m);
                for (ExperimentSpec.Arm a : spec.arms()) {
                    double[][] y = a.name().equals(ref) ? base : matrix(runs, d, a.name(), -1, m);
                    rows.add(new Row(m, a.name(), VarianceDecomposition.of(y)));
                }
                if (spec.kind() != ExperimentSpec.Kind.PAIRED) continue;
                for (ExperimentSpec.Arm a : spec.arms().subList(1, spec.arms().size())) {
                    double[][] y = matrix(runs, d, a.name(), -1, m);
                    for (int i = 0; i < y.length; i++) for (int k = 0; k < y[i].length; k++) y[i][k] -= base[i][k];
                    rows.add(new Row(m, a.name() + " − " + ref, VarianceDecomposition.of(y)));
                }
            }
        }
        return new PosteriorSpread(d.posterior().file(), d.draws(), d.seedsPerDraw(), plan.use(), List.copyOf(rows));
    }

    /** End values of one arm (or design point) as [draw][seed]. */
    private static double[][] matrix(List<RunRecord> runs, PosteriorDraws d, String arm, int point, String measure) {
        double[][] y = new double[d.draws()][d.seedsPerDraw()];
        for (RunRecord r : runs) {
            Plan.Run run = r.run();
            if (arm != null && !run.arm().equals(arm)) continue;
            if (point >= 0 && run.point() != point) continue;
            y[d.draw(run.replication())][run.replication() % d.seedsPerDraw()] = r.end(measure);
        }
        return y;
    }
}
