package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import ayni.agents.Actor;
import ayni.agents.GovernmentAgency;
import ayni.agents.Ngo;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import org.junit.jupiter.api.Test;

/**
 * Step tests of the submodels of docs/ODD.md section 7: each builds a small hand-made world, runs the monthly step
 * of the whole model (not only the formula) and checks an outcome worked out by hand. Switching the mechanism off in
 * the model's code makes the test fail (section 7, "Tests that fail when a mechanism is switched off").
 */
class SubmodelStepTest {

    /** Nothing happens that the test does not ask for: no searches, entries, exits, decay or drift. */
    static final String QUIET = "partnerSearchProbability: 0, ngoEntryRate: 0, smeEntryRate: 0, smeExitRate: 0, "
            + "legitimacyDecayRate: 0, ngoTypeChangeProbability: 0, discourseInfluenceRate: 0, funderPressureRate: 0";

    static AyniModel run(String yaml, int steps) {
        AyniModel m = new AyniModel(Tiny.parse(yaml), 11);
        m.start();
        for (int i = 0; i < steps; i++) m.runStep();
        return m;
    }

    static AyniModel start(String yaml) {
        AyniModel m = new AyniModel(Tiny.parse(yaml), 11);
        m.start();
        return m;
    }

    static String params(String extra) {
        return "parameters: {" + QUIET + (extra.isEmpty() ? "" : ", " + extra) + "}\n";
    }

    // ---- 7.11 SME adoption: the buyer's premium is a benefit -------------------------------------------------

    /**
     * One micro SME sells to a buyer paying a 30% premium. Benefit = 800 USD x 0.3 = 240 a month; its present value
     * over 24 months at 30% a year is 240 x (1 - 1.025^-24) / 0.025 = 4,292 >= the 1,500 cost, and the SME has credit:
     * it adopts in the first month and pays the whole cost from its capital. Without the premium it would not.
     */
    @Test
    void aPremiumPayingBuyerMakesAnSmeAdoptAndPayTheCost() {
        String yaml = Tiny.HEADER + params("savingsRate: 0") + """
                companies:
                  - {id: buyer, domain: organic, demand: 1, premium: 0.3, requirement: 0}
                smes:
                  - {id: g, domain: organic, count: 1, creditAccess: 1, practice: [0, 0]}
                ties:
                  - {from: g, to: buyer, layer: market, weight: 1}
                """;
        AyniModel m = start(yaml);
        Sme s = (Sme) m.world().byId("g.0001");
        double before = s.capital();
        m.runStep();
        assertTrue(s.adopted(), "adopts on the premium");
        assertEquals(before - 1500, s.capital(), 1e-9);
        assertEquals(1, m.world().counters.adoptions);

        AyniModel none = start(yaml.replace("premium: 0.3", "premium: 0"));
        none.runStep();
        assertFalse(((Sme) none.world().byId("g.0001")).adopted(), "no premium, no savings, no regulation: no benefit");
    }

    // ---- 7.9 Refusal ------------------------------------------------------------------------------------------

    /**
     * An NGO with project money makes two offers, one to each SME it knows. The near one (distance 0) never refuses; the far one
     * (opposite corner, d/2 = 1.41, refusalWeight 1, embeddedness 1) refuses with probability min(1, 1.41) = 1.
     */
    @Test
    void anSmeFarFromTheOffererAlwaysRefusesANearOneNeverDoes() {
        String yaml = Tiny.HEADER + params("refusalWeight: 1, grantShare: 1, absorptionFactor: 100, ngoOffersPerMonth: 2") + """
                donors:
                  - {id: d, kind: bilateral, budget: 120000, domains: {organic: 1}, discourse: [-1, -1]}
                ngos:
                  - {id: n, type: conventional, domain: organic, monthlyCost: 1000, knowledge: 0.9, discourse: [-1, -1]}
                smes:
                  - {id: near, domain: organic, count: 1, embeddedness: [1, 1], discourse: [-1, -1], discourseSpread: 0}
                  - {id: far, domain: organic, count: 1, embeddedness: [1, 1], discourse: [1, 1], discourseSpread: 0}
                ties:
                  - {from: d, to: n, layer: funding, weight: 1}
                  - {from: n, to: near, layer: knowledge, weight: 1}
                  - {from: n, to: far, layer: knowledge, weight: 1}
                """;
        AyniModel m = run(yaml, 1);
        World w = m.world();
        Sme near = (Sme) w.byId("near.0001"), far = (Sme) w.byId("far.0001");
        assertEquals(w.params.getProjectMonths(), near.supportedUntil(), "the near SME accepts a project of projectMonths");
        assertEquals(-1, far.supportedUntil(), "the far SME refuses");
        assertEquals(1, far.refusals());
        assertEquals(2, w.counters.supportOffers);
        assertEquals(1, w.counters.supportRefusals);
    }

