package ayni.agents;

import static ayni.StepWorld.start;
import static ayni.StepWorld.steps;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.ActorKind;
import ayni.model.AyniModel;
import org.junit.jupiter.api.Test;

/**
 * Step tests of an SME's life (docs/ODD.md 7.9, 7.11, 7.13, 7.23, 7.26): refusal by distance and embeddedness, exit
 * at its yearly rate, how it finances an adoption (subsidy, green credit, own funds, a loan), practice that grows while
 * practised and falls back after reversion, what makes a practice pay, operating costs and debt service, and
 * closure. Each runs whole monthly steps of a small hand-made world and checks an outcome worked out by hand.
 */
class SmeStepTest {

    // ---- 7.9 Refusal ------------------------------------------------------------------------------------------

    /**
     * Both SMEs stand at distance 1 from the NGO (discourse [0.6, 0.8] against [0, 0]); refusalWeight 1,
     * refusalEmbeddednessWeight 0.5. One rooted in local webs (embeddedness 1) refuses with probability
     * 1 x (1 / 2) x (0.5 + 0.5 x 1) = 0.5, a loose one (embeddedness 0) with 1 x 0.5 x 0.5 = 0.25. Offered a project,
     * an SME at the NGO's own position never refuses.
     */
    @Test
    void distantAndRootedSmesRefuseMore() {
        AyniModel m = start(yaml("refusalWeight: 1, refusalEmbeddednessWeight: 0.5", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, discourse: [0, 0]}
                smes:
                  - {id: rooted, domain: organic, count: 1, embeddedness: [1, 1], discourse: [0.6, 0.8], discourseSpread: 0}
                  - {id: loose, domain: organic, count: 1, embeddedness: [0, 0], discourse: [0.6, 0.8], discourseSpread: 0}
                  - {id: near, domain: organic, count: 1, embeddedness: [1, 1], discourse: [0, 0], discourseSpread: 0}
                """));
        World w = m.world();
        Actor n = w.byId("n");
        assertEquals(0.5, ((Sme) w.byId("rooted.0001")).refusalProbability(n, w.params), 1e-12);
        assertEquals(0.25, ((Sme) w.byId("loose.0001")).refusalProbability(n, w.params), 1e-12);
        for (int i = 0; i < 20; i++) assertTrue(SupportLever.offer((Sme) w.byId("near.0001"), n, w));
    }

    // ---- 7.23 Exit ----------------------------------------------------------------------------------------------

    /**
     * 120 SMEs with smeExitRate 1 a year leave with probability 1/12 a month: about 10 in month 1 (at most 30 by a
     * wide margin), and 1 - (11/12)^12 = 65% (about 78, sd 5) within a year (between 55 and 100).
     */
    @Test
    void smesLeaveAtTheirYearlyExitRate() {
        AyniModel m = start(yaml("smeExitRate: 1", """
                smes:
                  - {id: g, domain: organic, count: 120}
                """));
        World w = m.world();
        m.runStep();
        int first = w.counters.smeExits;
        assertEquals(120 - first, w.activeCount(ActorKind.SME), "the month's counter");
        assertTrue(first >= 1 && first <= 30, "a yearly rate, not a monthly one: " + first);
        steps(m, 11);
        int left = 120 - w.activeCount(ActorKind.SME);
        assertTrue(left >= 55 && left <= 100, "about 65% of 120 in a year: " + left);
    }

    // ---- 7.11 Financing an adoption -----------------------------------------------------------------------------

    /**
     * Two micro SMEs without capital sell to a buyer paying a 30% premium (net benefit 240 - 48 = 192 a month, worth
     * adopting at a cost of 1,500). "limited" faces a subsidy of 600 from an agency that has only 500 this month
     * (6,000 a year): it gets 500 and borrows the other 1,000 (it has credit). "both" faces one agency (12,000 a year:
     * 1,000 this month) with a subsidy of 600 and green credit reimbursing 0.4 x 1,500 = 600 but only from what the
     * subsidy leaves (400): it gets 1,000 and borrows 500. In the market phase each sells for 1,040, pays operating
     * costs of 800 x (0.9 + 0.06) = 768 and debt service (interest 30%/12 and 1/24 of the debt): debts of
     * 1,000 + 25 - (25 + 41.667) = 958.333 and 500 + 12.5 - (12.5 + 20.833) = 479.167.
     */
    @Test
    void anSmeFinancesItsAdoptionFromSubsidyGreenCreditAndALoan() {
        AyniModel m = start(yaml("savingsRate: 0, smeCapitalFactor: 0, greenCreditReimbursement: 0.4, interestRate: 0.3, loanMonths: 24", """
                governments:
                  - {id: g1, domain: organic, budget: 6000, subsidy: 600}
                  - {id: g2, domain: sustainableProduction, budget: 12000, subsidy: 600, greenCredit: true}
                companies:
                  - {id: b1, domain: organic, demand: 1, premium: 0.3}
                  - {id: b2, domain: sustainableProduction, demand: 1, premium: 0.3}
                smes:
                  - {id: limited, domain: organic, count: 1, creditAccess: 1, practice: [0, 0]}
                  - {id: both, domain: sustainableProduction, count: 1, creditAccess: 0, practice: [0, 0]}
                ties:
                  - {from: limited, to: b1, layer: market, weight: 1}
                  - {from: both, to: b2, layer: market, weight: 1}
                """));
        World w = m.world();
        Sme limited = (Sme) w.byId("limited.0001"), both = (Sme) w.byId("both.0001");
        m.runStep();
        assertTrue(limited.adopted());
        assertTrue(both.adopted());
        assertEquals(1500, w.counters.smeBorrowing, 1e-9, "1,000 + 500");
        assertEquals(1500, w.ledger.channelStep(ActorKind.GOVERNMENT, ActorKind.SME), 1e-9, "500 + 1,000");
        assertEquals(1000 + 25 - (25 + 1000 / 24.0), limited.debt(), 1e-9);
        assertEquals(500 + 12.5 - (12.5 + 500 / 24.0), both.debt(), 1e-9);
        assertEquals(1040 - 768 - (25 + 1000 / 24.0), limited.capital() + limited.debt(), 1e-9);
    }

    // ---- 7.13 Practice and reversion -----------------------------------------------------------------------------

    /**
     * A project (an agency's subsidy of 1,500 pays the whole cost) carries a practice that does not pay for months 1-3
     * (steps 0-2, projectMonths 2). Practice grows by practiceGrowthRate 0.1 of the gap to 1: 0.1, 0.19, 0.271. In
     * month 4 no project carries it: it reverts (lossRevertProbability 1) and its practice falls back toward where it
     * started (0) by 0.1 of the difference a month: 0.2439, then 0.21951. Its legitimacy (smeInitialLegitimacy 0.2)
     * decays 10% a month: 0.18 after month 1.
     */
    @Test
    void practiceGrowsWhilePractisedAndFallsBackAfterReversion() {
        AyniModel m = start(yaml("savingsRate: 0, smeCapitalFactor: 0, practiceGrowthRate: 0.1, projectMonths: 2, "
                + "lossRevertProbability: 1, revertProbability: 0, smeInitialLegitimacy: 0.2, legitimacyDecayRate: 0.1", """
                governments:
                  - {id: gov, domain: organic, budget: 120000, subsidy: 1500}
                smes:
                  - {id: s, domain: organic, count: 1, creditAccess: 0, practice: [0, 0], discourseSpread: 0}
                """));
        World w = m.world();
        Sme s = (Sme) w.byId("s.0001");
        assertTrue(SupportLever.offer(s, w.byId("gov"), w));
        m.runStep();
        assertEquals(0.1, s.practice(), 1e-12);
        assertEquals(0.18, s.legitimacy(), 1e-12);
        steps(m, 2);
        assertTrue(s.adopted(), "carried by the project");
        assertEquals(0.271, s.practice(), 1e-12);
        m.runStep();
        assertFalse(s.adopted());
        assertEquals(3, s.revertedStep());
        assertEquals(1, w.counters.reversions);
        assertEquals(0.2439, s.practice(), 1e-12);
        m.runStep();
        assertEquals(0.21951, s.practice(), 1e-12);
    }

    /**
     * Four adopters (lossRevertProbability 1, revertProbability 0: one whose practice does not pay stops at once, one
     * whose practice pays keeps it). The practice costs 0.06 x 800 = 48 a month. Savings of savingsRate 0.1 x
     * knowledge x 800: 80 for "knows" (knowledge 1, keeps), 40 for "half" (0.5, stops). "regulated": an agency
     * regulating fully with regulationPenalty 0.1 makes not practising cost 80 (keeps). "exact": a buyer's premium of
     * 0.06 brings exactly the 48 it costs, which pays (keeps).
     */
    @Test
    void anAdopterKeepsAPracticeThatPaysThroughSavingsRegulationOrAPremium() {
        AyniModel m = start(yaml("savingsRate: 0.1, practiceCostShare: 0.06, regulationPenalty: 0.1, "
                + "lossRevertProbability: 1, revertProbability: 0", """
                governments:
                  - {id: reg, domain: sustainableProduction, budget: 0, regulation: 1, enforcement: 1}
                companies:
                  - {id: buyer, domain: socialResponsibility, demand: 1, premium: 0.06}
                smes:
                  - {id: knows, domain: organic, count: 1, knowledge: [1, 1], practice: [0.5, 0.5]}
                  - {id: half, domain: organic, count: 1, knowledge: [0.5, 0.5], practice: [0.5, 0.5]}
                  - {id: regulated, domain: sustainableProduction, count: 1, knowledge: [0, 0], practice: [0.5, 0.5]}
                  - {id: exact, domain: socialResponsibility, count: 1, knowledge: [0, 0], practice: [0.5, 0.5]}
                  - {id: plain, domain: socialResponsibility, count: 1, knowledge: [0, 0], practice: [0.5, 0.5]}
                ties:
                  - {from: exact, to: buyer, layer: market, weight: 1}
                """));
        World w = m.world();
        for (String id : new String[] {"knows", "half", "regulated", "exact", "plain"}) ((Sme) w.byId(id + ".0001")).setAdopted(true);
        m.runStep();
        assertTrue(((Sme) w.byId("knows.0001")).adopted(), "savings of 80 cover 48");
        assertFalse(((Sme) w.byId("half.0001")).adopted(), "savings of 40 do not");
        assertTrue(((Sme) w.byId("regulated.0001")).adopted(), "not practising would cost 80");
        assertTrue(((Sme) w.byId("exact.0001")).adopted(), "a premium of 48 covers 48");
        assertFalse(((Sme) w.byId("plain.0001")).adopted(), "nothing covers the cost");
    }

    // ---- 7.26 Local sales, operating costs, closure ---------------------------------------------------------------

    /**
     * Without capital or buyers each micro SME sells its 800 in local markets and pays operating costs of
     * smeCostShare 0.9 of that, plus, if it practises, practiceCostShare 0.06 less savings 0.1 x knowledge 0.5, plus,
     * if it does not, regulation x regulationPenalty (full regulation, 0.1, in its domain). Left after month 1:
     * "adopter" 800 - 800 x (0.9 + 0.06 - 0.05) = 72; "plain" 800 - 720 = 80; "regulated" 800 - 800 = 0. Only the
     * organic adopter's local sales count as domestic organic sales (800).
     */
    @Test
    void operatingCostsDependOnPractisingSavingsAndRegulation() {
        AyniModel m = start(yaml("savingsRate: 0.1, practiceCostShare: 0.06, regulationPenalty: 0.1, smeCostShare: 0.9, "
                + "smeCapitalFactor: 0, lossRevertProbability: 0, revertProbability: 0", """
                governments:
                  - {id: reg, domain: sustainableProduction, budget: 0, regulation: 1, enforcement: 1}
                smes:
                  - {id: adopter, domain: organic, count: 1, knowledge: [0.5, 0.5], practice: [0.5, 0.5]}
                  - {id: plain, domain: organic, count: 1, knowledge: [0.5, 0.5], practice: [0, 0]}
                  - {id: regulated, domain: sustainableProduction, count: 1, knowledge: [0, 0], practice: [0, 0]}
                """));
        World w = m.world();
        Sme adopter = (Sme) w.byId("adopter.0001");
        adopter.setAdopted(true);
        m.runStep();
        assertTrue(adopter.adopted());
        assertEquals(72, adopter.capital(), 1e-9);
        assertEquals(80, ((Sme) w.byId("plain.0001")).capital(), 1e-9);
        assertEquals(0, ((Sme) w.byId("regulated.0001")).capital(), 1e-9);
        assertEquals(2400, w.counters.salesLocal, 1e-9);
        assertEquals(800, w.counters.salesDomesticOrganic, 1e-9);
    }

    /**
     * Operating costs of 1.1 x 800 = 880 exceed the 800 an SME without capital earns: it cannot pay in full, and with
     * smeInsolvencyMonths 2 it is active after month 1 and closed after month 2.
     */
    @Test
    void anSmeClosesInTheMonthItReachesTheInsolvencyLimit() {
        AyniModel m = start(yaml("smeCostShare: 1.1, smeCapitalFactor: 0, smeInsolvencyMonths: 2", """
                smes:
                  - {id: s, domain: organic, count: 1, practice: [0, 0]}
                """));
        World w = m.world();
        Sme s = (Sme) w.byId("s.0001");
        m.runStep();
        assertTrue(s.active());
        assertEquals(0, w.counters.smeFailures);
        m.runStep();
        assertFalse(s.active());
        assertEquals(1, w.counters.smeFailures);
    }
}
