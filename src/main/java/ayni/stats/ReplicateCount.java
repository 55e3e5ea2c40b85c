package ayni.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/** How many replications a measure needs for a confidence interval no wider than a chosen half-width. */
public final class ReplicateCount {

    /** Above this the answer is reported as an error rather than a number nobody can run. */
    static final int MAX = 100_000_000;

    private ReplicateCount() {
    }

    /**
     * Smallest n ≥ 2 with t_{level, n−1} · sd / sqrt(n) ≤ halfWidth (sd estimated from a pilot). t_{level, n−1} is the
     * two-sided quantile, i.e. the (1 + level)/2 quantile of Student's t with n − 1 degrees of freedom. sd = 0 gives 2.
     * The search starts from the normal answer ⌈(z·sd/halfWidth)²⌉, which never exceeds the t answer.
     */
    public static int needed(double sd, double halfWidth, double level) {
        if (!(sd >= 0) || Double.isInfinite(sd)) throw new IllegalArgumentException("sd must be finite and at least 0, got " + sd);
        if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
            throw new IllegalArgumentException("half-width must be finite and above 0, got " + halfWidth);
        }
        Check.level(level);
        if (sd == 0) return 2;
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + level / 2);
        double start = Math.ceil(Math.pow(z * sd / halfWidth, 2));
        if (start > MAX) throw new IllegalArgumentException("more than " + MAX + " replications would be needed");
        for (int n = (int) Math.max(2, start); n <= MAX; n++) {
            if (Tests.tQuantile(level, n - 1) * sd / Math.sqrt(n) <= halfWidth) return n;
        }
        throw new IllegalArgumentException("more than " + MAX + " replications would be needed");
    }
}
