package ayni.model;

import static ayni.StepWorld.month;
import static ayni.StepWorld.start;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ayni.agents.Actor;
import ayni.agents.World;
import ayni.domain.Layer;
import ayni.network.TieStore;
import ayni.network.Tie;
import org.junit.jupiter.api.Test;

/**
 * Step tests of discourse dynamics (docs/ODD.md 7.22): the pull of partners by tie weight over out- and in-ties, the
 * push of partners beyond the latitude of rejection by their share of the tie weight, and funders' pressure by this
 * month's funding, in both coordinates. Positions are off the axes and tie weights unequal, so that a swapped
 * coordinate, sign or weight shows. Ties neither strengthen nor decay (rates 0), so their weights are the scenario's.
 */
class DiscourseDynamicsStepTest {

    private static final String TIES_FIXED = "tieDecayRate: 0, tieStrengthenRate: 0, discourseRejectionDistance: 0.8";

    /**
     * NGO a at (0.1, 0.2) has two near partners, b (0.3, -0.1) on an out-tie of weight 0.5 and c (0.2, 0.4) on an
     * in-tie of 0.25, and two beyond the latitude 0.8, d (-0.6, -0.5) on an in-tie of 0.4 (distance 0.99) and e
     * (0.9, 0.9) on an out-tie of 0.2 (distance 1.06).
     * Pull (influence 0.1): the near partners' weighted mean is ((0.15 + 0.05) / 0.75, (-0.05 + 0.1) / 0.75) =
     * (4/15, 1/15); a moves 0.1 of the way: (+1/60, -1/75).
     * Push (repulsion 0.2): the far partners' weighted mean is ((-0.24 + 0.18) / 0.6, (-0.2 + 0.18) / 0.6) = (-0.1,
     * -1/30), and they hold 0.6 / 1.35 = 4/9 of a's tie weight, so a moves 0.2 x 4/9 = 4/45 of its distance from it:
     * (+4/45 x 0.2, +4/45 x 7/30) = (+4/225, +28/1350).
     * Both: a ends at (0.1 + 1/60 + 4/225, 0.2 - 1/75 + 28/1350) = (121/900, 28/135). With the push alone (influence
     * and pressure 0, the other rates' early return not taken): (0.1 + 4/225, 0.2 + 28/1350) = (106/900, 298/1350).
     */
    @Test
    void nearPartnersPullAndFarOnesPushByTheirShareOfTieWeight() {
        String world = """
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 1000000, monthlyCost: 1000, discourse: [0.1, 0.2]}
                  - {id: b, type: conventional, domain: organic, cash: 1000000, monthlyCost: 1000, discourse: [0.3, -0.1]}
                  - {id: c, type: conventional, domain: organic, cash: 1000000, monthlyCost: 1000, discourse: [0.2, 0.4]}
                  - {id: d, type: conventional, domain: organic, cash: 1000000, monthlyCost: 1000, discourse: [-0.6, -0.5]}
                  - {id: e, type: conventional, domain: organic, cash: 1000000, monthlyCost: 1000, discourse: [0.9, 0.9]}
                ties:
                  - {from: a, to: b, layer: knowledge, weight: 0.5}
                  - {from: c, to: a, layer: knowledge, weight: 0.25}
                  - {from: d, to: a, layer: knowledge, weight: 0.4}
                  - {from: a, to: e, layer: knowledge, weight: 0.2}
                """;
        AyniModel m = start(yaml(TIES_FIXED + ", discourseInfluenceRate: 0.1, discourseRepulsionRate: 0.2", world));
        m.runStep();
        Actor a = m.world().byId("a");
        assertEquals(121.0 / 900, a.discourse().x(), 1e-12);
        assertEquals(28.0 / 135, a.discourse().y(), 1e-12);

        m = start(yaml(TIES_FIXED + ", discourseInfluenceRate: 0, discourseRepulsionRate: 0.2", world));
        m.runStep();
        a = m.world().byId("a");
        assertEquals(106.0 / 900, a.discourse().x(), 1e-12);
        assertEquals(298.0 / 1350, a.discourse().y(), 1e-12);
    }

    /**
     * Funders' pressure (funderPressureRate 0.5, no influence or repulsion): NGO n at (0.1, 0.2) gets grants this month
     * from d1 at (0.6, -0.4), 1,000 (its whole monthly budget, grantShare 1), and from d2 at (-0.1, 0.8), 3,000. The
     * funding-weighted mean is ((600 - 300) / 4000, (-400 + 2400) / 4000) = (0.075, 0.5); n moves half way there:
     * (0.0875, 0.35). Donors keep their positions.
     */
    @Test
    void fundersPressByThisMonthsFunding() {
        World w = month(yaml(TIES_FIXED + ", funderPressureRate: 0.5, grantShare: 1, absorptionFactor: 10", """
                donors:
                  - {id: d1, kind: bilateral, budget: 12000, domains: {organic: 1}, channels: {ngo: 1}, discourse: [0.6, -0.4]}
                  - {id: d2, kind: bilateral, budget: 36000, domains: {organic: 1}, channels: {ngo: 1}, discourse: [-0.1, 0.8]}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, discourse: [0.1, 0.2]}
                ties:
                  - {from: d1, to: n, layer: funding, weight: 1}
                  - {from: d2, to: n, layer: funding, weight: 1}
                """));
        Actor n = w.byId("n");
        assertEquals(1000, TieStore.flowAt(w.ties.get(w.byId("d1").index(), n.index(), Layer.FUNDING), w.step()), 1e-9);
        assertEquals(3000, TieStore.flowAt(w.ties.get(w.byId("d2").index(), n.index(), Layer.FUNDING), w.step()), 1e-9);
        assertEquals(0.0875, n.discourse().x(), 1e-12);
        assertEquals(0.35, n.discourse().y(), 1e-12);
        assertEquals(0.6, w.byId("d1").discourse().x(), 1e-12);
    }

    /**
     * Pressure comes with the money, not with the tie's weight: the funding tie d -> n has weight 0 and stays so
     * (newTieWeight 0 for the donor's guidance tie, tieStrengthenRate 0, tieDissolveThreshold 0), so n has no tie
     * weight to be pulled by (no influence either way), yet this month's grant of 1,000 presses it funderPressureRate
     * 0.5 of the way toward d: (0.1, 0.2) + 0.5 x ((0.6, -0.4) - (0.1, 0.2)) = (0.35, -0.1).
     */
    @Test
    void aFunderPressesThroughATieOfNoWeight() {
        World w = month(yaml("tieDecayRate: 0, tieStrengthenRate: 0, tieDissolveThreshold: 0, newTieWeight: 0, "
                + "funderPressureRate: 0.5, discourseInfluenceRate: 0.1, grantShare: 1, absorptionFactor: 10", """
                donors:
                  - {id: d, kind: bilateral, budget: 12000, domains: {organic: 1}, channels: {ngo: 1}, discourse: [0.6, -0.4]}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, discourse: [0.1, 0.2]}
                ties:
                  - {from: d, to: n, layer: funding, weight: 0}
                """));
        Actor n = w.byId("n");
        Tie funding = w.ties.get(w.byId("d").index(), n.index(), Layer.FUNDING);
        assertEquals(0, funding.weight(), 0);
        assertEquals(1000, TieStore.flowAt(funding, w.step()), 1e-9);
        assertEquals(0.35, n.discourse().x(), 1e-12);
        assertEquals(-0.1, n.discourse().y(), 1e-12);
    }
}
