package ayni.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReplicateCountTest {

    @Test
    void byHand() {
        // sd 1, half-width 0.5, 95%: n = 17 gives t_{0.975,16}/√17 = 2.1199053/4.1231056 = 0.5141526 > 0.5,
        // n = 18 gives t_{0.975,17}/√18 = 2.1098156/4.2426407 = 0.4972883 ≤ 0.5, so 18.
        assertEquals(18, ReplicateCount.needed(1, 0.5, 0.95));
        // the same ratio at another scale
        assertEquals(18, ReplicateCount.needed(10, 5, 0.95));
        // sd 1, half-width 1, 95%: n = 7: t_{0.975,6}/√7 = 2.4469119/2.6457513 = 0.9248 ≤ 1; n = 6:
        // t_{0.975,5}/√6 = 2.5705818/2.4494897 = 1.0494 > 1, so 7.
        assertEquals(7, ReplicateCount.needed(1, 1, 0.95));
        // no spread: the minimum of two
        assertEquals(2, ReplicateCount.needed(0, 0.1, 0.95));
        // very wide tolerance: still two (t_{0.975,1}/√2 = 8.98)
        assertEquals(2, ReplicateCount.needed(1, 9, 0.95));
        assertEquals(3, ReplicateCount.needed(1, 8, 0.95));
    }

    @Test
    void largeCountsApproachTheNormalAnswer() {
        // sd 1, half-width 0.01: normal answer ⌈(1.959964/0.01)²⌉ = 38415; the t answer is a little above it
        int n = ReplicateCount.needed(1, 0.01, 0.95);
        assertEquals(38_418, n);
        assertEquals(true, Tests.tQuantile(0.95, n - 1) / Math.sqrt(n) <= 0.01);
        assertEquals(true, Tests.tQuantile(0.95, n - 2) / Math.sqrt(n - 1) > 0.01);
    }
}
