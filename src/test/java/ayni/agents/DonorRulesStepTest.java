package ayni.agents;

import static ayni.StepWorld.month;
import static ayni.StepWorld.ngoDonor;
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
     * grant is 600 a month, the second only the 400 of budget left free, so the donor never commits more than its
     * monthly budget (the month's cash would cap the payments anyway, so the test reads the grants themselves).
     */
    @Test
    void aSecondGrantGetsOnlyTheFreeBudget() {
        AyniModel m = start(yaml("grantShare: 1, absorptionFactor: 1, donorCandidates: 100", ngoDonor(12000, "") + """
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 0, monthlyCost: 600}
                  - {id: b, type: conventional, domain: organic, cash: 0, monthlyCost: 600}
                """));
        World w = m.world();
        m.runStep();
        var made = ((Donor) w.byId("d")).grants();
        assertEquals(2, made.size());
        assertEquals(600, made.get(0).monthly(), 1e-9);
        assertEquals(400, made.get(1).monthly(), 1e-9, "the grant, not only what the month's cash could pay");
        assertEquals(1000, grants(w, "a") + grants(w, "b"), 1e-9);
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

        AyniModel p = start(yaml("grantShare: 1, donorCandidates: 100, performanceThreshold: 0.5",
                ngoDonor(12000, ", fundingRule: performance") + """
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
    /**
     * "leaver" funds "edge" (absorbs exactly 1 USD a month: absorptionFactor 1 x 1) and "weak" (knowledge 0.2) and
     * leaves abruptly in the first month, referring both (referral 1) to "heir", the only other donor of organic.
     * heir, a performance donor (threshold 0.5) that prefers market NGOs, would fund neither on its own; of the
     * referrals it funds edge (within its limit of absorption) but not weak, which its rule scores out: 1 referral
     * funded.
     */
    @Test
    void aReferralIsFundedWithinAbsorptionAndOnlyIfTheRuleScoresIt() {
        AyniModel m = start(yaml("grantShare: 1, absorptionFactor: 1, performanceThreshold: 0.5", """
                donors:
                  - {id: leaver, kind: bilateral, budget: 24000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                  - {id: heir, kind: bilateral, budget: 24000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}, ngoTypes: {market: 1}, fundingRule: performance}
                ngos:
                  - {id: edge, type: conventional, domain: organic, cash: 0, monthlyCost: 1, knowledge: 0.9}
                  - {id: weak, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, knowledge: 0.2}
                ties:
                  - {from: leaver, to: edge, layer: funding, weight: 1}
                  - {from: leaver, to: weak, layer: funding, weight: 1}
                events:
                  - {at: 2000-01, kind: donorExit, donors: [leaver], exitMode: abrupt, referral: 1}
                """));
        World w = m.world();
        m.runStep();
        Actor heir = w.byId("heir");
        assertEquals(1, w.counters.referralsFunded);
        assertEquals(1, grants(w, "edge"), 1e-9);
        assertNull(w.ties.get(heir.index(), w.byId("weak").index(), Layer.FUNDING));
    }

    /**
     * A referral goes to a donor drawn in proportion to budget: "small" (12 a year) and "big" (12 million) both fund
     * organic, so each of the leaver's 6 grantees goes to big with probability 1 - 12 / (12,000,012), all six in this
     * run; big funds them at once (grantShare 1, each absorbs 2,000 of big's 1 million a month).
     */
    @Test
    void referralsGoToDonorsInProportionToBudget() {
        StringBuilder ngos = new StringBuilder("ngos:\n"), ties = new StringBuilder("ties:\n");
        for (int i = 0; i < 6; i++) {
            ngos.append("  - {id: n").append(i).append(", type: conventional, domain: organic, cash: 0, monthlyCost: 1000}\n");
            ties.append("  - {from: leaver, to: n").append(i).append(", layer: funding, weight: 1}\n");
        }
        AyniModel m = start(yaml("grantShare: 1", """
                donors:
                  - {id: leaver, kind: bilateral, budget: 240000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                  - {id: small, kind: bilateral, budget: 12, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}, ngoTypes: {market: 1}}
                  - {id: big, kind: bilateral, budget: 12000000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}, ngoTypes: {market: 1}}
                events:
                  - {at: 2000-01, kind: donorExit, donors: [leaver], exitMode: abrupt, referral: 1}
                """ + ngos + ties));
        World w = m.world();
        m.runStep();
        assertEquals(6, w.counters.referralsFunded);
        for (int i = 0; i < 6; i++) assertEquals(2000, grants(w, "n" + i), 1e-9);
        assertTrue(((Donor) w.byId("small")).grants().isEmpty());
    }

    /**
     * A donor whose scenario entry says exitMode abrupt leaves by its until month (2000-06) abruptly: its grant to n
     * stops in July (step 6) and it is gone at once.
     */
    @Test
    void aDonorLeavingByUntilUsesItsOwnExitMode() {
        AyniModel m = start(yaml("grantShare: 1", ngoDonor(24000, ", exitMode: abrupt, until: 2000-06") + """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                ties:
                  - {from: d, to: n, layer: funding, weight: 1}
                """));
        World w = m.world();
        steps(m, 6);
        assertEquals(2000, grants(w, "n"), 1e-9);
        m.runStep();
        assertEquals(0, grants(w, "n"), 1e-9);
        assertFalse(w.byId("d").active());
    }

    /**
     * A donor leaving at grant end whose budget is cut to nothing the same month (2000-07) has no cash to pay its
     * running grant, and without paying it gives no guidance either: no cooperation is attempted in July (the only
     * one in this world is the donor's teaching along its grant, once a month while it pays).
     */
    @Test
    void aDonorWithoutCashNeitherPaysNorTeaches() {
        AyniModel m = start(yaml("grantShare: 1", ngoDonor(24000, "") + """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, knowledge: 0.2}
                ties:
                  - {from: d, to: n, layer: funding, weight: 1}
                events:
                  - {at: 2000-07, kind: budgetChange, donors: [d], factor: 0}
                  - {at: 2000-07, kind: donorExit, donors: [d], exitMode: grantEnd}
                """));
        World w = m.world();
        steps(m, 6);
        assertEquals(2000, grants(w, "n"), 1e-9);
        assertEquals(1, w.counters.cooperationAttempts);
        m.runStep();
        assertEquals(0, grants(w, "n"), 1e-9);
        assertEquals(0, w.counters.cooperationAttempts);
        assertTrue(w.byId("d").active(), "its grant runs on, unpaid");
    }

    /**
     * A donor accredits along its legitimacy ties: n (legitimacy 0.5) endorsed by d (donorLegitimacy 1, tie weight 1)
     * gains accreditationRate 0.1 x 1 x 1 of its gap to 1 in the first month: 0.5 + 0.1 x 0.5 = 0.55.
     */
    @Test
    void aDonorAccreditsAlongItsLegitimacyTies() {
        AyniModel m = start(yaml("accreditationRate: 0.1, donorLegitimacy: 1", ngoDonor(0, "") + """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, legitimacy: 0.5}
                ties:
                  - {from: d, to: n, layer: legitimacy, weight: 1}
                """));
        m.runStep();
        assertEquals(0.55, m.world().byId("n").legitimacy(), 1e-12);
    }
    static String donors(int n, String extra) {
        StringBuilder s = new StringBuilder("donors:\n");
        for (int i = 0; i < n; i++) {
            s.append("  - {id: d").append(i).append(", kind: bilateral, budget: 12000, domains: {organic: 1}, grantCycleYears: 2,")
                    .append(" channels: {ngo: 1}").append(extra).append("}\n");
        }
        return s.toString();
    }

    /**
     * Type preferences weigh relative to the most preferred type: 20 donors each prefer market 2 and conventional 1, so
     * a conventional NGO passes with probability 1 / 2. Each donor samples one candidate (donorCandidates 1), the one
     * conventional NGO n: about 10 of the 20 fund it in the first month (binomial, sd 2.2; the bounds 3..17 fail with
     * probability below 0.3%; 20 would mean the weight is not taken relative to the maximum).
     */
    @Test
    void aTypePreferenceWeighsRelativeToTheMostPreferredType() {
        AyniModel m = start(yaml("donorCandidates: 1, grantShare: 0.1", donors(20, ", ngoTypes: {conventional: 1, market: 2}") + """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                """));
        m.runStep();
        int funding = m.world().counters.grantsMade;
        assertTrue(funding >= 3 && funding <= 17, "donors funding n: " + funding);
    }

    /**
     * The funding conflict grows with the number of applicants: probability fundingConflictProbability 1 x (1 - 1/2) =
     * 0.5 with two. 40 donors each choose between the same two NGOs (donorCandidates 100: both seen), so each first
     * grant gives the loser one chance of conflict (the second grant has one applicant and no loser): 40 chances,
     * about 20 conflicts (sd 3.2; the bounds 8..32 fail with probability below 0.02%; 0 or 40 would be a strength of 0
     * or 1). fundingRivalryRate 0 leaves no other source of conflict.
     */
    @Test
    void theFundingConflictIsHalfLikelyWithTwoApplicants() {
        World w = month(yaml("fundingConflictProbability: 1, fundingRivalryRate: 0, donorCandidates: 100, grantShare: 0.1",
                donors(40, "") + """
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                  - {id: b, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                """));
        assertEquals(40, w.counters.conflictChancesNgoNgo);
        int conflicts = w.counters.conflictsNgoNgo;
        assertTrue(conflicts >= 8 && conflicts <= 32, "conflicts " + conflicts);
    }

    /**
     * Shifts replace what a donor had: "c" shifts its channels from NGOs to government, "t" its type preference from
     * conventional to market NGOs, both in the first month. Over three months neither funds any of the 10 conventional
     * NGOs of organic; c funds the agency.
     */
    @Test
    void aShiftReplacesTheOldChannelsTypesAndDomains() {
        StringBuilder ngos = new StringBuilder("ngos:\n");
        for (int i = 0; i < 10; i++) ngos.append("  - {id: n").append(i).append(", type: conventional, domain: organic, cash: 0, monthlyCost: 1000}\n");
        AyniModel m = start(yaml("grantShare: 0.05", """
                donors:
                  - {id: c, kind: bilateral, budget: 120000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                  - {id: t, kind: bilateral, budget: 120000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}, ngoTypes: {conventional: 1}}
                governments:
                  - {id: g, domain: organic, budget: 0}
                events:
                  - {at: 2000-01, kind: channelShift, donors: [c], channels: {government: 1}}
                  - {at: 2000-01, kind: ngoTypeShift, donors: [t], ngoTypes: {market: 1}}
                """ + ngos));
        steps(m, 3);
        World w = m.world();
        for (Actor n : w.active(ActorKind.NGO)) assertEquals(0, ((Ngo) n).income(IncomeSource.DONOR_GRANTS), 1e-12, n.id());
        assertTrue(((Donor) w.byId("t")).grants().isEmpty());
        assertEquals(1, ((Donor) w.byId("c")).grants().size(), "the agency");
    }

    /**
     * A donor funding government (domains organic and social responsibility) funds the organic agency and a national one (no domain), but not
     * the agency of sustainable production, outside its domains. Its home domain is the one of greatest priority
     * (social responsibility 2 against organic 1 for "d"), the first of equal ones for "e" (organic, then social
     * responsibility, in the order of the domains).
     */
    @Test
    void aDonorFundsOnlyAgenciesOfItsDomainsOrNational() {
        AyniModel m = start(yaml("grantShare: 0.05, donorCandidates: 100", """
                donors:
                  - {id: d, kind: bilateral, budget: 120000, domains: {organic: 1, socialResponsibility: 2}, grantCycleYears: 2, channels: {government: 1}}
                  - {id: e, kind: bilateral, budget: 0, domains: {socialResponsibility: 1, organic: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                governments:
                  - {id: go, domain: organic, budget: 0}
                  - {id: gs, domain: sustainableProduction, budget: 0}
                  - {id: gn, budget: 0}
                """));
        World w = m.world();
        Actor d = w.byId("d");
        assertEquals(Domain.SOCIAL_RESPONSIBILITY, d.domain());
        assertEquals(Domain.ORGANIC, w.byId("e").domain());
        steps(m, 3);
        assertNotNull(w.ties.get(d.index(), w.byId("go").index(), Layer.FUNDING));
        assertNotNull(w.ties.get(d.index(), w.byId("gn").index(), Layer.FUNDING));
        assertNull(w.ties.get(d.index(), w.byId("gs").index(), Layer.FUNDING));
    }
    /**
     * A grant made to an NGO that closes the same month is never paid: n (no cash, ngoInsolvencyMonths 1) is chosen
     * by the donor in month 1, then cannot pay its running costs and closes before the donor pays. The donor's whole
     * 1,000 of the month lapses and nothing reaches n.
     */
    @Test
    void aGrantToAnNgoThatClosedThatMonthIsNotPaid() {
        AyniModel m = start(yaml("grantShare: 1, ngoInsolvencyMonths: 1", ngoDonor(12000, "") + """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                """));
        World w = m.world();
        m.runStep();
        assertEquals(1, w.counters.grantsMade);
        assertFalse(w.byId("n").active());
        assertEquals(0, grants(w, "n"), 1e-12);
        assertEquals(1000, w.ledger.spentStep(ayni.exchange.Ledger.Sink.UNSPENT_BUDGET), 1e-9);
    }

    /**
     * Under the performance rule a platform's track record is its knowledge (Actor.results), so it scores its knowledge
     * twice: 0.5 + 0.5 = 1.0 (platformKnowledge 0.5), above an NGO of knowledge 0.7 without measured results
     * (ngoInitialResults 0: 0 + 0.7). Both can absorb the donor's whole 1,000 a month (grantShare 1, absorptionFactor
     * 1, costs 1,000), so its one grant goes to the platform.
     */
    @Test
    void underThePerformanceRuleAPlatformsTrackRecordIsItsKnowledge() {
        AyniModel m = start(yaml("grantShare: 1, absorptionFactor: 1, donorCandidates: 100, performanceThreshold: 0, "
                + "platformKnowledge: 0.5, ngoInitialResults: 0", """
                donors:
                  - {id: d, kind: bilateral, budget: 12000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1, platform: 1}, fundingRule: performance}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, knowledge: 0.7}
                platforms:
                  - {id: p, domain: organic, members: [n], seats: 10, cash: 0, monthlyCost: 1000}
                """));
        World w = m.world();
        m.runStep();
        var made = ((Donor) w.byId("d")).grants();
        assertEquals(1, made.size());
        assertEquals(w.byId("p"), made.get(0).recipient());
    }

    /**
     * Under the performance rule an SME's track record is its practice (Sme.results): "practising" (practice 0.9,
     * knowledge 0.5) scores 1.4 and "learned" (practice 0, knowledge 0.6) 0.6, so the donor's one grant of the month
     * (donorMaxGrantsPerMonth 1) goes to the SME that practises although it knows less.
     */
    @Test
    void underThePerformanceRuleAnSmesTrackRecordIsItsPractice() {
        AyniModel m = start(yaml("donorCandidates: 100, performanceThreshold: 0, donorMaxGrantsPerMonth: 1, "
                + "revertProbability: 0, lossRevertProbability: 0", """
                donors:
                  - {id: d, kind: bilateral, budget: 12000, domains: {organic: 1}, grantCycleYears: 2, channels: {sme: 1}, fundingRule: performance}
                smes:
                  - {id: practising, domain: organic, count: 1, practice: [0.9, 0.9], knowledge: [0.5, 0.5]}
                  - {id: learned, domain: organic, count: 1, practice: [0, 0], knowledge: [0.6, 0.6]}
                """));
        World w = m.world();
        m.runStep();
        var made = ((Donor) w.byId("d")).grants();
        assertEquals(1, made.size());
        assertEquals(w.byId("practising.0001"), made.get(0).recipient());
    }
}
