package ayni.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Adjusting p-values for testing a family of hypotheses together. Holm (1979): sort the m p-values ascending,
 * p̃_(i) = max_{j ≤ i} min(1, (m − j + 1) p_(j)); rejecting where p̃ < α keeps the family-wise error rate at α under
 * any dependence between the tests. NaN p-values are left NaN and not counted in m (as R's {@code p.adjust}).
 */
public final class MultipleTesting {
    private MultipleTesting() {}

    public static double[] holm(double[] p) {
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        Integer[] order = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        int m = order.length;
        double running = 0;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, Math.min(1, (m - k) * p[order[k]]));
            out[order[k]] = running;
        }
        return out;
    }
}
