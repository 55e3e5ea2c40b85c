package ayni.agents;

import static ayni.StepWorld.ngoDonor;
import static ayni.StepWorld.start;
import static ayni.StepWorld.steps;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.exchange.Ledger;
import ayni.model.AyniModel;
import ayni.network.Tie;
import org.junit.jupiter.api.Test;

/**
 * Step tests of international donors (docs/ODD.md 7.2, 7.3): the size of a grant, whom a donor will fund (absorption,
 * reserves, type preferences, the performance rule), budget that lapses, exit at grant end or abruptly, and referral
 * of grantees to another donor. Each runs whole monthly steps of a small hand-made world and checks an outcome worked
 * out by hand.
 */
class DonorStepTest {

    /**
     * A donor of 120,000 a year (10,000 a month, grantShare 0.25: grants of up to 2,500 a month) funds "named" by a
     * funding tie of the scenario: the grant is what "named" can absorb, absorptionFactor 2 x its 1,000 of running
     * costs = 2,000 a month, paid from month 1 with a knowledge tie (the donor's guidance). It samples the others of
     * its domain for the rest: "poor" (no cash, costs 2,000: absorbs 4,000) gets grants of 2,500; "rich" holds more
     * than ngoReserveMonths 12 of its costs and "shell" has no running costs to absorb a grant: neither is ever
     * funded. What it does not commit in a month lapses: 10,000 - 2,000 = 8,000 in month 1 at the latest.
     */
    @Test
    void aDonorFundsWhatAnNgoCanAbsorbAndNeitherTheWellOffNorAShell() {
        AyniModel m = start(yaml("grantShare: 0.25, absorptionFactor: 2, ngoReserveMonths: 12, donorCandidates: 8",
                ngoDonor(120000, "") + """
                ngos:
                  - {id: named, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                  - {id: poor, type: conventional, domain: organic, cash: 0, monthlyCost: 2000}
                  - {id: rich, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: shell, type: conventional, domain: organic, cash: 0, monthlyCost: 0}
                ties:
                  - {from: d, to: named, layer: funding, weight: 1}
                """));
        World w = m.world();
        Ngo named = (Ngo) w.byId("named"), poor = (Ngo) w.byId("poor");
        Actor d = w.byId("d");
        m.runStep();
        assertEquals(2000, named.income(IncomeSource.DONOR_GRANTS), 1e-9);
        assertNotNull(w.ties.get(d.index(), named.index(), Layer.KNOWLEDGE), "grants carry guidance");
        assertTrue(w.ledger.spentStep(Ledger.Sink.UNSPENT_BUDGET) <= 8000 + 1e-9);
        assertEquals(10000 - 2000 - poor.income(IncomeSource.DONOR_GRANTS), w.ledger.spentStep(Ledger.Sink.UNSPENT_BUDGET), 1e-9);
        double rich = 0, shell = 0, poorTotal = 0;
        for (int i = 0; i < 11; i++) {
            poorTotal += poor.income(IncomeSource.DONOR_GRANTS);
            rich += w.byId("rich") instanceof Ngo n ? n.income(IncomeSource.DONOR_GRANTS) : 0;
            shell += ((Ngo) w.byId("shell")).income(IncomeSource.DONOR_GRANTS);
            m.runStep();
        }
        assertTrue(poorTotal > 0, "the poor NGO is funded within the year");
        assertEquals(2500, poor.income(IncomeSource.DONOR_GRANTS), 1e-9, "the usual grant, within what it absorbs");
        assertEquals(0, rich, 1e-12, "more than a year of reserves");
        assertEquals(0, shell, 1e-12, "no running costs, nothing to absorb");
    }

