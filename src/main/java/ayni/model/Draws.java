package ayni.model;

import ec.util.MersenneTwisterFast;

/** Random draws MASON's generator does not offer. */
final class Draws {
    private Draws() {}

    /** Poisson by inversion for small means, by a rounded normal for large ones (mean above 30). */
    static int poisson(MersenneTwisterFast r, double mean) {
        if (mean <= 0) return 0;
        if (mean > 30) return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        double l = Math.exp(-mean), p = 1.0;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
