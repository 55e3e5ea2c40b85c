package ayni.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.experiment.SingleRun;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network measures computed on a second thread give the same series, to the last bit, as computed in line. */
class StepObserverTest {
    @Test
    void switcherMeasuresInTheBackgroundFillEveryRowAsInLine() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/organic-production.yaml"));
        // 30 months: measurements at months 0, 12 and 24, and rows after the last one still waiting at the end
        TimeSeries inLine = SingleRun.run(s, 7, s.parameters(), 30, 1, List.of(), null, false).series();
        TimeSeries background = SingleRun.run(s, 7, s.parameters(), 30, 1, List.of(), null, true).series();
        assertEquals(inLine.columns(), background.columns());
        assertEquals(30, background.size());
        int bet = background.columns().indexOf("betweenness_ngo");
        for (int t = 0; t < inLine.size(); t++) {
            assertArrayEquals(inLine.row(t), background.row(t), "month " + t);
            assertFalse(Double.isNaN(background.row(t)[bet]), "month " + t + " left unfilled");
        }
        // the measure changes between the yearly measurements, so rows were filled from the right one
        assertFalse(background.get(11, "betweenness_ngo") == background.get(12, "betweenness_ngo"));
    }

    @Test
    void pagerankAndPowerMeasuresInTheBackgroundFillEveryRowAsInLineAtAnyInterval() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/organic-production.yaml"));
        for (int interval : new int[] {1, 5}) {
            TimeSeries inLine = SingleRun.run(s, 7, s.parameters(), 30, interval, List.of(), null, false).series();
            TimeSeries background = SingleRun.run(s, 7, s.parameters(), 30, interval, List.of(), null, true).series();
            assertEquals(inLine.columns(), background.columns());
            for (int t = 0; t < inLine.size(); t++) {
                assertArrayEquals(inLine.row(t), background.row(t), "interval " + interval + ", month " + t);
                for (int c = 0; c < background.columns().size(); c++) {
                    assertFalse(Double.isNaN(background.row(t)[c]), background.columns().get(c) + " of month " + t + " left unfilled");
                }
            }
        }
        // at interval 5 the rows between measurements carry the last one, and the next measurement moves it
        TimeSeries five = SingleRun.run(s, 7, s.parameters(), 30, 5, List.of(), null, true).series();
        assertEquals(five.get(25, "powerPagerank_ngo"), five.get(29, "powerPagerank_ngo"));
        assertFalse(five.get(24, "powerPagerank_ngo") == five.get(25, "powerPagerank_ngo"));
        assertEquals(five.get(25, "programmer_ngo"), five.get(29, "programmer_ngo"));
        assertFalse(five.get(24, "dependence_ngo") == five.get(25, "dependence_ngo"));
    }

    /**
     * A run whose reader needs only some columns leaves the groups it needs nothing of (the switcher measures, the
     * pattern observables) NaN, and every other column as a full run has it; a group is computed when one of its
     * columns is needed.
     */
    @Test
    void groupsOfMeasuresNoNeededColumnReadsAreLeftNaNAndTheRestIsUnchanged() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/organic-production.yaml"));
        TimeSeries all = SingleRun.runUntil(s, 7, s.parameters(), 30, 1, null, SingleRun.Stop.NEVER).series();
        TimeSeries few = SingleRun.runUntil(s, 7, s.parameters(), 30, 1, java.util.Set.of("adoption_all"), SingleRun.Stop.NEVER).series();
        TimeSeries patterns = SingleRun.runUntil(s, 7, s.parameters(), 30, 1, java.util.Set.of("crossClusterTieShare"),
                SingleRun.Stop.NEVER).series();
        assertEquals(all.columns(), few.columns());
        java.util.Set<String> skipped = new java.util.TreeSet<>();
        for (int c = 0; c < all.columns().size(); c++) {
            String col = all.columns().get(c);
            boolean nan = Double.isNaN(few.row(0)[c]);
            if (nan) skipped.add(col);
            for (int t = 0; t < all.size(); t++) {
                assertFalse(Double.isNaN(all.row(t)[c]), col + " of month " + t + " not computed in the full run");
                if (nan) {
                    assertTrue(Double.isNaN(few.row(t)[c]), col + " of month " + t + " computed");
                } else {
                    assertEquals(all.row(t)[c], few.row(t)[c], col + " of month " + t);
                }
                boolean switcher = SwitcherMeasures.columns(0).containsKey(col);
                assertEquals(switcher ? Double.NaN : all.row(t)[c], patterns.row(t)[c], col + " of month " + t);
            }
        }
        assertTrue(skipped.containsAll(SwitcherMeasures.columns(0).keySet()), skipped.toString());
        assertTrue(skipped.containsAll(List.of("crossClusterTieShare", "discourseClusterDistance", "persistence24_kept",
                "donorFundsShare_sme")), skipped.toString());
        assertFalse(skipped.contains("adoption_all"));
        assertFalse(skipped.contains("powerPagerank_sme"), "PageRank is not one of the skipped groups");
    }
}
