package ayni.experiment;

import ayni.scenario.ExperimentSpec;
import ayni.scenario.ExperimentSpec.Arm;
import ayni.stats.ReplicateCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an experiment's runs say, arm by arm: each recorded measure's mean and 95% interval per recorded month and at
 * the end of the period; for paired experiments every arm against the reference arm, paired replication by replication
 * and, for comparison, as if unpaired; for replicate counts the replications each measure needs.
 */
public final class Summary {
    public static final double LEVEL = 0.95;

    /** A measure of one arm in one recorded month (date "end" for the end-of-period value). */
    public record Cell(String arm, String measure, String date, Interval interval) {}

    /** An arm against the reference arm at the end of the period. */
    public record Contrast(String arm, String reference, String measure, Interval referenceValue, Interval armValue,
                           Interval paired, Interval unpaired) {
        /** How many times smaller the variance of the paired difference is than that of the unpaired one. */
        public double varianceReduction() {
            double p = paired.halfWidth(), u = unpaired.halfWidth();
            return p == 0 ? (u == 0 ? 1 : Double.POSITIVE_INFINITY) : (u * u) / (p * p);
        }
    }

    /** Replications a measure needs in an arm for the target half-width, from the runs made (the pilot). */
    public record Need(String arm, String measure, int pilot, double mean, double sd, double halfWidth, double target,
                       int needed) {}

    private final List<Cell> cells = new ArrayList<>();
    private final List<Contrast> contrasts = new ArrayList<>();
    private final List<Need> needs = new ArrayList<>();
    private final List<String> dates;

    private final Map<String, List<Interval>> differences = new java.util.LinkedHashMap<>();

    /** Seeds per posterior draw; over a posterior every interval is taken over the draws' means (1: over runs). */
    private final int k;

    public Summary(ExperimentSpec spec, List<RunRecord> runs) {
        dates = runs.isEmpty() ? List.of() : runs.get(0).dates();
        k = spec.posterior() == null ? 1 : spec.posterior().seedsPerDraw();
        if (spec.kind() == ExperimentSpec.Kind.SWEEP) return;
        for (Arm arm : spec.arms()) {
            List<RunRecord> rs = byArm(runs, arm.name());
            for (String m : spec.record()) {
                for (int d = 0; d < dates.size(); d++) {
                    cells.add(new Cell(arm.name(), m, dates.get(d), Interval.of(at(rs, d, m), LEVEL)));
                }
                cells.add(new Cell(arm.name(), m, "end", Interval.of(ends(rs, m), LEVEL)));
            }
        }
        if (spec.kind() == ExperimentSpec.Kind.PAIRED) {
            String ref = spec.arms().get(0).name();
            List<RunRecord> base = byArm(runs, ref);
            for (Arm arm : spec.arms().subList(1, spec.arms().size())) {
                List<RunRecord> other = byArm(runs, arm.name());
                for (String m : spec.record()) {
                    double[] a = ends(base, m), b = ends(other, m);
                    contrasts.add(new Contrast(arm.name(), ref, m, Interval.of(a, LEVEL), Interval.of(b, LEVEL),
                            Interval.paired(a, b, LEVEL), Interval.unpaired(a, b, LEVEL)));
                    List<Interval> over = new ArrayList<>();
                    for (int d = 0; d < dates.size(); d++) over.add(Interval.paired(at(base, d, m), at(other, d, m), LEVEL));
                    differences.put(arm.name() + "\u0000" + m, over);
                }
            }
        }
        if (spec.kind() == ExperimentSpec.Kind.REPLICATE_COUNT) {
            double level = spec.precision().level();
            for (Arm arm : spec.arms()) {
                List<RunRecord> rs = byArm(runs, arm.name());
                for (Map.Entry<String, Double> e : spec.precision().halfWidth().entrySet()) {
                    Interval iv = Interval.of(ends(rs, e.getKey()), level);
                    int needed = iv.sd() == 0 ? 2 : ReplicateCount.needed(iv.sd(), e.getValue(), level);
                    needs.add(new Need(arm.name(), e.getKey(), iv.n(), iv.mean(), iv.sd(), iv.halfWidth(), e.getValue(), needed));
                }
            }
        }
    }

    /** An arm's runs in replication order. */
    public static List<RunRecord> byArm(List<RunRecord> runs, String arm) {
        List<RunRecord> out = new ArrayList<>();
        for (RunRecord r : runs) if (r.run().arm().equals(arm)) out.add(r);
        out.sort(java.util.Comparator.comparingInt((RunRecord r) -> r.run().point()).thenComparingInt(r -> r.run().replication()));
        return out;
    }

    /** Each run's (over a posterior: each draw's) value of a measure in recorded month d. */
    private double[] at(List<RunRecord> rs, int d, String measure) {
        double[] x = new double[rs.size()];
        for (int i = 0; i < x.length; i++) x[i] = rs.get(i).values()[d][rs.get(i).measure(measure)];
        return PosteriorDraws.means(x, k);
    }

    /** Each run's (over a posterior: each draw's) end-of-period value of a measure. */
    private double[] ends(List<RunRecord> rs, String measure) {
        double[] x = new double[rs.size()];
        for (int i = 0; i < x.length; i++) x[i] = rs.get(i).end(measure);
        return PosteriorDraws.means(x, k);
    }

    /**
     * Paired experiments: an arm's difference from the reference arm in each recorded month, replication by
     * replication (arm minus reference), with its 95% interval; exactly zero before the arm's first intervention.
     */
    public List<Interval> differenceSeries(String arm, String measure) {
        return differences.getOrDefault(arm + "\u0000" + measure, List.of());
    }

    public List<Cell> cells() { return cells; }
    public List<Contrast> contrasts() { return contrasts; }
    public List<Need> needs() { return needs; }
    public List<String> dates() { return dates; }

    /** The cells of one arm and measure over the recorded months (without the end value). */
    public List<Interval> series(String arm, String measure) {
        List<Interval> out = new ArrayList<>();
        for (Cell c : cells) if (c.arm().equals(arm) && c.measure().equals(measure) && !c.date().equals("end")) out.add(c.interval());
        return out;
    }

    public Contrast contrast(String arm, String measure) {
        for (Contrast c : contrasts) if (c.arm().equals(arm) && c.measure().equals(measure)) return c;
        return null;
    }
}
