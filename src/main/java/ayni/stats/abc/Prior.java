package ayni.stats.abc;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The prior of one parameter. The sampler works on an internal scale z: z = θ for uniform and normal priors, z = ln θ
 * for log-uniform ones (so a range spanning orders of magnitude is explored evenly in each decade). The prior is
 * uniform on z for uniform and log-uniform priors; a normal prior is truncated to [low, high]. Integer parameters are
 * rounded when z is turned back into θ.
 *
 * @param mean for normal priors only (NaN otherwise)
 * @param sd   for normal priors only (NaN otherwise)
 */
public record Prior(String name, Shape shape, double low, double high, double mean, double sd, boolean integer) {

    /** The shape of a prior. */
    public enum Shape {
        UNIFORM("uniform"), LOG_UNIFORM("log-uniform"), NORMAL("normal");

        private final String key;

        Shape(String key) {
            this.key = key;
        }

        public String key() { return key; }
    }

    public Prior {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a prior needs a parameter name");
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new IllegalArgumentException("prior of " + name + ": needs finite low < high, got " + low + " to " + high);
        }
        if (shape == Shape.LOG_UNIFORM && !(low > 0)) {
            throw new IllegalArgumentException("prior of " + name + ": a log-uniform prior needs low > 0, got " + low);
        }
        if (shape == Shape.NORMAL && !(Double.isFinite(mean) && sd > 0)) {
            throw new IllegalArgumentException("prior of " + name + ": a normal prior needs a finite mean and sd > 0");
        }
    }

    public static Prior uniform(String name, double low, double high) {
        return new Prior(name, Shape.UNIFORM, low, high, Double.NaN, Double.NaN, false);
    }

    public static Prior logUniform(String name, double low, double high) {
        return new Prior(name, Shape.LOG_UNIFORM, low, high, Double.NaN, Double.NaN, false);
    }

    /** A normal prior truncated to [low, high]. */
    public static Prior normal(String name, double mean, double sd, double low, double high) {
        return new Prior(name, Shape.NORMAL, low, high, mean, sd, false);
    }

    /** The same prior for an integer parameter. */
    public Prior asInteger() {
        return new Prior(name, shape, low, high, mean, sd, true);
    }

    /** Lower end of the support on the internal scale; an integer range is widened by half a unit each side. */
    public double zLow() {
        double lo = integer && shape != Shape.LOG_UNIFORM ? low - 0.5 : low;
        return shape == Shape.LOG_UNIFORM ? Math.log(lo) : lo;
    }

    public double zHigh() {
        double hi = integer && shape != Shape.LOG_UNIFORM ? high + 0.5 : high;
        return shape == Shape.LOG_UNIFORM ? Math.log(hi) : hi;
    }

    public double toZ(double theta) {
        return shape == Shape.LOG_UNIFORM ? Math.log(theta) : theta;
    }

    /** θ for an internal value, clamped to [low, high] and rounded for integer parameters. */
    public double toTheta(double z) {
        double t = shape == Shape.LOG_UNIFORM ? Math.exp(z) : z;
        if (integer) t = Math.rint(t);
        return Math.max(low, Math.min(high, t));
    }

    private RealDistribution distribution() {
        return shape == Shape.NORMAL ? new NormalDistribution(null, mean, sd)
                : new UniformRealDistribution(null, zLow(), zHigh());
    }

    /** The prior density on the internal scale (0 outside the support). */
    public double density(double z) {
        if (!(z >= zLow() && z <= zHigh())) return 0;
        if (shape != Shape.NORMAL) return 1 / (zHigh() - zLow());
        RealDistribution d = distribution();
        return d.density(z) / (d.cumulativeProbability(zHigh()) - d.cumulativeProbability(zLow()));
    }

    /** A draw on the internal scale by inversion (truncation of the normal is exact, no rejection). */
    public double sample(RandomGenerator rng) {
        RealDistribution d = distribution();
        double a = d.cumulativeProbability(zLow()), b = d.cumulativeProbability(zHigh());
        double z = d.inverseCumulativeProbability(a + rng.nextDouble() * (b - a));
        return Math.max(zLow(), Math.min(zHigh(), z));
    }

    /** The prior's median in θ (the value a parameter that does not move the checks is fixed at). */
    public double median() {
        RealDistribution d = distribution();
        double a = d.cumulativeProbability(zLow()), b = d.cumulativeProbability(zHigh());
        return toTheta(d.inverseCumulativeProbability((a + b) / 2));
    }

    /** Width of the prior's central interval of mass {@code mass} in θ (what a posterior interval is compared with). */
    public double centralWidth(double mass) {
        RealDistribution d = distribution();
        double a = d.cumulativeProbability(zLow()), b = d.cumulativeProbability(zHigh());
        double lo = d.inverseCumulativeProbability(a + (b - a) * (1 - mass) / 2);
        double hi = d.inverseCumulativeProbability(a + (b - a) * (1 + mass) / 2);
        return shape == Shape.LOG_UNIFORM ? Math.exp(hi) - Math.exp(lo) : hi - lo;
    }
}
