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

    @Test
    void withoutSwitcherMeasuresTheirColumnsAreNaNAndEveryOtherColumnIsUnchanged() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/organic-production.yaml"));
        TimeSeries with = SingleRun.runUntil(s, 7, s.parameters(), 30, 1, true, SingleRun.Stop.NEVER).series();
        TimeSeries without = SingleRun.runUntil(s, 7, s.parameters(), 30, 1, false, SingleRun.Stop.NEVER).series();
        assertEquals(with.columns(), without.columns());
        int switchers = 0;
        for (int c = 0; c < with.columns().size(); c++) {
            String col = with.columns().get(c);
            boolean theirs = SwitcherMeasures.fills(col);
            if (theirs) switchers++;
            for (int t = 0; t < with.size(); t++) {
                if (theirs) {
                    assertTrue(Double.isNaN(without.row(t)[c]), col + " of month " + t + " computed");
                    assertFalse(Double.isNaN(with.row(t)[c]), col + " of month " + t + " not computed");
                } else {
                    assertEquals(with.row(t)[c], without.row(t)[c], col + " of month " + t);
                }
            }
        }
        assertEquals(SwitcherMeasures.columns(0).size(), switchers);
    }
}