    /**
     * Two donors each fund one NGO by a grant of 2 years (steps 0-23, 2,000 a month). At 2000-07 (step 6) "calm" leaves
     * at grant end and "abrupt" leaves abruptly. The abrupt donor's NGO gets nothing from step 6 on and the donor is
     * gone at once; the calm donor goes on paying its grant, makes no new one, and is gone once the grant has ended
     * (step 24). "cut", leaving at grant end too, had its budget halved the same month: a leaving donor pays what it
     * committed only within a month's budget, 1,000 of the 2,000.
     */
    @Test
    void aDonorLeavingAtGrantEndPaysItsGrantsToTheEndAnAbruptOneStopsAtOnce() {
        AyniModel m = start(yaml("grantShare: 1, absorptionFactor: 2", """
                donors:
                  - {id: calm, kind: bilateral, budget: 24000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                  - {id: abrupt, kind: bilateral, budget: 24000, domains: {sustainableProduction: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                  - {id: cut, kind: bilateral, budget: 24000, domains: {socialResponsibility: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                ngos:
                  - {id: n1, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                  - {id: n2, type: conventional, domain: sustainableProduction, cash: 0, monthlyCost: 1000}
                  - {id: n3, type: conventional, domain: socialResponsibility, cash: 0, monthlyCost: 1000}
                ties:
                  - {from: calm, to: n1, layer: funding, weight: 1}
                  - {from: abrupt, to: n2, layer: funding, weight: 1}
                  - {from: cut, to: n3, layer: funding, weight: 1}
                events:
                  - {at: 2000-07, kind: donorExit, donors: [calm], exitMode: grantEnd}
                  - {at: 2000-07, kind: donorExit, donors: [abrupt], exitMode: abrupt}
                  - {at: 2000-07, kind: budgetChange, donors: [cut], factor: 0.5}
                  - {at: 2000-07, kind: donorExit, donors: [cut], exitMode: grantEnd}
                """));
        World w = m.world();
        Ngo n1 = (Ngo) w.byId("n1"), n2 = (Ngo) w.byId("n2");
        Donor calm = (Donor) w.byId("calm"), abrupt = (Donor) w.byId("abrupt");
        steps(m, 6);
        assertEquals(2000, n2.income(IncomeSource.DONOR_GRANTS), 1e-9);
        m.runStep();
        assertTrue(calm.leaving() && abrupt.leaving());
        assertEquals(0, n2.income(IncomeSource.DONOR_GRANTS), 1e-9);
        assertFalse(abrupt.active());
        assertEquals(2000, n1.income(IncomeSource.DONOR_GRANTS), 1e-9);
        assertEquals(1000, ((Ngo) w.byId("n3")).income(IncomeSource.DONOR_GRANTS), 1e-9, "within its halved budget");
        steps(m, 17);
        assertEquals(2000, n1.income(IncomeSource.DONOR_GRANTS), 1e-9, "step 23, the grant's last month");
        assertTrue(calm.active());
        assertEquals(1, calm.grants().size(), "no new grant while leaving");
        m.runStep();
        assertEquals(0, n1.income(IncomeSource.DONOR_GRANTS), 1e-9);
        assertFalse(calm.active());
    }

    /**
     * "leaver" funds n (conventional) and leaves abruptly at 2000-07 (step 6), referring each grantee (referral 1) to a
     * present donor funding its domain, chosen in proportion to budget. "heir" funds organic but prefers market NGOs,
     * so it never funds n on its own (6 months of nothing); "elsewhere", with ten times the budget, funds another
     * domain and takes no referral. n is referred to heir, which funds it first in the same month (donors act after
     * the month's events).
     */
    @Test
    void aLeavingDonorRefersItsGranteesToADonorOfTheirDomain() {
        AyniModel m = start(yaml("grantShare: 0.5, absorptionFactor: 2", """
                donors:
                  - {id: leaver, kind: bilateral, budget: 24000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                  - {id: heir, kind: bilateral, budget: 24000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}, ngoTypes: {market: 1}}
                  - {id: elsewhere, kind: bilateral, budget: 240000, domains: {sustainableProduction: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                ties:
                  - {from: leaver, to: n, layer: funding, weight: 1}
                events:
                  - {at: 2000-07, kind: donorExit, donors: [leaver], exitMode: abrupt, referral: 1}
                """));
        World w = m.world();
        Ngo n = (Ngo) w.byId("n");
        Actor heir = w.byId("heir");
        for (int i = 0; i < 6; i++) {
            m.runStep();
            assertEquals(0, w.counters.referralsFunded);
            assertEquals(1000, n.income(IncomeSource.DONOR_GRANTS), 1e-9, "the leaver's grant only");
        }
        assertNull(w.ties.get(heir.index(), n.index(), Layer.FUNDING), "the heir does not fund a conventional NGO on its own");
        m.runStep();
        assertEquals(1, w.counters.referralsFunded);
        assertEquals(1000, n.income(IncomeSource.DONOR_GRANTS), 1e-9, "half of heir's 2,000 a month; nothing from the leaver");
        assertNotNull(w.ties.get(heir.index(), n.index(), Layer.FUNDING));
        assertTrue(((Donor) heir).referrals().isEmpty());
    }

    /**
     * A performance donor funds only NGOs able to write business plans (knowledge at least performanceThreshold 0.5):
     * within a year "able" (0.8) is funded and "unable" (0.2) never.
     */
    @Test
    void aPerformanceDonorFundsOnlyNgosAboveTheThreshold() {
        AyniModel m = start(yaml("performanceThreshold: 0.5, grantShare: 0.25", ngoDonor(120000, ", fundingRule: performance") + """
                ngos:
                  - {id: able, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, knowledge: 0.8}
                  - {id: unable, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, knowledge: 0.2}
                """));
        World w = m.world();
        double able = 0, unable = 0;
        for (int i = 0; i < 12; i++) {
            m.runStep();
            able += ((Ngo) w.byId("able")).income(IncomeSource.DONOR_GRANTS);
            unable += ((Ngo) w.byId("unable")).income(IncomeSource.DONOR_GRANTS);
        }
        assertTrue(able > 0);
        assertEquals(0, unable, 1e-12);
    }

