package ayni.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.domain.IncomeSource;
import ayni.model.AyniModel;
import ayni.scenario.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Step tests of a platform (docs/ODD.md 7.16, 7.29; §7.2.6 L2808, §8.6.1): how its seat holders split its project
 * money among SME members (up to their share of an adoption) and member NGOs (the host weighing more), what it keeps
 * in reserve, how it cuts its costs while dormant and dissolves at the insolvency limit, the legitimacy it lends
 * members and non-members, and who finances it. Each runs whole monthly steps of a small hand-made world (funding
 * handed to the platform by a non-member NGO between steps) and checks an outcome worked out by hand.
 */
class PlatformStepTest {

    /** A funder outside the platform's domain, with money to hand over and no costs. */
    private static final String FUNDER = "  - {id: f, type: conventional, domain: socialResponsibility, cash: 100000, monthlyCost: 0}\n";

    /**
     * Platform p (10 seats, 1,000 in cash, costs 100, reserve 2 months) gets a grant of 4,000 before month 1: aid,
     * half of it project money (2,000). Month 1: two micro SME members hold round(10 x 0.3) = 3 seats (voice 0.3);
     * p pays 100 (4,900) and spends what exceeds its project money and 200 of reserve, 2,700 (2,200 left). The SMEs'
     * part, 0.3 x 2,000 = 600, is 300 each, but each gets at most supportShare 0.5 x adoption cost 400 = 200; the NGOs'
     * part is 0.7 x 2,000 = 1,400, the host h weighing 2 and o 1: 933.33 and 466.67. p keeps 2,200 - 400 - 1,400 = 400,
     * of which 200 is project money left over. Month 2: it pays 100 (300) and holds 200 of project money, so it spends
     * nothing; the SMEs hold their 200 already; the NGOs share 0.7 x 200 = 140: h 93.33, o 46.67. (The NGOs make no
     * offers of their own to SMEs: ngoOffersPerMonth 0.)
     */
    @Test
    void seatHoldersSplitItsProjectMoneyBetweenSmesUpToTheirShareAndNgosByHostWeight() {
        AyniModel m = StepWorld.start(StepWorld.yaml("smeSeatShare: 0.3, hostWeight: 2, platformProjectShare: 0.5, "
                + "platformReserveMonths: 2, supportShare: 0.5, adoptionCostMicro: 400, ngoOffersPerMonth: 0", """
                platforms:
                  - {id: p, domain: organic, members: [h, o], host: h, seats: 10, cash: 1000, monthlyCost: 100}
                ngos:
                  - {id: h, type: conventional, domain: organic, cash: 0, monthlyCost: 0}
                  - {id: o, type: conventional, domain: organic, cash: 0, monthlyCost: 0}
                """ + FUNDER + """
                smes:
                  - {id: g, domain: organic, count: 2, size: {micro: 1}, platform: p, practice: [0, 0]}
                """));
        World w = m.world();
        Platform p = (Platform) w.byId("p");
        Ngo h = (Ngo) w.byId("h"), o = (Ngo) w.byId("o");
        Sme s1 = (Sme) w.byId("g.0001"), s2 = (Sme) w.byId("g.0002");
        assertSame(h, p.host());
        assertEquals(10, p.seats());
        assertEquals(4, p.members().size(), "two NGOs and two SMEs");
        w.fund(w.byId("f"), p, 4000, IncomeSource.DONOR_GRANTS);
        m.runStep();
        assertEquals(0.3, p.smeVoice(), 1e-12);
        assertEquals(200, s1.projectMoney(), 1e-9, "capped at half its adoption cost");
        assertEquals(200, s2.projectMoney(), 1e-9);
        assertEquals(1400 * 2 / 3.0, h.income(IncomeSource.PLATFORM_FUNDS), 1e-9);
        assertEquals(1400 / 3.0, o.income(IncomeSource.PLATFORM_FUNDS), 1e-9);
        assertEquals(400, p.cash(), 1e-9);
        m.runStep();
        assertEquals(140 * 2 / 3.0, h.income(IncomeSource.PLATFORM_FUNDS), 1e-9);
        assertEquals(140 / 3.0, o.income(IncomeSource.PLATFORM_FUNDS), 1e-9);
        assertEquals(160, p.cash(), 1e-9, "300 less 140: nothing more for an SME at its share");
    }

    /**
     * Project money of at most 1 USD is not passed on. A grant of 2 (project money 1) to a platform whose one SME
     * member holds all 10 seats (smeSeatShare 1) stays with it; a grant of 4 (project money 2) to one whose SME holds
     * half the seats gives the SME 1 and leaves the NGOs' part, 1, unpaid. The platforms cost nothing and keep no
     * reserve, so what is not passed on is spent on activities next month.
     */
    @Test
    void projectMoneyOfAtMostOneDollarIsNotPassedOn() {
        String body = """
                platforms:
                  - {id: p, domain: organic, members: [n], seats: 10, cash: 0, monthlyCost: 0}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 0}
                """ + FUNDER + """
                smes:
                  - {id: g, domain: organic, count: 1, size: {micro: 1}, platform: p, practice: [0, 0]}
                """;
        AyniModel all = StepWorld.start(StepWorld.yaml("smeSeatShare: 1, platformProjectShare: 0.5, platformReserveMonths: 0", body));
        all.world().fund(all.world().byId("f"), all.world().byId("p"), 2, IncomeSource.DONOR_GRANTS);
        all.runStep();
        assertEquals(1.0, ((Platform) all.world().byId("p")).smeVoice(), 1e-12);
        assertEquals(0, ((Sme) all.world().byId("g.0001")).projectMoney(), 1e-12);

        AyniModel half = StepWorld.start(StepWorld.yaml("smeSeatShare: 0.5, platformProjectShare: 0.5, platformReserveMonths: 0, ngoOffersPerMonth: 0", body));
        half.world().fund(half.world().byId("f"), half.world().byId("p"), 4, IncomeSource.DONOR_GRANTS);
        half.runStep();
        assertEquals(1, ((Sme) half.world().byId("g.0001")).projectMoney(), 1e-12);
        assertEquals(0, ((Ngo) half.world().byId("n")).income(IncomeSource.PLATFORM_FUNDS), 1e-12);
    }

