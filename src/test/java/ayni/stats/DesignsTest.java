package ayni.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignsTest {

    private static final List<Factor> THREE = List.of(Factor.of("a", 0, 1), Factor.of("b", 10, 20),
            Factor.integer("c", 1, 5));

    @Test
    void factorScalesAndRounds() {
        assertEquals(15, THREE.get(1).scale(0.5));
        assertEquals(10, THREE.get(1).scale(0));
        assertEquals(20, THREE.get(1).scale(1));
        assertEquals(3, THREE.get(2).scale(0.5));
        assertEquals(2, THREE.get(2).scale(0.3));   // 1 + 1.2 = 2.2 → 2
        assertEquals(4, THREE.get(2).scale(0.625)); // 1 + 2.5 = 3.5 → 4 (halves up)
    }

    @Test
    void fullFactorialHasEveryCombination() {
        double[][] p = Designs.fullFactorial(THREE, 3);
        assertEquals(27, p.length);
        assertArrayEquals(new double[] {0, 10, 1}, p[0]);
        assertArrayEquals(new double[] {0, 10, 3}, p[1]);      // last factor fastest
        assertArrayEquals(new double[] {0, 15, 1}, p[3]);
        assertArrayEquals(new double[] {1, 20, 5}, p[26]);
        Set<List<Double>> distinct = new HashSet<>();
        for (double[] row : p) distinct.add(List.of(row[0], row[1], row[2]));
        assertEquals(27, distinct.size());
        assertEquals(4 * 4 * 4 * 4, Designs.fullFactorial(List.of(Factor.of("w", 0, 1), Factor.of("x", 0, 1),
                Factor.of("y", 0, 1), Factor.of("z", 0, 1)), 4).length);
    }

    @Test
    void oneAtATimeStartsAtTheCentreAndMovesOneFactor() {
        List<Factor> two = List.of(Factor.of("a", 0, 1), Factor.of("b", 10, 20));
        double[][] p = Designs.oneAtATime(two, 5);
        assertEquals(1 + 2 * (5 - 1), p.length);
        assertArrayEquals(new double[] {0.5, 15}, p[0]);
        assertArrayEquals(new double[] {0, 15}, p[1]);
        assertArrayEquals(new double[] {0.25, 15}, p[2]);
        assertArrayEquals(new double[] {0.75, 15}, p[3]);
        assertArrayEquals(new double[] {1, 15}, p[4]);
        assertArrayEquals(new double[] {0.5, 10}, p[5]);
        assertArrayEquals(new double[] {0.5, 20}, p[8]);
        for (int i = 1; i < p.length; i++) {
            int moved = 0;
            for (int j = 0; j < 2; j++) if (p[i][j] != p[0][j]) moved++;
            assertEquals(1, moved, "row " + i + " moves exactly one factor");
        }
        // an even number of levels does not contain the centre: k·levels points after it
        assertEquals(1 + 2 * 4, Designs.oneAtATime(two, 4).length);
        // an integer factor 1..3 at 5 levels has only the values 1, 2, 3: centre 2 plus 1 and 3
        assertEquals(1 + 2, Designs.oneAtATime(List.of(Factor.integer("n", 1, 3)), 5).length);
    }

    @Test
    void latinHypercubeHasOnePointPerStratum() {
        List<Factor> f = List.of(Factor.of("a", 0, 1), Factor.of("b", -5, 5), Factor.of("c", 100, 200));
        int n = 50;
        double[][] p = Designs.latinHypercube(f, n, 123);
        assertEquals(n, p.length);
        for (int j = 0; j < 3; j++) {
            boolean[] hit = new boolean[n];
            Factor fj = f.get(j);
            for (double[] row : p) {
                double u = (row[j] - fj.low()) / (fj.high() - fj.low());
                assertTrue(u >= 0 && u <= 1);
                int stratum = Math.min(n - 1, (int) Math.floor(u * n));
                assertFalse(hit[stratum], "factor " + j + " stratum " + stratum + " hit twice");
                hit[stratum] = true;
            }
        }
        assertTrue(Arrays.deepEquals(p, Designs.latinHypercube(f, n, 123)), "same seed, same points");
        assertFalse(Arrays.deepEquals(p, Designs.latinHypercube(f, n, 124)), "another seed, other points");
        // the columns are not all in the same stratum order
        boolean differ = false;
        for (int i = 0; i < n; i++) {
            if ((int) (p[i][0] * n) != (int) ((p[i][1] + 5) / 10 * n)) differ = true;
        }
        assertTrue(differ);
    }
}
