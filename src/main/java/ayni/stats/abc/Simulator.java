package ayni.stats.abc;

/** The model as the algorithm sees it: parameter values (θ, in prior order) and a seed in, output values out. */
@FunctionalInterface
public interface Simulator {
    double[] run(double[] theta, long seed);
}