    // ---- 7.4 Government co-financing --------------------------------------------------------------------------

    /**
     * A donor pays NGO a 2,000 a month; an agency with 3,000 a month and co-financing 0.5 funds a and b (equal ties).
     * It first adds 0.5 x 2,000 = 1,000 to a, then splits the remaining 2,000 equally: a gets 2,000, b 1,000.
     */
    @Test
    void coFinancingAddsAShareOfTheDonorGrantsAnNgoReceived() {
        String yaml = Tiny.HEADER + params("grantShare: 1, absorptionFactor: 100") + """
                donors:
                  - {id: d, kind: bilateral, budget: 24000, domains: {organic: 1}}
                governments:
                  - {id: gov, domain: organic, budget: 36000, cofinancing: 0.5}
                ngos:
                  - {id: a, type: conventional, domain: organic, monthlyCost: 1000}
                  - {id: b, type: conventional, domain: organic, monthlyCost: 1000}
                ties:
                  - {from: d, to: a, layer: funding, weight: 1}
                  - {from: gov, to: a, layer: funding, weight: 1}
                  - {from: gov, to: b, layer: funding, weight: 1}
                """;
        World w = run(yaml, 1).world();
        Ngo a = (Ngo) w.byId("a"), b = (Ngo) w.byId("b");
        assertEquals(2000, a.income(IncomeSource.DONOR_GRANTS), 1e-9);
        assertEquals(2000, a.income(IncomeSource.GOVERNMENT_CONTRACTS), 1e-9);
        assertEquals(1000, b.income(IncomeSource.GOVERNMENT_CONTRACTS), 1e-9);
    }

    // ---- 7.15 Endorsement -------------------------------------------------------------------------------------

    /**
     * An NGO (legitimacy 0.5) supports an SME of the same position and teaches it in the same month; the SME, having
     * learnt, endorses it: legitimacy 0.5 + 0.02 x (1 - 0.5) = 0.51, and a legitimacy tie SME -> NGO carries 0.02.
     */
    @Test
    void anSmeThatLearntEndorsesItsSupporter() {
        String yaml = Tiny.HEADER + params("grantShare: 1, absorptionFactor: 100") + """
                donors:
                  - {id: d, kind: bilateral, budget: 120000, domains: {organic: 1}}
                ngos:
                  - {id: n, type: conventional, domain: organic, monthlyCost: 1000, knowledge: 0.9, legitimacy: 0.5}
                smes:
                  - {id: g, domain: organic, count: 1, knowledge: [0.1, 0.1], embeddedness: [0, 0], discourseSpread: 0}
                ties:
                  - {from: d, to: n, layer: funding, weight: 1}
                """;
        World w = run(yaml, 1).world();
        Actor n = w.byId("n");
        Sme s = (Sme) w.byId("g.0001");
        assertTrue(s.knowledge() > 0.1, "taught");
        assertEquals(1, w.counters.endorsements);
        assertEquals(0.51, n.legitimacy(), 1e-12);
        assertNotNull(w.ties.get(s.index(), n.index(), Layer.LEGITIMACY));
    }

    // ---- 7.18 Brokered supplier search ------------------------------------------------------------------------

