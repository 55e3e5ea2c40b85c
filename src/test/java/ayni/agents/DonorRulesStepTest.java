package ayni.agents;

import static ayni.StepWorld.start;
import static ayni.StepWorld.steps;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.ActorKind;
import ayni.domain.Domain;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.model.AyniModel;
import org.junit.jupiter.api.Test;

/**
 * Step tests of the rules by which a donor chooses and pays (docs/ODD.md 7.2, 7.3, 7.30), at their edges: the free
 * budget, the renewal bonus of a funding tie, absorption and reserves exactly at their limits, the performance
 * threshold, whom a referral reaches and which referrals are funded, a donor's own exit mode, a donor with no cash,
 * accreditation, the relative weight of type preferences, shifts that replace channels, types and domains, and the
 * strength of the funding conflict. Each runs whole monthly steps of a small hand-made world, outcome worked out by hand.
 */
class DonorRulesStepTest {

    static double grants(World w, String id) {
        return ((Ngo) w.byId(id)).income(IncomeSource.DONOR_GRANTS);
    }

    /**
     * A donor of 1,000 a month (grantShare 1) and two NGOs that can absorb 600 each (absorptionFactor 1): the first
     * grant is 600, the second only the 400 of budget left free; 1,000 in all, nothing lapses.
     */
    @Test
    void aSecondGrantGetsOnlyTheFreeBudget() {
        AyniModel m = start(yaml("grantShare: 1, absorptionFactor: 1, donorCandidates: 100", """
                donors:
                  - {id: d, kind: bilateral, budget: 12000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 0, monthlyCost: 600}
                  - {id: b, type: conventional, domain: organic, cash: 0, monthlyCost: 600}
                """));
        World w = m.world();
        m.runStep();
        double a = grants(w, "a"), b = grants(w, "b");
        assertEquals(600, Math.max(a, b), 1e-9);
        assertEquals(400, Math.min(a, b), 1e-9);
        assertEquals(2, w.counters.grantsMade);
    }

    /**
     * supportShare 0 gives an SME no share of an adoption, so a donor funding SMEs only can grant nothing: its first
     * choice fails and it stops looking for the month (one competition, not donorMaxGrantsPerMonth 5).
     */
    @Test
    void aDonorThatCanGrantNothingStopsLookingForTheMonth() {
        AyniModel m = start(yaml("supportShare: 0, donorMaxGrantsPerMonth: 5", """
                donors:
                  - {id: d, kind: bilateral, budget: 120000, domains: {organic: 1}, grantCycleYears: 2, channels: {sme: 1}}
                smes:
                  - {id: g, domain: organic, count: 20, creditAccess: 0}
                """));
        World w = m.world();
        m.runStep();
        assertEquals(0, w.counters.grantsMade);
        assertEquals(1, w.counters.grantsCompeted);
    }

