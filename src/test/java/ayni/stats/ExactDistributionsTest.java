package ayni.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The counting recursions against brute-force enumeration of every sign pattern or every split of the ranks. */
class ExactDistributionsTest {

    @Test
    void signedRankMatchesEnumeration() {
        for (int n = 1; n <= 12; n++) {
            int max = n * (n + 1) / 2;
            int[] counts = new int[max + 1];
            for (int mask = 0; mask < (1 << n); mask++) {
                int s = 0;
                for (int j = 0; j < n; j++) if ((mask >> j & 1) == 1) s += j + 1;
                counts[s]++;
            }
            ExactDistributions d = ExactDistributions.signedRank(n);
            int run = 0;
            for (int q = 0; q <= max; q++) {
                run += counts[q];
                assertEquals((double) run / (1 << n), d.cdf(q), 1e-12, "n=" + n + " q=" + q);
            }
        }
        // published table value: n = 9, P(V ≤ 5) = 10/512 (Hollander & Wolfe table A.4: 0.020)
        assertEquals(10.0 / 512, ExactDistributions.signedRank(9).cdf(5), 1e-15);
        assertEquals(6, ExactDistributions.signedRank(9).quantile(0.025));
    }

    @Test
    void rankSumMatchesEnumeration() {
        for (int m = 1; m <= 6; m++) {
            for (int n = 1; n <= 7; n++) {
                int total = m + n;
                int[] counts = new int[m * n + 1];
                int all = 0;
                for (int mask = 0; mask < (1 << total); mask++) {
                    if (Integer.bitCount(mask) != m) continue;
                    int rankSum = 0;
                    for (int j = 0; j < total; j++) if ((mask >> j & 1) == 1) rankSum += j + 1;
                    counts[rankSum - m * (m + 1) / 2]++;
                    all++;
                }
                ExactDistributions d = ExactDistributions.rankSum(m, n);
                int run = 0;
                for (int u = 0; u <= m * n; u++) {
                    run += counts[u];
                    assertEquals((double) run / all, d.cdf(u), 1e-12, "m=" + m + " n=" + n + " u=" + u);
                }
            }
        }
        // sizes 10 and 5 (the permeability example): P(U ≤ 8) = 60/3003, P(U ≤ 9) = 83/3003
        ExactDistributions d = ExactDistributions.rankSum(10, 5);
        assertEquals(60.0 / 3003, d.cdf(8), 1e-15);
        assertEquals(83.0 / 3003, d.cdf(9), 1e-15);
        assertEquals(9, d.quantile(0.025));
    }
}