    /**
     * A donor of 120,000 a year with grantShare 0.05 (grants of 500 a month) and 30 NGOs to fund makes at most
     * donorMaxGrantsPerMonth 3 grants a month: 3 in month 1, 6 running after month 2.
     */
    @Test
    void aDonorMakesAtMostItsMonthlyNumberOfGrants() {
        StringBuilder ngos = new StringBuilder("ngos:\n");
        for (int i = 0; i < 30; i++) ngos.append("  - {id: n").append(i).append(", type: conventional, domain: organic, cash: 0, monthlyCost: 1000}\n");
        AyniModel m = start(yaml("grantShare: 0.05, donorMaxGrantsPerMonth: 3", """
                donors:
                  - {id: d, kind: bilateral, budget: 120000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                """ + ngos));
        World w = m.world();
        m.runStep();
        assertEquals(3, w.counters.grantsMade);
        assertEquals(1500, w.ledger.channelStep(ayni.domain.ActorKind.DONOR, ayni.domain.ActorKind.NGO), 1e-9);
        m.runStep();
        assertEquals(6, ((Donor) w.byId("d")).grants().size());
    }

    /**
     * A donor with channels {ngo: 1, sme: 1} draws the channel of each candidate by weight, so within a few months it
     * funds both an NGO and SMEs. A grant to an SME is its share of an adoption spread over the cycle: supportShare 0.5
     * x 1,500 / 24 months = 31.25 a month, earmarked for adoption.
     */
    @Test
    void aDonorFundsEachOfItsChannelsAndGivesAnSmeItsShareOfAnAdoption() {
        AyniModel m = start(yaml("grantShare: 0.05, supportShare: 0.5", """
                donors:
                  - {id: d, kind: bilateral, budget: 120000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1, sme: 1}}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                smes:
                  - {id: g, domain: organic, count: 20, creditAccess: 0}
                """));
        World w = m.world();
        steps(m, 3);
        Ngo n = (Ngo) w.byId("n");
        assertEquals(500, n.income(IncomeSource.DONOR_GRANTS), 1e-9, "the NGO is funded");
        int funded = 0;
        for (Actor a : w.active(ayni.domain.ActorKind.SME)) {
            Tie t = w.ties.get(w.byId("d").index(), a.index(), Layer.FUNDING);
            if (t == null) continue;
            funded++;
            assertEquals(31.25 * t.flows(), ((Sme) a).projectMoney(), 1e-9, "31.25 a month, not yet invested");
        }
        assertTrue(funded > 0, "SMEs are funded too");
    }

    /**
     * With grantShare 1 a donor's whole monthly budget goes to one grantee, chosen from 100 candidates drawn from two
     * NGOs (so both are seen). The flexible donor scores legitimacy + discourse proximity: "near" (its own position)
     * wins over "far" (the opposite corner) of equal legitimacy. The performance donor scores measured results +
     * knowledge: "expert" (0.9) wins over "able" (0.6), both with results 0.5.
     */
    @Test
    void eachFundingRuleFundsItsBestCandidate() {
        AyniModel m = start(yaml("grantShare: 1, donorCandidates: 100, absorptionFactor: 100, performanceThreshold: 0.4", """
                donors:
                  - {id: flex, kind: bilateral, budget: 12000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}, discourse: [-1, -1]}
                  - {id: perf, kind: bilateral, budget: 12000, domains: {sustainableProduction: 1}, grantCycleYears: 2, channels: {ngo: 1}, fundingRule: performance}
                ngos:
                  - {id: near, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, legitimacy: 0.5, discourse: [-1, -1]}
                  - {id: far, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, legitimacy: 0.5, discourse: [1, 1]}
                  - {id: expert, type: conventional, domain: sustainableProduction, cash: 0, monthlyCost: 1000, knowledge: 0.9}
                  - {id: able, type: conventional, domain: sustainableProduction, cash: 0, monthlyCost: 1000, knowledge: 0.6}
                """));
        World w = m.world();
        m.runStep();
        assertEquals(1000, ((Ngo) w.byId("near")).income(IncomeSource.DONOR_GRANTS), 1e-9);
        assertEquals(0, ((Ngo) w.byId("far")).income(IncomeSource.DONOR_GRANTS), 1e-9);
        assertEquals(1000, ((Ngo) w.byId("expert")).income(IncomeSource.DONOR_GRANTS), 1e-9);
        assertEquals(0, ((Ngo) w.byId("able")).income(IncomeSource.DONOR_GRANTS), 1e-9);
    }
}