    /**
     * Renewal: "x" takes the whole 1,000 a month of each donor in month 1 (named first), so the named ties to "old"
     * are laid but fund nothing. x leaves after 2000-01; in month 2 each donor has 1,000 free and chooses between
     * "old" and "new", alike in everything but old's funding tie (weight 1, a month's decay); each can absorb the 1,000 (absorptionFactor 2 x costs that shrank a little
     * without income). Both the flexible rule
     * (legitimacy + proximity + tie) and the performance rule (results + knowledge + tie) choose old.
     */
    @Test
    void anExistingFundingTieWinsTheRenewal() {
        AyniModel m = start(yaml("grantShare: 1, absorptionFactor: 2, donorCandidates: 100, performanceThreshold: 0.4", """
                donors:
                  - {id: flex, kind: bilateral, budget: 12000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                  - {id: perf, kind: bilateral, budget: 12000, domains: {sustainableProduction: 1}, grantCycleYears: 2, channels: {ngo: 1}, fundingRule: performance}
                ngos:
                  - {id: x, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, until: 2000-01}
                  - {id: old, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, legitimacy: 0.5}
                  - {id: new, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, legitimacy: 0.5}
                  - {id: px, type: conventional, domain: sustainableProduction, cash: 0, monthlyCost: 1000, until: 2000-01}
                  - {id: pold, type: conventional, domain: sustainableProduction, cash: 0, monthlyCost: 1000, knowledge: 0.6}
                  - {id: pnew, type: conventional, domain: sustainableProduction, cash: 0, monthlyCost: 1000, knowledge: 0.6}
                ties:
                  - {from: flex, to: x, layer: funding, weight: 1}
                  - {from: flex, to: old, layer: funding, weight: 1}
                  - {from: perf, to: px, layer: funding, weight: 1}
                  - {from: perf, to: pold, layer: funding, weight: 1}
                """));
        World w = m.world();
        m.runStep();
        assertEquals(1000, grants(w, "x"), 1e-9);
        assertEquals(0, grants(w, "old"), 1e-9);
        assertEquals(0, grants(w, "pold"), 1e-9);
        m.runStep();
        assertEquals(1000, grants(w, "old"), 1e-9);
        assertEquals(0, grants(w, "new"), 1e-9);
        assertEquals(1000, grants(w, "pold"), 1e-9);
        assertEquals(0, grants(w, "pnew"), 1e-9);
    }

    /**
     * Limits are inclusive: "edge" can absorb exactly 1 USD a month (absorptionFactor 1 x 1) and is funded; "full"
     * holds exactly ngoReserveMonths 12 x its costs (not more) and is funded; the platform "full-p" holds exactly
     * platformReserveMonths 12 x its costs and is funded, "rich-p" holds more and never is. A performance donor funds
     * "at-threshold" (knowledge exactly performanceThreshold 0.5) and counts it among the applicants, but not
     * "unable" (0.2), which its rule scores out: 2 applicants ("able" wins, grantShare 1).
     */
    @Test
    void absorptionReservesAndThePerformanceThresholdAreInclusiveLimits() {
        AyniModel m = start(yaml("grantShare: 0.05, absorptionFactor: 1, donorCandidates: 100, ngoReserveMonths: 12, platformReserveMonths: 12", """
                donors:
                  - {id: d, kind: bilateral, budget: 1200000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1, platform: 1}}
                ngos:
                  - {id: edge, type: conventional, domain: organic, cash: 0, monthlyCost: 1}
                  - {id: full, type: conventional, domain: organic, cash: 12000, monthlyCost: 1000}
                platforms:
                  - {id: full-p, domain: organic, members: [edge], monthlyCost: 1000, cash: 12000}
                  - {id: rich-p, domain: organic, members: [full], monthlyCost: 1000, cash: 12001}
                """));
        World w = m.world();
        m.runStep();
        Actor d = w.byId("d");
        assertEquals(1, grants(w, "edge"), 1e-9, "absorbs exactly 1");
        assertNotNull(w.ties.get(d.index(), w.byId("full").index(), Layer.FUNDING));
        assertNotNull(w.ties.get(d.index(), w.byId("full-p").index(), Layer.FUNDING));
        assertNull(w.ties.get(d.index(), w.byId("rich-p").index(), Layer.FUNDING));

        AyniModel p = start(yaml("grantShare: 1, donorCandidates: 100, performanceThreshold: 0.5", """
                donors:
                  - {id: d, kind: bilateral, budget: 12000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}, fundingRule: performance}
                ngos:
                  - {id: able, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, knowledge: 0.8}
                  - {id: at-threshold, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, knowledge: 0.5}
                  - {id: unable, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, knowledge: 0.2}
                """));
        p.runStep();
        assertEquals(1, p.world().counters.grantsCompeted);
        assertEquals(2, p.world().counters.grantApplicants);
        assertEquals(1000, grants(p.world(), "able"), 1e-9);
    }
}