    /**
     * One SME in 41 meets the buyer's requirement; the buyer's only tie is to a market NGO whose only SME it is.
     * With a formation bias of 20 the first (brokered) attempt finds and ties it: one brokered market tie in month one.
     */
    @Test
    void aBuyerFindsTheSupplierItsBrokerKnows() {
        String yaml = Tiny.HEADER + params("formationBias: 20") + """
                ngos:
                  - {id: broker, type: market, domain: organic, cash: 100000}
                companies:
                  - {id: buyer, domain: organic, demand: 1, requirement: 0.5}
                smes:
                  - {id: good, domain: organic, count: 1, practice: [0.9, 0.9]}
                  - {id: bad, domain: organic, count: 40, practice: [0, 0]}
                ties:
                  - {from: broker, to: buyer, layer: market, weight: 1}
                  - {from: broker, to: good, layer: knowledge, weight: 1}
                """;
        World w = run(yaml, 1).world();
        Actor good = w.byId("good.0001"), buyer = w.byId("buyer");
        assertNotNull(w.ties.get(good.index(), buyer.index(), Layer.MARKET));
        assertEquals(1, w.counters.marketTiesBrokered);
        assertEquals(1, w.counters.marketTiesFormed);
    }

    // ---- 7.11 Green credit ------------------------------------------------------------------------------------

    /**
     * An SME with no capital and no credit of its own faces a green credit programme: it is reimbursed 40% of the
     * 1,500 cost (600, paid by the agency) and borrows the other 900 (capital -900). Without the programme's credit
     * it could not finance the rest and would not adopt.
     */
    @Test
    void greenCreditLetsAnSmeWithoutCapitalBorrowAndAdopt() {
        String yaml = Tiny.HEADER + params("savingsRate: 0, smeCapitalFactor: 0") + """
                governments:
                  - {id: gov, domain: organic, budget: 120000, greenCredit: true}
                companies:
                  - {id: buyer, domain: organic, demand: 1, premium: 0.3}
                smes:
                  - {id: g, domain: organic, count: 1, creditAccess: 0, practice: [0, 0]}
                ties:
                  - {from: g, to: buyer, layer: market, weight: 1}
                """;
        World w = run(yaml, 1).world();
        Sme s = (Sme) w.byId("g.0001");
        assertTrue(s.adopted());
        assertEquals(-900, s.capital(), 1e-9);
        assertEquals(600, w.ledger.channelStep(ActorKind.GOVERNMENT, ActorKind.SME), 1e-9);

        World without = run(yaml.replace("greenCredit: true", "greenCredit: false"), 1).world();
        assertFalse(((Sme) without.byId("g.0001")).adopted(), "no capital, no credit: it cannot finance the cost");
    }

    // ---- 7.23 Demography --------------------------------------------------------------------------------------

    /**
     * SMEs enter at smeEntryRate x group size a year: 240 x 0.5 = 120 a year, Poisson; in 12 months 120 expected,
     * standard deviation 11. NGOs are founded at ngoEntryRate = 12 a year in a funded domain: 12 expected, sd 3.5.
     * The bounds are 4 standard deviations wide.
     */
    @Test
    void smesEnterAndNgosAreFoundedAtTheirRates() {
        String yaml = Tiny.HEADER + "parameters: {partnerSearchProbability: 0, smeExitRate: 0, smeEntryRate: 0.5, "
                + "ngoEntryRate: 12, ngoInsolvencyMonths: 120}\n" + """
                donors:
                  - {id: d, kind: bilateral, budget: 1200, domains: {organic: 1}}
                smes:
                  - {id: g, domain: organic, count: 240}
                """;
        AyniModel m = start(yaml);
        int smeEntries = 0, ngoEntries = 0;
        for (int i = 0; i < 12; i++) {
            m.runStep();
            smeEntries += m.world().counters.smeEntries;
            ngoEntries += m.world().counters.ngoEntries;
        }
        assertTrue(smeEntries >= 76 && smeEntries <= 164, "SME entries " + smeEntries);
        assertTrue(ngoEntries >= 1 && ngoEntries <= 26, "NGO foundings " + ngoEntries);
        assertEquals(240 + smeEntries, m.world().activeCount(ActorKind.SME));
        assertNotNull(m.world().byId("new-ngo.organic.001"));
    }
}
