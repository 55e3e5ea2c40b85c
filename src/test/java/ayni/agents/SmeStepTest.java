package ayni.agents;

import static ayni.StepWorld.adopt;
import static ayni.StepWorld.observed;
import static ayni.StepWorld.start;
import static ayni.StepWorld.steps;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.model.AyniModel;
import java.util.List;
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
     * subsidy leaves (400): it gets 1,000 and borrows 500; its buyer pays only 12% (net 96 - 48 = 48 a month, worth
     * 48 x 17.885 = 858 over 24 months at 30%: enough for its own 500, not for 1,300 had it not counted the green
     * credit). In the market phase "limited" sells for 1,040, "both" for 896, each pays operating
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
                  - {id: b2, domain: sustainableProduction, demand: 1, premium: 0.12}
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

    /**
     * A micro SME with credit, one buyer, and two agencies offering the same subsidy of 600, registered in the order
     * given, each with the yearly budget given (1,000 a month at 12,000).
     */
    private static World twoAgencies(String first, int firstBudget, String second, int secondBudget) {
        AyniModel m = start(yaml("savingsRate: 0, smeCapitalFactor: 0, interestRate: 0.3, loanMonths: 24", """
                governments:
                  - {id: %s, domain: organic, budget: %d, subsidy: 600}
                  - {id: %s, domain: organic, budget: %d, subsidy: 600}
                companies:
                  - {id: b1, domain: organic, demand: 1, premium: 0.3}
                smes:
                  - {id: s, domain: organic, count: 1, creditAccess: 1, practice: [0, 0]}
                ties:
                  - {from: s, to: b1, layer: market, weight: 1}
                """.formatted(first, firstBudget, second, secondBudget)));
        m.runStep();
        return m.world();
    }

    /**
     * Of two equally generous agencies, "broke" without budget and "able" with 1,000 this month, the one with the most
     * cash pays (7.11) whichever is registered first: the micro SME of the test above gets 600 from able and borrows
     * the other 900 of its 1,500 (own share 900 against a net benefit of 192 a month: it adopts). Were broke the payer,
     * it would get nothing and borrow 1,500 (the rule before, when the first registered paid, fails the first order;
     * keeping only the last of equals fails the second).
     */
    @Test
    void ofTwoEquallyGenerousAgenciesTheOneWithCashPaysWhicheverIsRegisteredFirst() {
        for (World w : List.of(twoAgencies("broke", 0, "able", 12000), twoAgencies("able", 12000, "broke", 0))) {
            assertTrue(((Sme) w.byId("s.0001")).adopted());
            assertEquals(600, w.ledger.channelStep(ActorKind.GOVERNMENT, ActorKind.SME), 1e-9);
            assertEquals(900, w.counters.smeBorrowing, 1e-9);
            assertTrue(w.ties.get(w.byId("able").index(), w.byId("s.0001").index(), Layer.FUNDING) != null);
        }
    }

    /**
     * Two agencies alike in subsidy (600) and cash (1,000 this month): the first registered pays (Policy's rule among
     * equals), so the SME's funding tie comes from "first" and none from "second".
     */
    @Test
    void ofTwoEquallyRichAgenciesTheFirstRegisteredPays() {
        World w = twoAgencies("first", 12000, "second", 12000);
        Actor s = w.byId("s.0001");
        assertEquals(600, w.ledger.channelStep(ActorKind.GOVERNMENT, ActorKind.SME), 1e-9);
        assertTrue(w.ties.get(w.byId("first").index(), s.index(), Layer.FUNDING) != null);
        assertTrue(w.ties.get(w.byId("second").index(), s.index(), Layer.FUNDING) == null);
    }

    // ---- 7.13 Practice and reversion -----------------------------------------------------------------------------

    /**
     * A project (an agency's subsidy of 1,500 pays the whole cost) carries a practice that does not pay for months 1-3
     * (steps 0-2, projectMonths 2). Practice grows from 0.1 by practiceGrowthRate 0.1 of the gap to 1: 0.19, 0.271,
     * 0.3439. In month 4 no project carries it: it reverts (lossRevertProbability 1) and its practice falls back toward
     * where it started (0.1) by 0.1 of the difference a month: 0.31951, then 0.297559. Its legitimacy (smeInitialLegitimacy 0.2)
     * decays 10% a month: 0.18 after month 1.
     */
    @Test
    void practiceGrowsWhilePractisedAndFallsBackAfterReversion() {
        AyniModel m = start(yaml("savingsRate: 0, smeCapitalFactor: 0, practiceGrowthRate: 0.1, projectMonths: 2, "
                + "lossRevertProbability: 1, revertProbability: 0, smeInitialLegitimacy: 0.2, legitimacyDecayRate: 0.1", """
                governments:
                  - {id: gov, domain: organic, budget: 120000, subsidy: 1500}
                smes:
                  - {id: s, domain: organic, count: 1, creditAccess: 0, practice: [0.1, 0.1], discourseSpread: 0}
                """));
        World w = m.world();
        Sme s = (Sme) w.byId("s.0001");
        assertTrue(SupportLever.offer(s, w.byId("gov"), w));
        m.runStep();
        assertEquals(0.19, s.practice(), 1e-12);
        assertEquals(0.18, s.legitimacy(), 1e-12);
        steps(m, 2);
        assertTrue(s.adopted(), "carried by the project");
        assertEquals(0.3439, s.practice(), 1e-12);
        m.runStep();
        assertFalse(s.adopted());
        assertEquals(3, s.revertedStep());
        assertEquals(1, w.counters.reversions);
        assertEquals(0.31951, s.practice(), 1e-12);
        m.runStep();
        assertEquals(0.297559, s.practice(), 1e-12);
    }

    /**
     * Four adopters (lossRevertProbability 1, revertProbability 0: one whose practice does not pay stops at once, one
     * whose practice pays keeps it). The practice costs 0.06 x 800 = 48 a month. Savings of savingsRate 0.1 x
     * knowledge x 800: 80 for "knows" (knowledge 1, keeps), 40 for "half" (0.5, stops). "regulated": an agency
     * regulating fully with regulationPenalty 0.1 makes not practising cost 80 (keeps). "exact": a buyer's premium of
     * 0.06 brings exactly the 48 it costs, which pays (keeps). Where the regulation is enforced only half, not
     * practising costs 800 x 0.5 x 0.1 = 40 and "regulated" stops.
     */
    @Test
    void anAdopterKeepsAPracticeThatPaysThroughSavingsRegulationOrAPremium() {
        String yaml = yaml("savingsRate: 0.1, practiceCostShare: 0.06, regulationPenalty: 0.1, "
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
                """);
        AyniModel m = start(yaml);
        World w = m.world();
        adopt(w, "knows.0001", "half.0001", "regulated.0001", "exact.0001", "plain.0001");
        m.runStep();
        assertTrue(((Sme) w.byId("knows.0001")).adopted(), "savings of 80 cover 48");
        assertFalse(((Sme) w.byId("half.0001")).adopted(), "savings of 40 do not");
        assertTrue(((Sme) w.byId("regulated.0001")).adopted(), "not practising would cost 80");
        assertTrue(((Sme) w.byId("exact.0001")).adopted(), "a premium of 48 covers 48");
        assertFalse(((Sme) w.byId("plain.0001")).adopted(), "nothing covers the cost");

        AyniModel lax = start(yaml.replace("enforcement: 1", "enforcement: 0.5"));
        Sme regulated = (Sme) lax.world().byId("regulated.0001");
        regulated.setAdopted(true);
        lax.runStep();
        assertFalse(regulated.adopted(), "a regulatory loss of 40 does not cover 48");
    }

    // ---- 7.26 Local sales, operating costs, closure ---------------------------------------------------------------

    /**
     * Without capital or buyers each micro SME sells its 800 in local markets and pays operating costs of
     * smeCostShare 0.9 of that, plus, if it practises, practiceCostShare 0.06 less savings 0.1 x knowledge 0.5, plus,
     * if it does not, regulation x regulationPenalty (regulation enforced half, 0.5 x 0.1, in its domain). Left after
     * month 1: "adopter" 800 - 800 x (0.9 + 0.06 - 0.05) = 72; "plain" 800 - 720 = 80; "regulated" 800 - 760 = 40.
     * Each paid everything, so none is insolvent even with smeInsolvencyMonths 1. Only the organic adopter's local
     * sales count as domestic organic sales (800).
     */
    @Test
    void operatingCostsDependOnPractisingSavingsAndRegulation() {
        AyniModel m = start(yaml("savingsRate: 0.1, practiceCostShare: 0.06, regulationPenalty: 0.1, smeCostShare: 0.9, "
                + "smeCapitalFactor: 0, lossRevertProbability: 0, revertProbability: 0, smeInsolvencyMonths: 1", """
                governments:
                  - {id: reg, domain: sustainableProduction, budget: 0, regulation: 1, enforcement: 0.5}
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
        assertEquals(40, ((Sme) w.byId("regulated.0001")).capital(), 1e-9);
        for (Actor a : w.active(ActorKind.SME)) assertEquals(0, ((Sme) a).insolventMonths, a.id());
        assertEquals(3, w.activeCount(ActorKind.SME));
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

    // ---- 7.11 Project money first, then the subsidy, then a loan; debt it cannot service ----------------------------

    /**
     * An NGO's project (accepted: same position, not embedded) brought the SME 500 of project money; an agency offers
     * a subsidy of 600; a buyer pays a 10% premium (net benefit 80 - 48 = 32 a month, worth 572 over 24 months at 30%:
     * enough for its own share of 1,500 - 500 - 600 = 400, which it borrows). It invests 1,500: the project money first
     * (none left), then 600 from the agency, then the 400 loan; the NGO records an adoption (results 0.55) and one
     * project adoption by a conventional NGO. With loanMonths 2 the debt service is 10 + 200 but after operating costs
     * of 768 only 880 - 768 = 112 is left: it pays that, its debt grows to 400 + 10 - 112 = 298 and it is insolvent
     * for a month. The next month no SME adopts: no project adoption is counted.
     */
    @Test
    void anSmeInvestsItsProjectMoneyFirstAndAddsUnpaidInterestToItsDebt() {
        AyniModel m = start(yaml("savingsRate: 0, smeCapitalFactor: 0, interestRate: 0.3, loanMonths: 2, refusalWeight: 1", """
                governments:
                  - {id: gov, domain: organic, budget: 120000, subsidy: 600}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, discourse: [0, 0]}
                companies:
                  - {id: buyer, domain: organic, demand: 1, premium: 0.1}
                smes:
                  - {id: s, domain: organic, count: 1, creditAccess: 1, practice: [0, 0], embeddedness: [0, 0], discourse: [0, 0], discourseSpread: 0}
                ties:
                  - {from: s, to: buyer, layer: market, weight: 1}
                """));
        World w = m.world();
        Sme s = (Sme) w.byId("s.0001");
        Ngo n = (Ngo) w.byId("n");
        assertTrue(SupportLever.offer(s, n, w));
        w.fund(n, s, 500, ayni.domain.IncomeSource.PROJECTS);
        assertEquals(500, s.projectMoney(), 1e-9);
        m.runStep();
        assertTrue(s.adopted());
        assertEquals(0, s.projectMoney(), 1e-9);
        assertEquals(1500, w.ledger.spentStep(ayni.exchange.Ledger.Sink.INVESTMENT), 1e-9);
        assertEquals(600, w.ledger.channelStep(ActorKind.GOVERNMENT, ActorKind.SME), 1e-9);
        assertEquals(400, w.counters.smeBorrowing, 1e-9);
        assertEquals(0.55, n.results(), 1e-12);
        assertEquals(1, w.counters.projectAdoptions[ayni.domain.NgoType.CONVENTIONAL.ordinal()]);
        assertEquals(298, s.debt(), 1e-9);
        assertEquals(-298, s.capital(), 1e-9, "everything it had went to costs and the bank");
        assertEquals(1, s.insolventMonths);
        m.runStep();
        assertEquals(0, w.counters.projectAdoptions[ayni.domain.NgoType.CONVENTIONAL.ordinal()], "the month's count");
    }

    // ---- 7.13 Who keeps a practice that pays, and who one that does not ----------------------------------------------

    /**
     * Adopters whose practice pays (savings 0.1 x knowledge 1 x 800 = 80 >= 48) drift back with probability
     * revertProbability 1 x (1 - embeddedness): the rooted one (embeddedness 1) never, the loose one (0) at once.
     * Adopters whose practice does not pay (knowledge 0) stop with lossRevertProbability 1, times
     * associationRevertFactor 0 for association members: the member keeps it, the isolated one stops.
     */
    @Test
    void rootedSmesAndAssociationMembersKeepTheirPractice() {
        AyniModel m = start(yaml("savingsRate: 0.1, practiceCostShare: 0.06, revertProbability: 1, lossRevertProbability: 1, "
                + "associationRevertFactor: 0", """
                smes:
                  - {id: rooted, domain: organic, count: 1, knowledge: [1, 1], embeddedness: [1, 1], practice: [0.5, 0.5]}
                  - {id: loose, domain: organic, count: 1, knowledge: [1, 1], embeddedness: [0, 0], practice: [0.5, 0.5]}
                  - {id: member, domain: organic, count: 1, knowledge: [0, 0], associationShare: 1, practice: [0.5, 0.5]}
                  - {id: alone, domain: organic, count: 1, knowledge: [0, 0], associationShare: 0, practice: [0.5, 0.5]}
                """));
        World w = m.world();
        adopt(w, "rooted.0001", "loose.0001", "member.0001", "alone.0001");
        assertTrue(((Sme) w.byId("member.0001")).association());
        assertFalse(((Sme) w.byId("alone.0001")).association());
        m.runStep();
        assertTrue(((Sme) w.byId("rooted.0001")).adopted());
        assertFalse(((Sme) w.byId("loose.0001")).adopted());
        assertTrue(((Sme) w.byId("member.0001")).adopted());
        assertFalse(((Sme) w.byId("alone.0001")).adopted());
    }

    // ---- 7.14 Certification at its thresholds --------------------------------------------------------------------

    /**
     * certificationLevel 0.6, certificationCost 100, practice held at 0.6 (practiceGrowthRate 0). An export-oriented
     * adopter selling to an export buyer with requirement 0.6 and premium 0.125 (0.125 x 800 = 100 pays exactly for
     * the certificate) is certified and pays the 100 a month: it sells for 900 and pays 800 x (0.9 + 0.06) + 100 = 868,
     * keeping 32. A local micro adopter at 0.6 where the law recognises participatory guarantees holds a PGS, not the
     * label; one at 0.59 holds neither. Each gains certificationLegitimacy 0.05 of its gap to 1: legitimacy 0.1 + 0.05 x 0.9 = 0.145.
     */
    @Test
    void anSmeAtTheCertificationLevelWhoseBuyerPaysForItIsCertified() {
        AyniModel m = start(yaml("smeCapitalFactor: 0, savingsRate: 0, practiceGrowthRate: 0, certificationLevel: 0.6, "
                + "certificationCost: 100, certificationLegitimacy: 0.05, smeInitialLegitimacy: 0.1, lossRevertProbability: 0, "
                + "revertProbability: 0", """
                governments:
                  - {id: gov, domain: organic, certificationRecognition: true}
                companies:
                  - {id: exp, domain: organic, demand: 1, premium: 0.125, requirement: 0.6, exportBuyer: true}
                smes:
                  - {id: x, domain: organic, count: 1, exportShare: 1, practice: [0.6, 0.6]}
                  - {id: pgs, domain: organic, count: 1, exportShare: 0, practice: [0.6, 0.6]}
                  - {id: below, domain: organic, count: 1, exportShare: 0, practice: [0.59, 0.59]}
                ties:
                  - {from: x, to: exp, layer: market, weight: 1}
                """));
        World w = m.world();
        Sme x = (Sme) w.byId("x.0001"), pgs = (Sme) w.byId("pgs.0001"), below = (Sme) w.byId("below.0001");
        adopt(w, "x.0001", "pgs.0001", "below.0001");
        m.runStep();
        assertTrue(x.certified());
        assertFalse(x.pgs());
        assertEquals(900 - 868, x.capital(), 1e-9);
        assertEquals(0.145, x.legitimacy(), 1e-12);
        assertTrue(pgs.pgs());
        assertFalse(pgs.certified(), "a PGS is not the organic label");
        assertEquals(0.145, pgs.legitimacy(), 1e-12);
        assertFalse(below.pgs());
        assertEquals(0.1, below.legitimacy(), 1e-12);
    }

    // ---- 7.15 Endorsement only after learning ------------------------------------------------------------------------

    /**
     * An NGO that knows less (0.1) than the SME it supports (0.5) teaches it nothing; the SME, having learnt nothing,
     * does not endorse it: the NGO's legitimacy stays 0.5 and no legitimacy tie forms.
     */
    @Test
    void anSmeThatLearntNothingDoesNotEndorseItsSupporter() {
        AyniModel m = start(yaml("", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, knowledge: 0.1, legitimacy: 0.5, discourse: [0, 0]}
                smes:
                  - {id: s, domain: organic, count: 1, knowledge: [0.5, 0.5], embeddedness: [0, 0], discourse: [0, 0], discourseSpread: 0}
                ties:
                  - {from: n, to: s, layer: knowledge, weight: 1}
                """));
        World w = m.world();
        Sme s = (Sme) w.byId("s.0001");
        Actor n = w.byId("n");
        assertTrue(SupportLever.offer(s, n, w));
        m.runStep();
        assertEquals(0.5, s.knowledge(), 1e-12);
        assertEquals(0, w.counters.endorsements);
        assertEquals(0.5, n.legitimacy(), 1e-12);
        assertEquals(null, w.ties.get(s.index(), n.index(), ayni.domain.Layer.LEGITIMACY));
    }

    /**
     * Output, not a mechanism: adoption is reported by segment (size and market orientation) in the columns
     * adoption_microLocal, adoption_microExport, ... Four micro SMEs selling locally, one of which practises, and two
     * export-oriented ones, one of which practises (no reversion, no capital or credit to adopt with): 1/4 and 1/2
     * after the first month, 2/6 over all.
     */
    @Test
    void adoptionIsReportedBySegment() {
        ayni.metrics.StepObserver observer = new ayni.metrics.StepObserver(1);
        AyniModel m = observed(yaml("smeCapitalFactor: 0, revertProbability: 0, lossRevertProbability: 0", """
                smes:
                  - {id: l, domain: organic, count: 4, size: {micro: 1}, creditAccess: 0}
                  - {id: x, domain: organic, count: 2, size: {micro: 1}, exportShare: 1, creditAccess: 0}
                """), observer);
        adopt(m.world(), "l.0001", "x.0001");
        m.runStep();
        var ts = observer.series();
        assertEquals(0.25, ts.get(0, "adoption_microLocal"), 1e-12);
        assertEquals(0.5, ts.get(0, "adoption_microExport"), 1e-12);
        assertEquals(2 / 6.0, ts.get(0, "adoption_all"), 1e-12);
    }
}
