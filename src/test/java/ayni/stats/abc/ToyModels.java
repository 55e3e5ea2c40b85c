package ayni.stats.abc;

import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Models whose posteriors are known in closed form. Parameter 0: the mean μ of n normal observations with sd 1 under a
 * normal prior N(m0, s0²) (conjugate: posterior normal). Parameter 1: the rate λ of n exponential observations under a
 * log-uniform prior, p(λ) ∝ 1/λ (posterior Gamma(n, Σx)). The outputs are the sample means, sufficient for both.
 */
final class ToyModels {
    static final int N = 10;
    static final double M0 = 0, S0 = 1;
    static final double OBSERVED_MEAN = 0.7, OBSERVED_EXP_MEAN = 2.0;

    private ToyModels() {}

    static List<Prior> priors() {
        return List.of(Prior.normal("mu", M0, S0, -10, 10), Prior.logUniform("lambda", 0.01, 100));
    }

    static double[] simulate(double[] theta, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        double a = 0, b = 0;
        for (int i = 0; i < N; i++) {
            a += theta[0] + rng.nextGaussian();
            b += -Math.log(1 - rng.nextDouble()) / theta[1];
        }
        return new double[] {a / N, b / N};
    }

    static Distance distance() {
        return new Distance(List.of(new Distance.Term(0, Target.value(OBSERVED_MEAN), "mean", Double.NaN),
                new Distance.Term(1, Target.value(OBSERVED_EXP_MEAN), "rate", Double.NaN)));
    }

    /** Posterior of μ: mean and sd. */
    static double[] normalPosterior() {
        double precision = 1 / (S0 * S0) + N;
        return new double[] {(M0 / (S0 * S0) + N * OBSERVED_MEAN) / precision, Math.sqrt(1 / precision)};
    }

    /** Posterior of λ, Gamma(shape n, rate n·x̄): mean and sd. */
    static double[] gammaPosterior() {
        double rate = N * OBSERVED_EXP_MEAN;
        return new double[] {N / rate, Math.sqrt(N) / rate};
    }
}
