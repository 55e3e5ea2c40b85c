package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.agents.World;
import ayni.exchange.Ledger;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Money moves only in the phases named for it (docs/ODD.md section 3): the model closes the ledger while the other
 * phases run, so money moved there stops the run instead of passing unseen.
 */
class PhaseMoneyTest {

    private static final String WORLD = """
            donors:
              - {id: d, kind: bilateral, budget: 12000, domains: {organic: 1}, channels: {ngo: 1}}
            ngos:
              - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 100}
            """;

    @Test
    void moneyMovesOnlyInTheBudgetsRunningCostsInvestmentExchangeAndMarketPhases() {
        EnumSet<Phase> money = EnumSet.noneOf(Phase.class);
        for (Phase p : Phase.values()) if (p.movesMoney()) money.add(p);
        assertEquals(EnumSet.of(Phase.BUDGETS, Phase.RUNNING_COSTS, Phase.INVESTMENT, Phase.EXCHANGE, Phase.MARKET), money);
    }

    /** An observer (OBSERVE phase) that books a donor budget is refused, naming the phase; the same booking between steps passes. */
    @Test
    void moneyMovedInAPhaseThatMovesNoneStopsTheRun() {
        AyniModel m = StepWorld.start(StepWorld.yaml("", WORLD));
        World w = m.world();
        m.addObserver(state -> w.ledger.inject(w.byId("d"), 1, Ledger.Source.DONOR_BUDGET));
        IllegalStateException e = assertThrows(IllegalStateException.class, m::runStep);
        assertTrue(e.getMessage().contains("OBSERVE"), e.getMessage());
        double before = w.byId("d").cash();
        w.ledger.inject(w.byId("d"), 1, Ledger.Source.DONOR_BUDGET);
        assertEquals(before + 1, w.byId("d").cash(), 1e-12, "the ledger is open again outside the phases that move none");
    }

    /** A month of the hand-made world books the budget, the grant and the running costs in their own phases. */
    @Test
    void aMonthOfBudgetsGrantsAndCostsRunsWithTheLedgerClosedElsewhere() {
        AyniModel m = StepWorld.start(StepWorld.yaml("grantShare: 1", WORLD));
        m.runStep();
        World w = m.world();
        assertEquals(1000, w.ledger.injectedStep(Ledger.Source.DONOR_BUDGET), 1e-9);
        assertTrue(w.ledger.givenTotalStep() > 0, "the grant, paid in the exchange phase");
        assertEquals(0, w.ledger.imbalance(w.held()), 1e-6);
    }
}
