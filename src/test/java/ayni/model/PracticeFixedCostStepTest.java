package ayni.model;

import static ayni.model.SubmodelStepTest.params;
import static ayni.model.SubmodelStepTest.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import ayni.agents.Sme;
import org.junit.jupiter.api.Test;

/**
 * Step test of the fixed part of what keeping the practice costs (docs/ODD.md 7.11, 7.13, 7.26): it does not shrink
 * with sales, so a micro enterprise cannot keep a practice on a domestic buyer's small premium that a small one keeps.
 */
class PracticeFixedCostStepTest {

    /**
     * Two local-market adopters with full knowledge sell to a domestic buyer paying 5%. The practice brings each 5%
     * premium + 3% savings = 8% of its sales: 64 a month for the micro one (800), 480 for the small one (6,000). It
     * costs 6% + 30: 78 and 390. With lossRevertProbability 1 the micro one stops in the first month and, no longer
     * adopting, sells at 840 and pays 720 of operating costs (120 left); the small one keeps it, sells at 6,300 and
     * pays 6,000 x (0.9 + 0.06 - 0.03) + 30 = 5,610 (690 left). Without the fixed part the micro one's 64 covers 48:
     * it keeps the practice and pays 744 (96 left).
     */
    @Test
    void aMicroEnterpriseCannotCarryTheFixedCostOnASmallPremiumASmallOneCan() {
        String yaml = Tiny.HEADER + params("smeCapitalFactor: 0, revertProbability: 0, lossRevertProbability: 1, "
                + "associationRevertFactor: 1, savingsRate: 0.03, practiceFixedCost: 30") + """
                companies:
                  - {id: buyer, domain: organic, demand: 2, premium: 0.05, requirement: 0}
                smes:
                  - {id: micro, domain: organic, count: 1, size: {micro: 1}, exportShare: 0, associationShare: 0, creditAccess: 0, knowledge: [1, 1]}
                  - {id: small, domain: organic, count: 1, size: {small: 1}, exportShare: 0, associationShare: 0, creditAccess: 0, knowledge: [1, 1]}
                ties:
                  - {from: micro, to: buyer, layer: market, weight: 1}
                  - {from: small, to: buyer, layer: market, weight: 1}
                """;
        AyniModel m = start(yaml);
        Sme micro = (Sme) m.world().byId("micro.0001"), small = (Sme) m.world().byId("small.0001");
        micro.setAdopted(true);
        small.setAdopted(true);
        m.runStep();
        assertFalse(micro.adopted(), "64 of premium and savings do not cover 48 + 30");
        assertTrue(small.adopted(), "480 covers 360 + 30");
        assertEquals(120, micro.cash(), 1e-9);
        assertEquals(690, small.cash(), 1e-9);

        AyniModel off = start(yaml.replace("practiceFixedCost: 30", "practiceFixedCost: 0"));
        Sme micro0 = (Sme) off.world().byId("micro.0001");
        micro0.setAdopted(true);
        off.runStep();
        assertTrue(micro0.adopted(), "without the fixed part 64 covers 48");
        assertEquals(96, micro0.cash(), 1e-9);
    }
}