    /**
     * Platform p has no cash, costs 1,000 a month and legitimacy 0.5 (platformShrinkRate 0.1, platformInsolvencyMonths
     * 3, legitimacyDecayRate 0.1). Month 1: it cannot pay, is dormant, cuts its costs to 900 and its legitimacy decays
     * to 0.45; dormant, it lends its member h nothing. Month 2: 810 and 0.405, still there. Month 3, the limit: it
     * dissolves and its members, the host among them, leave it.
     */
    @Test
    void anUnfundedPlatformCutsItsCostsWhileDormantAndDissolvesAtTheInsolvencyLimit() {
        AyniModel m = StepWorld.start(StepWorld.yaml("platformShrinkRate: 0.1, platformInsolvencyMonths: 3, "
                + "legitimacyDecayRate: 0.1, platformLegitimacyRate: 0.5", """
                platforms:
                  - {id: p, domain: organic, members: [h], host: h, cash: 0, monthlyCost: 1000, legitimacy: 0.5}
                ngos:
                  - {id: h, type: conventional, domain: organic, cash: 0, monthlyCost: 0, legitimacy: 0}
                """));
        World w = m.world();
        Platform p = (Platform) w.byId("p");
        Ngo h = (Ngo) w.byId("h");
        m.runStep();
        assertTrue(p.dormant());
        assertEquals(900, p.monthlyCost(), 1e-9);
        assertEquals(0.45, p.legitimacy(), 1e-12);
        assertEquals(0, h.legitimacy(), 1e-12, "a dormant platform lends nothing");
        m.runStep();
        assertTrue(p.active());
        assertEquals(810, p.monthlyCost(), 1e-9);
        assertEquals(0.405, p.legitimacy(), 1e-12);
        m.runStep();
        assertFalse(p.active(), "three months unpaid");
        assertTrue(p.members().isEmpty());
        assertNull(p.host());
        assertTrue(h.platforms().isEmpty());
        assertFalse(p.isMember(h));
    }

    /**
     * A funded platform of legitimacy 0.5 (platformLegitimacyRate 0.1, accreditationRate 0.2) lends its member m
     * 0.1 x 0.5 = 0.05 of its gap to 1, and accredits x, an NGO it has a legitimacy tie of weight 1 to but which is not
     * a member, with 0.2 x 0.5 x 1 = 0.1 of its gap.
     */
    @Test
    void aPlatformLendsItsMembersLegitimacyAndAccreditsThoseItEndorses() {
        AyniModel m = StepWorld.start(StepWorld.yaml("platformLegitimacyRate: 0.1, accreditationRate: 0.2", """
                platforms:
                  - {id: p, domain: organic, members: [m], cash: 1000, monthlyCost: 0, legitimacy: 0.5}
                ngos:
                  - {id: m, type: conventional, domain: organic, cash: 0, monthlyCost: 0, legitimacy: 0}
                  - {id: x, type: conventional, domain: organic, cash: 0, monthlyCost: 0, legitimacy: 0}
                ties:
                  - {from: p, to: x, layer: legitimacy, weight: 1}
                """));
        World w = m.world();
        m.runStep();
        assertEquals(0.05, w.byId("m").legitimacy(), 1e-12);
        assertEquals(0.1, w.byId("x").legitimacy(), 1e-12);
    }

    /**
     * Who finances a platform: one that has received nothing is neither self- nor aid-financed, even when any share
     * of fees would count. After 300 in member fees and 700 in aid, fees are 0.3 of what it received: self-financed
     * at a threshold of 0.3 (not above it), aid-financed at 0.31. With smeSeatShare 0, its SME member earns
     * round(10 x 0.3) = 3 of its 10 seats by those fees.
     */
    @Test
    void whoFinancesAPlatformDecidesHowItIsCountedAndEarnsItsSeats() {
        AyniModel m = StepWorld.start(StepWorld.yaml("smeSeatShare: 0, platformProjectShare: 0, platformReserveMonths: 100", """
                platforms:
                  - {id: p, domain: organic, seats: 10, cash: 10000, monthlyCost: 0}
                ngos:
                """ + FUNDER + """
                smes:
                  - {id: g, domain: organic, count: 1, size: {micro: 1}, platform: p, practice: [0, 0]}
                """));
        World w = m.world();
        Platform p = (Platform) w.byId("p");
        Parameters any = new Parameters(), low = new Parameters(), high = new Parameters();
        any.setSelfFinancedIncomeShare(0);
        low.setSelfFinancedIncomeShare(0.3);
        high.setSelfFinancedIncomeShare(0.31);
        assertFalse(p.selfFinanced(any));
        assertFalse(p.aidFinanced(any));
        w.fund(w.byId("f"), p, 300, IncomeSource.MEMBER_FEES);
        w.fund(w.byId("f"), p, 700, IncomeSource.DONOR_GRANTS);
        assertTrue(p.selfFinanced(low));
        assertFalse(p.aidFinanced(low));
        assertFalse(p.selfFinanced(high));
        assertTrue(p.aidFinanced(high));
        m.runStep();
        assertEquals(0.3, p.smeVoice(), 1e-12);
    }
}
