package ayni.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ayni.StepWorld;
import ayni.domain.IncomeSource;
import ayni.exchange.Ledger;
import ayni.model.AyniModel;
import org.junit.jupiter.api.Test;

/**
 * A government agency's monthly step on hand-made worlds (docs/ODD.md 7.16, §8.5.1): its appropriation arrives, its
 * legitimacy decays, what it holds goes out as contracts by tie weight, and the rest lapses.
 */
class GovernmentStepTest {

    /**
     * An agency of budget 12,000 a year (1,000 a month), no co-financing, with funding ties of weight 0.75 and 0.25
     * to two NGOs: in the exchange phase it contracts 1,000 x 0.75 / 1 = 750 to the first and 250 to the second and
     * holds nothing at the end. Its legitimacy, governmentLegitimacy 0.8 at entry, decays by legitimacyDecayRate 0.1 a
     * month: 0.72 after one month, 0.648 after two.
     */
    @Test
    void contractsFollowTieWeightsAndLegitimacyDecays() {
        AyniModel m = StepWorld.start(StepWorld.yaml("governmentLegitimacy: 0.8, legitimacyDecayRate: 0.1", """
                governments:
                  - {id: gov, domain: organic, budget: 12000, cofinancing: 0}
                ngos:
                  - {id: big, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: small, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                ties:
                  - {from: gov, to: big, layer: funding, weight: 0.75}
                  - {from: gov, to: small, layer: funding, weight: 0.25}
                """));
        World w = m.world();
        GovernmentAgency gov = (GovernmentAgency) w.byId("gov");
        Ngo big = (Ngo) w.byId("big"), small = (Ngo) w.byId("small");
        m.runStep();
        assertEquals(750, big.income(IncomeSource.GOVERNMENT_CONTRACTS), 1e-9);
        assertEquals(250, small.income(IncomeSource.GOVERNMENT_CONTRACTS), 1e-9);
        assertEquals(0, gov.cash(), 1e-9);
        assertEquals(0, w.ledger.spentStep(Ledger.Sink.UNSPENT_BUDGET), 1e-9, "everything went out as contracts");
        assertEquals(0.72, gov.legitimacy(), 1e-12);
        m.runStep();
        assertEquals(0.648, gov.legitimacy(), 1e-12);
        assertEquals("gov", gov.name(), "an actor the scenario does not name goes by its id");
    }

    /**
     * An agency with no funding ties receives its 1,000 and lets all of it lapse in the same month: it holds
     * nothing at the end of any month, and the month's unspent budget is 1,000.
     */
    @Test
    void whatAnAgencyDoesNotGiveOutLapses() {
        AyniModel m = StepWorld.start(StepWorld.yaml("", """
                governments:
                  - {id: gov, domain: organic, budget: 12000}
                """));
        World w = m.world();
        for (int i = 0; i < 2; i++) {
            m.runStep();
            assertEquals(0, w.byId("gov").cash(), 1e-9);
            assertEquals(1000, w.ledger.spentStep(Ledger.Sink.UNSPENT_BUDGET), 1e-9);
        }
    }

    /**
     * Contracts go by tie weight, so an agency whose only funding tie weighs 0 (declared so, with no decay,
     * strengthening or dissolution to move it) has nothing to share out: its 1,000 of the month all lapse, the NGO gets
     * no contract, and no amount that is not a number reaches the ledger.
     */
    @Test
    void fundingTiesOfNoWeightGetNoContracts() {
        AyniModel m = StepWorld.start(StepWorld.yaml("tieDecayRate: 0, tieStrengthenRate: 0, tieDissolveThreshold: 0", """
                governments:
                  - {id: gov, domain: organic, budget: 12000, cofinancing: 0}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                ties:
                  - {from: gov, to: n, layer: funding, weight: 0}
                """));
        World w = m.world();
        m.runStep();
        assertEquals(0, ((Ngo) w.byId("n")).income(IncomeSource.GOVERNMENT_CONTRACTS), 0);
        assertEquals(1000, w.ledger.spentStep(Ledger.Sink.UNSPENT_BUDGET), 1e-9);
        assertEquals(0, w.byId("gov").cash(), 0);
    }
}
