package ayni.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import ayni.agents.Donor;
import ayni.agents.GovernmentAgency;
import ayni.domain.FundingRule;
import ayni.metrics.StepObserver;
import ayni.scenario.Scenario;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Levers change the model exactly as the matching scenario event does, one step after they are pulled. */
class LeverTest {

    private record Run(AyniModel model, StepObserver observer) {}

    private static Run run(String events, Lever lever, String arg, int pullAfter, int steps) {
        Scenario s = Tiny.parse(EventsTest.world(events, null));
        AyniModel m = new AyniModel(s, s.seed());
        StepObserver o = new StepObserver();
        m.addObserver(o);
        m.start();
        for (int i = 0; i < steps; i++) {
            if (lever != null && i == pullAfter) m.pull(lever, arg);
            m.runStep();
        }
        return new Run(m, o);
    }

    /** The same event written in the scenario at step 12 (2001-01) and pulled as a lever after 12 steps. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "withdraw-donor    | d1   | {at: 2001-01, kind: donorExit, donors: [d1], exitMode: abrupt, referral: 0}",
            "cut-donor-budgets | 0.5  | {at: 2001-01, kind: budgetChange, donors: all, factor: 0.5}",
            "performance-funding |    | {at: 2001-01, kind: fundingRule, donors: all, rule: performance}",
            "recognise-pgs     |      | {at: 2001-01, kind: policy, governments: all, certificationRecognition: true}",
            "election          |      | {at: 2001-01, kind: election}"})
    void aLeverAtMonthMEqualsAScenarioEventAtMonthM(String key, String arg, String event) {
        Run byEvent = run("  - " + event + "\n", null, null, 0, 30);
        Run byLever = run(null, Lever.byKey(key), arg, 12, 30);
        double[][] a = byEvent.observer().series().rows(), b = byLever.observer().series().rows();
        assertEquals(a.length, b.length);
        for (int t = 0; t < a.length; t++) assertArrayEquals(a[t], b[t], 0.0, "month " + t);
        List<EventLog.Entry> ea = byEvent.model().eventLog().entries(), eb = byLever.model().eventLog().entries();
        assertEquals(ea.size(), eb.size());
        for (int i = 0; i < ea.size(); i++) {
            EventLog.Entry x = ea.get(i), y = eb.get(i);
            assertEquals(x.step(), y.step());
            assertEquals(x.month(), y.month());
            assertEquals(x.kind(), y.kind());
            assertEquals(x.effect(), y.effect());
            if (x.origin() == EventLog.Origin.EVENT) {
                assertEquals(EventLog.Origin.LEVER, y.origin(), "the lever is logged as a lever");
                assertEquals(YearMonth.of(2001, 1), y.month(), "with its date");
                assertTrue(y.note().startsWith("lever: "), y.note());
            } else {
                assertEquals(x.origin(), y.origin());
            }
        }
    }

    @Test
    void eachLeverChangesWhatItNames() {
        Scenario s = Tiny.parse(EventsTest.world(null, null));
        AyniModel m = new AyniModel(s, s.seed());
        m.start();
        EventsTest.run(m, 3);
        m.pull(Lever.CUT_DONOR_BUDGETS, "0.25");
        m.pull(Lever.PERFORMANCE_FUNDING, null);
        m.pull(Lever.RECOGNISE_PGS, null);
        m.pull(Lever.WITHDRAW_DONOR, "d2");
        Donor d1 = (Donor) m.world().byId("d1"), d2 = (Donor) m.world().byId("d2");
        double before = d1.budget();
        assertEquals(FundingRule.FLEXIBLE, d1.fundingRule(), "nothing happens before the next step");
        m.runStep();
        assertEquals(before * 0.75, d1.budget(), 1e-6);
        assertEquals(FundingRule.PERFORMANCE, d1.fundingRule());
        assertTrue(((GovernmentAgency) m.world().byId("g1")).certificationRecognition());
        assertTrue(d2.leaving() || !d2.active(), "d2 withdrawn");
        List<EventLog.Entry> levers = m.eventLog().entries().stream().filter(e -> e.origin() == EventLog.Origin.LEVER).toList();
        assertEquals(List.of("budgetChange", "fundingRule", "policy", "donorExit"), levers.stream().map(EventLog.Entry::kind).toList());
        for (EventLog.Entry e : levers) assertEquals(YearMonth.of(2000, 4), e.month());
    }

    @Test
    void badLeversAreRefusedWithAReason() {
        Scenario s = Tiny.parse(EventsTest.world(null, null));
        AyniModel m = new AyniModel(s, s.seed());
        assertThrows(IllegalStateException.class, () -> m.pull(Lever.ELECTION, null), "not started");
        m.start();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.pull(Lever.WITHDRAW_DONOR, "n1"));
        assertTrue(e.getMessage().contains("no donor 'n1'") && e.getMessage().endsWith("donors: d1, d2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.pull(Lever.WITHDRAW_DONOR, null));
        assertThrows(IllegalArgumentException.class, () -> m.pull(Lever.CUT_DONOR_BUDGETS, "1.5"));
        assertThrows(IllegalArgumentException.class, () -> m.pull(Lever.CUT_DONOR_BUDGETS, "half"));
        assertEquals(0.2, ((ayni.scenario.EventSpec.BudgetChange) Lever.CUT_DONOR_BUDGETS.event(0, "80%")).factor(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Lever.byKey("nationalise"));
        assertFalse(m.eventLog().entries().stream().anyMatch(x -> x.origin() == EventLog.Origin.LEVER));
    }
}
