package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.Tiny;
import ayni.agents.Ngo;
import ayni.domain.NgoType;
import org.junit.jupiter.api.Test;

/**
 * A conventional NGO short of funds turns into a market NGO only once it has a market income (docs/ODD.md 7.7,
 * ngoTypeChangeMarketShare): an aid-only NGO whose grants have stopped closes as a conventional NGO (§5.5 L1920).
 */
class MarketTurnStepTest {

    /** Four aid-only NGOs (fees 5% of costs) and four with fees of 22.5% (below the 500 minimum, so all stay short). */
    static String world(double share) {
        StringBuilder b = new StringBuilder(Tiny.HEADER + StepWorld.params(
                "ngoDiversifyRate: 0, ngoMinimumCost: 500, ngoCoreCostShare: 1, ngoTypeChangeMarketShare: " + share)
                .replace("ngoTypeChangeProbability: 0", "ngoTypeChangeProbability: 1") + "ngos:\n");
        for (int i = 0; i < 4; i++) {
            b.append("  - {id: aid").append(i).append(", type: conventional, domain: organic, cash: 0, monthlyCost: 2000, ownIncome: {serviceFees: 100}}\n");
            b.append("  - {id: fee").append(i).append(", type: conventional, domain: organic, cash: 0, monthlyCost: 2000, ownIncome: {serviceFees: 450}}\n");
        }
        return b.toString();
    }

    static int turned(AyniModel m, String prefix) {
        int n = 0;
        for (int i = 0; i < 4; i++) if (((Ngo) m.world().byId(prefix + i)).type() == NgoType.MARKET) n++;
        return n;
    }

    /**
     * Every NGO pays only its fees and closes after 18 months (fees below the 500 minimum and, with ngoCoreCostShare 1, no fall-back, 7.6). With
     * the gate at 20% of costs, the aid-only NGOs never turn (100 < 0.2 x 2,000 x 0.98^17) and close as conventional;
     * those with fees of 450 (at least 400) may turn, each with probability 1/12 a month. Without the gate (share 0)
     * aid-only NGOs turn too, and would be counted as market NGOs when they close.
     */
    @Test
    void anAidOnlyConventionalNgoClosesAsConventionalOneWithMarketIncomeMayTurn() {
        AyniModel m = StepWorld.run(world(0.2), 20);
        for (int i = 0; i < 4; i++) {
            assertFalse(m.world().byId("aid" + i).active(), "no income to live on: closes");
            assertFalse(m.world().byId("fee" + i).active(), "450 is below the 500 minimum: closes too");
        }
        assertEquals(0, turned(m, "aid"), "no market income, no market NGO");
        assertTrue(turned(m, "fee") > 0, "fees of 22.5% of costs: may turn into a market NGO");

        AyniModel off = StepWorld.run(world(0), 20);
        assertTrue(turned(off, "aid") > 0, "without the gate aid-only NGOs turn into market NGOs");
    }
}
