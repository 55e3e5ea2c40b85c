package ayni.stats;

import java.util.Arrays;

/** Average ranks (ties share the mean of the ranks they span, 1-based) and tie-group sizes. */
public final class Ranks {

    private Ranks() {
    }

    /** Ranks 1..n of {@code x}, tied values getting the average of their ranks (R's {@code rank}, ties "average"). */
    public static double[] average(double[] x) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && x[order[j + 1]] == x[order[i]]) j++;
            double avg = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++) r[order[k]] = avg;
            i = j + 1;
        }
        return r;
    }

    /** Sizes of the groups of equal values with more than one member (empty when all values differ). */
    public static int[] tieGroups(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int[] groups = new int[s.length];
        int g = 0;
        int i = 0;
        while (i < s.length) {
            int j = i;
            while (j + 1 < s.length && s[j + 1] == s[i]) j++;
            if (j > i) groups[g++] = j - i + 1;
            i = j + 1;
        }
        return Arrays.copyOf(groups, g);
    }

    /** Σ (t³ − t) over the tie groups, the term of the rank tests' tie corrections. */
    static double tieTerm(double[] x) {
        double sum = 0;
        for (int t : tieGroups(x)) sum += (double) t * t * t - t;
        return sum;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
