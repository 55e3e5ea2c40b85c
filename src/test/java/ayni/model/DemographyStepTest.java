package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.agents.Actor;
import ayni.agents.Donor;
import ayni.agents.Grant;
import ayni.agents.Ngo;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.domain.NgoType;
import ayni.network.Tie;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Step tests of entry (docs/ODD.md 7.23, `Demography`): SME entry per group and from its `from` month, where NGOs are
 * founded, what a founded NGO looks like, the type drawn by last month's grants, producer NGOs founded by practising
 * association members, and which donor gives the founding grant. Each runs whole monthly steps of a small hand-made
 * world; entry comes first in a month, so the founders' state is the state the test set before the step.
 */
class DemographyStepTest {

    private static int founded(World w, String prefix) {
        int n = 0;
        for (Actor a : w.active(ActorKind.NGO)) if (a.id().startsWith(prefix)) n++;
        return n;
    }

    /**
     * Group g (1,200 SMEs, smeEntryRate 0.5) gains Poisson(1,200 x 0.5 / 12 = 50) SMEs in month one (sd 7; the bounds
     * are 4 sd), named g.e00001 onwards without gaps. Group h enters in March: none of its entrants come before, and in
     * March its own count starts at h.e00001.
     */
    @Test
    void smesEnterEachGroupAtTheRateFromTheGroupsFirstMonth() {
        AyniModel m = StepWorld.start(StepWorld.yaml("smeEntryRate: 0.5", """
                smes:
                  - {id: g, domain: organic, count: 1200}
                  - {id: h, domain: organic, count: 1200, from: 2000-03}
                """));
        World w = m.world();
        m.runStep();
        int n = w.counters.smeEntries;
        assertTrue(n >= 22 && n <= 78, "SME entries " + n);
        for (int k = 1; k <= n; k++) assertNotNull(w.byId(String.format("g.e%05d", k)), "entrant " + k);
        assertNull(w.byId(String.format("g.e%05d", n + 1)));
        assertEquals(1200 + n, w.activeCount(ActorKind.SME), "h has not come yet");
        m.runStep();
        assertNull(w.byId("h.e00001"), "no entrant of h in February");
        m.runStep();
        assertTrue(w.counters.smeEntries >= 44, "two groups of mean 50 in March: " + w.counters.smeEntries);
        assertNotNull(w.byId("h.e00001"));
    }

    /**
     * The donor funds organic and sustainable production. Organic has two NGOs, costs 1,000 and 3,000 at (0.2, 0.4)
     * and (0.6, -0.2): with newNgoCostShare 0.5 and no spread the first new one costs 0.5 x 2,000 = 1,000 at (0.4,
     * 0.1), not counting the costly NGO of social responsibility (a domain no donor funds: nothing is founded there).
     * Sustainable production has only SMEs: its first new NGO costs newNgoMonthlyCost (700) at (0, 0). ngoEntryRate 20: 1.67 a month;
     * ngoGrowthRate 0 keeps the costs as founded.
     */
    @Test
    void ngosAreFoundedWhereDonorsFundAndLookLikeTheirDomainsNgos() {
        AyniModel m = StepWorld.start(StepWorld.yaml("ngoEntryRate: 20, newNgoDiscourseSpread: 0, newNgoCostShare: 0.5, "
                + "ngoGrowthRate: 0, newNgoMonthlyCost: 700, ngoInsolvencyMonths: 120", """
                donors:
                  - {id: d, kind: bilateral, budget: 1200, domains: {organic: 1, sustainableProduction: 1}}
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 1000000, monthlyCost: 1000, discourse: [0.2, 0.4]}
                  - {id: b, type: conventional, domain: organic, cash: 1000000, monthlyCost: 3000, discourse: [0.6, -0.2]}
                  - {id: c, type: conventional, domain: socialResponsibility, cash: 1000000, monthlyCost: 90000, discourse: [-1, -1]}
                smes:
                  - {id: g, domain: sustainableProduction, count: 10}
                """));
        World w = m.world();
        for (int i = 0; i < 36 && (w.byId("new-ngo.organic.001") == null
                || w.byId("new-ngo.sustainableProduction.001") == null); i++) m.runStep();
        Ngo o = (Ngo) w.byId("new-ngo.organic.001"), s = (Ngo) w.byId("new-ngo.sustainableProduction.001");
        assertNotNull(o);
        assertNotNull(s);
        assertEquals(1000, o.monthlyCost(), 1e-9);
        assertEquals(0.4, o.discourse().x(), 1e-12);
        assertEquals(0.1, o.discourse().y(), 1e-12);
        assertEquals(700, s.monthlyCost(), 1e-9);
        assertEquals(0, s.discourse().x(), 1e-12);
        assertEquals(0, s.discourse().y(), 1e-12);
        assertNull(w.byId("new-ngo.socialResponsibility.001"), "no donor funds social responsibility");
    }

    /**
     * A founded NGO sits at its domain's mean NGO position plus a normal offset of sd newNgoDiscourseSpread (0.2) on
     * each axis. Each of the three domains starts with two NGOs, around (0, 0), (0.3, 0.2) and (-0.3, -0.2);
     * ngoEntryRate 20 founds Poisson(1.67) a month in each, so 36 months found about 180 (sd 13; at least 120 is
     * beyond 4 sd). Positions do not move in the quiet world, so the k-th NGO of a domain has as offset its position
     * minus the mean of the domain's two and of its NGOs 1 .. k-1. Over K offsets the sample sd has a standard error
     * of about 0.2 / sqrt(2K), at most 0.013 for K >= 120: each axis's lies in [0.15, 0.25] (4 standard errors), and
     * the offsets' mean within 4 x 0.2 / sqrt(K) <= 0.073 of 0. (A spread divided by the normal draw instead, 0.2 / N,
     * puts a third of the offsets beyond 0.5: a sample sd far above 0.25.)
     */
    @Test
    void foundedNgosSpreadAroundTheirDomainsMeanPositionBySdNewNgoDiscourseSpread() {
        AyniModel m = StepWorld.start(StepWorld.yaml("ngoEntryRate: 20, newNgoDiscourseSpread: 0.2, ngoInsolvencyMonths: 120", """
                donors:
                  - {id: d, kind: bilateral, budget: 1200, domains: {organic: 1, socialResponsibility: 1, sustainableProduction: 1}}
                ngos:
                  - {id: a1, type: conventional, domain: organic, cash: 1000000, monthlyCost: 1000, discourse: [0.1, -0.1]}
                  - {id: a2, type: conventional, domain: organic, cash: 1000000, monthlyCost: 1000, discourse: [-0.1, 0.1]}
                  - {id: b1, type: conventional, domain: socialResponsibility, cash: 1000000, monthlyCost: 1000, discourse: [0.4, 0.1]}
                  - {id: b2, type: conventional, domain: socialResponsibility, cash: 1000000, monthlyCost: 1000, discourse: [0.2, 0.3]}
                  - {id: c1, type: conventional, domain: sustainableProduction, cash: 1000000, monthlyCost: 1000, discourse: [-0.4, -0.1]}
                  - {id: c2, type: conventional, domain: sustainableProduction, cash: 1000000, monthlyCost: 1000, discourse: [-0.2, -0.3]}
                """));
        World w = m.world();
        StepWorld.steps(m, 36);
        List<Double> dx = new ArrayList<>(), dy = new ArrayList<>();
        for (String domain : List.of("organic", "socialResponsibility", "sustainableProduction")) {
            double xs = 0, ys = 0; // sums of the positions of the domain's NGOs before the next one
            int n = 0;
            for (Actor a : w.active(ActorKind.NGO)) {
                if (!a.id().startsWith("new-") && a.domain().key().equals(domain)) {
                    xs += a.discourse().x();
                    ys += a.discourse().y();
                    n++;
                }
            }
            assertEquals(2, n);
            for (int k = 1; k <= founded(w, "new-ngo." + domain + "."); k++) {
                Actor ngo = w.byId(String.format("new-ngo.%s.%03d", domain, k));
                dx.add(ngo.discourse().x() - xs / n);
                dy.add(ngo.discourse().y() - ys / n);
                xs += ngo.discourse().x();
                ys += ngo.discourse().y();
                n++;
            }
        }
        int k = dx.size();
        assertTrue(k >= 120, "founded " + k);
        for (List<Double> d : List.of(dx, dy)) {
            double mean = 0, ss = 0;
            for (double v : d) mean += v / k;
            for (double v : d) ss += (v - mean) * (v - mean);
            double sd = Math.sqrt(ss / (k - 1));
            assertTrue(sd >= 0.15 && sd <= 0.25, "sd " + sd);
            assertTrue(Math.abs(mean) <= 0.073, "mean " + mean);
        }
    }

    /**
     * ngoFoundingPrior 0: a type draws new NGOs only by the donor grants its NGOs of the domain received last month.
     * In organic only the market NGO m and the GONGO gov received grants (1,000 and 1,000,000 a month, paid before
     * each month by the bank NGO); GONGOs are not founded, so every new organic NGO is a market NGO. The technocratic
     * NGO far got 1,000,000 too, but in sustainable production, which does not pull organic foundings.
     */
    @Test
    void newNgosTakeTheTypeThatLastMonthsGrantsWentToButNeverGongo() {
        AyniModel m = StepWorld.start(StepWorld.yaml("ngoEntryRate: 20, ngoFoundingPrior: 0, ngoInsolvencyMonths: 120", """
                donors:
                  - {id: d, kind: bilateral, budget: 1200, domains: {organic: 1}}
                ngos:
                  - {id: m, type: market, domain: organic, cash: 1000000, monthlyCost: 1000}
                  - {id: gov, type: gongo, domain: organic, cash: 1000000, monthlyCost: 1000}
                  - {id: bank, type: conventional, domain: sustainableProduction, cash: 1000000000, monthlyCost: 1}
                  - {id: far, type: technocratic, domain: sustainableProduction, cash: 1000000, monthlyCost: 1000}
                """));
        World w = m.world();
        Actor bank = w.byId("bank");
        for (int i = 0; i < 24 && founded(w, "new-ngo.organic.") < 3; i++) {
            w.fund(bank, w.byId("m"), 1000, IncomeSource.DONOR_GRANTS);
            w.fund(bank, w.byId("gov"), 1000000, IncomeSource.DONOR_GRANTS);
            w.fund(bank, w.byId("far"), 1000000, IncomeSource.DONOR_GRANTS);
            m.runStep();
        }
        assertTrue(founded(w, "new-ngo.organic.") >= 3, "founded " + founded(w, "new-ngo.organic."));
        for (Actor a : w.active(ActorKind.NGO)) {
            if (a.id().startsWith("new-ngo.")) assertEquals(NgoType.MARKET, ((Ngo) a).type(), a.id());
        }
        assertEquals(0, founded(w, "new-ngo.sustainableProduction."), "no donor funds sustainable production");
    }

    /**
     * ngoFoundingPrior 0 and no NGO of the domain funded last month (m has no running costs, so the donor grants it
     * nothing): nothing favours a type, so the first new NGO's type is drawn uniformly among the five types that are
     * founded (ODD 7.23). Over 30 seeds, fewer than three types has probability below 1e-9; the rule before drew the
     * last type of the loop, technocratic, every time.
     */
    @Test
    void withNoPriorAndNoGrantsEveryFoundableTypeIsAsLikely() {
        String yaml = StepWorld.yaml("ngoEntryRate: 20, ngoFoundingPrior: 0", """
                donors:
                  - {id: d, kind: bilateral, budget: 1200, domains: {organic: 1}}
                ngos:
                  - {id: m, type: market, domain: organic}
                """);
        Set<NgoType> types = new HashSet<>();
        for (long seed = 1; seed <= 30; seed++) {
            AyniModel m = StepWorld.start(yaml, seed);
            for (int i = 0; i < 36 && m.world().byId("new-ngo.organic.001") == null; i++) m.runStep();
            Actor first = m.world().byId("new-ngo.organic.001");
            assertNotNull(first, "seed " + seed + " founded none");
            types.add(((Ngo) first).type());
        }
        assertTrue(types.size() >= 3, "types " + types);
        assertTrue(!types.contains(NgoType.GONGO), "types " + types);
    }

    /**
     * With the prior of 1 for each of the five types, the market NGO's 1,000 a month of grants weigh 1,000 /
     * ngoFoundingFundingScale 1,000,000 = 0.001 more: each new NGO's type is close to uniform (market 1.001 / 5.001),
     * so six new NGOs are not all of one type (probability about 0.002). Funding pulls foundings only in proportion to
     * the scale.
     */
    @Test
    void grantsSmallAgainstTheFundingScaleHardlyPullTheFoundingType() {
        AyniModel m = StepWorld.start(StepWorld.yaml("ngoEntryRate: 20, ngoFoundingFundingScale: 1000000, ngoInsolvencyMonths: 120", """
                donors:
                  - {id: d, kind: bilateral, budget: 1200, domains: {organic: 1}}
                ngos:
                  - {id: m, type: market, domain: organic, cash: 1000000, monthlyCost: 1000}
                  - {id: bank, type: conventional, domain: sustainableProduction, cash: 1000000000, monthlyCost: 1}
                """));
        World w = m.world();
        for (int i = 0; i < 60 && founded(w, "new-ngo.organic.") < 6; i++) {
            w.fund(w.byId("bank"), w.byId("m"), 1000, IncomeSource.DONOR_GRANTS);
            m.runStep();
        }
        Set<NgoType> types = new HashSet<>();
        for (Actor a : w.active(ActorKind.NGO)) if (a.id().startsWith("new-ngo.organic.")) types.add(((Ngo) a).type());
        assertTrue(founded(w, "new-ngo.organic.") >= 6);
        assertTrue(types.size() >= 2, "types " + types);
        assertTrue(!types.contains(NgoType.GONGO));
    }

    /**
     * 200 SMEs, about half association members; the test makes every other SME a practising one. Only members that
     * practise (m of them) found: Poisson(producerNgoFoundingRate 100 / 12 x m / 100) producer NGOs in month one (mean
     * below 7: at most 20 is beyond 5 sd). Each
     * sits at its founders' mean position, knows their mean knowledge, earns m x 5 USD of member fees and has a knowledge tie to each founder and to no other SME.
     */
    @Test
    void practisingAssociationMembersFoundProducerNgosAtTheirMeanPosition() {
        AyniModel m = StepWorld.start(StepWorld.yaml("producerNgoFoundingRate: 100, producerNgoMemberFee: 5, "
                + "newNgoMonthlyCost: 800", """
                smes:
                  - {id: g, domain: organic, count: 200, associationShare: 0.5, discourseSpread: 0.3, knowledge: [0.1, 0.9]}
                """));
        World w = m.world();
        List<Sme> founders = new ArrayList<>();
        double xs = 0, ys = 0, ks = 0;
        int i = 0;
        for (Actor a : w.actors()) {
            if (!(a instanceof Sme)) continue;
            Sme s = (Sme) a;
            s.setAdopted(i++ % 2 == 0);
            if (s.adopted() && s.association()) {
                founders.add(s);
                xs += s.discourse().x();
                ys += s.discourse().y();
                ks += s.knowledge();
            }
        }
        int n = founders.size();
        assertTrue(n > 20 && n < 80, "founders " + n);
        m.runStep();
        int foundings = w.counters.producerNgoFoundings;
        assertTrue(foundings >= 1 && foundings <= 20, "mean " + n / 12.0 + ", founded " + foundings);
        assertEquals(foundings, w.counters.ngoEntries);
        assertEquals(foundings, founded(w, "new-producer-ngo.organic."));
        Ngo p = (Ngo) w.byId("new-producer-ngo.organic.001");
        assertEquals(NgoType.PRODUCER, p.type());
        assertEquals(5.0 * n, p.ownIncome().get(IncomeSource.MEMBER_FEES), 1e-9);
        assertEquals(xs / n, p.discourse().x(), 1e-9);
        assertEquals(ys / n, p.discourse().y(), 1e-9);
        assertEquals(ks / n, p.knowledge(), 0.05, "mean knowledge, before a month's learning");
        Set<Integer> members = new HashSet<>();
        for (Tie t : w.ties.out(p.index())) if (t.layer() == Layer.KNOWLEDGE && w.actor(t.to()) instanceof Sme) members.add(t.to());
        Set<Integer> expected = new HashSet<>();
        for (Sme s : founders) expected.add(s.index());
        assertEquals(expected, members);
    }

    /**
     * The founding rate is per year and per 100 unserved companies: at businessNgoFoundingRate 0.02 the 60 companies'
     * monthly Poisson mean is 0.02 / 12 x 60 / 100 = 0.001, so two years pass without a founding (expected 0.024; at
     * seed 11 none). A rate read per month, or per company, would have founded one.
     */
    @Test
    void aLowFoundingRateFoundsNoBusinessNgoForYears() {
        StringBuilder companies = new StringBuilder("companies:\n");
        for (int i = 0; i < 60; i++) companies.append("  - {id: c").append(i).append(", domain: organic, demand: 1, premium: 0.1}\n");
        AyniModel m = StepWorld.start(StepWorld.yaml("businessNgoFoundingRate: 0.02", companies.toString()));
        assertEquals(0, StepWorld.sum(m, 24, c -> c.businessNgoFoundings));
    }

    /**
     * Companies found a business NGO to serve them (7.23): 60 buyers of organic that no Peruvian business NGO serves,
     * one that "peru2021" (a business NGO) already serves and a Bioferia. At businessNgoFoundingRate 100 a year per 100
     * unserved companies the month's Poisson mean is 100 / 12 x 60 / 100 = 5, so a founding is all but sure (the draw
     * at seed 11 gives one or more). The 60 found one NGO: business type, local, at their mean position (0.7, 0.5: half
     * at (0.9, 0.7), half at (0.5, 0.3)), watchdog businessNgoWatchdog 0.25, running costs 60 x companyServiceFee 50 =
     * 3,000, and expertise (a knowledge tie) to each founder, so each pays it its fee in the same month's exchange:
     * 3,000 of service fees. Like every new NGO it holds nothing when its first costs fall due (running costs come
     * before the exchange), so it cuts them by ngoGrowthRate 0.02 at once: 2,940. Served now, they found no second one in month 2; neither the served company nor the
     * Bioferia is a founder.
     */
    @Test
    void unservedCompaniesFoundABusinessNgoThatServesAndIsPaidByThem() {
        StringBuilder companies = new StringBuilder("companies:\n");
        for (int i = 0; i < 60; i++) {
            companies.append("  - {id: c").append(i).append(", domain: organic, demand: 1, premium: 0.1, discourse: ")
                    .append(i % 2 == 0 ? "[0.9, 0.7]" : "[0.5, 0.3]").append("}\n");
        }
        companies.append("  - {id: served, domain: organic, demand: 1, premium: 0.1}\n")
                .append("  - {id: feria, domain: organic, demand: 5, premium: 0.2, bioferia: true}\n");
        AyniModel m = StepWorld.start(StepWorld.yaml("businessNgoFoundingRate: 100, businessNgoWatchdog: 0.25, companyServiceFee: 50", """
                ngos:
                  - {id: peru2021, type: business, domain: organic, cash: 100000, monthlyCost: 1000}
                ties:
                  - {from: peru2021, to: served, layer: knowledge, weight: 1}
                """ + companies));
        World w = m.world();
        m.runStep();
        assertEquals(1, w.counters.businessNgoFoundings);
        assertEquals(1, w.counters.ngoEntries, "counted among the NGOs that entered");
        Ngo b = (Ngo) w.byId("new-business-ngo.organic.001");
        assertEquals(NgoType.BUSINESS, b.type());
        assertEquals(ayni.domain.Scope.LOCAL, b.scope());
        assertEquals(0.7, b.discourse().x(), 1e-9);
        assertEquals(0.5, b.discourse().y(), 1e-9);
        assertEquals(0.25, b.watchdog(), 1e-12);
        assertEquals(3000 * 0.98, b.monthlyCost(), 1e-9);
        assertEquals(3000, b.income(IncomeSource.SERVICE_FEES), 1e-9);
        Set<String> served = new HashSet<>();
        for (Tie t : w.ties.out(b.index())) if (t.layer() == Layer.KNOWLEDGE) served.add(w.actor(t.to()).id());
        assertEquals(60, served.size());
        assertTrue(served.contains("c0") && served.contains("c59"));
        assertTrue(!served.contains("served") && !served.contains("feria"));
        m.runStep();
        assertEquals(0, w.counters.businessNgoFoundings);
        assertNull(w.byId("new-business-ngo.organic.002"));
    }

    /**
     * At producerNgoFoundingRate 0.001 a year per 100 practising members, 100 of them found a producer NGO within a
     * year with probability 0.001: none is founded, though every member practises all year.
     */
    @Test
    void aLowFoundingRateFoundsNoProducerNgoInAYear() {
        AyniModel m = StepWorld.start(StepWorld.yaml("producerNgoFoundingRate: 0.001", """
                smes:
                  - {id: g, domain: organic, count: 100, associationShare: 1}
                """));
        World w = m.world();
        int foundings = 0;
        for (int i = 0; i < 12; i++) {
            for (Actor a : w.actors()) if (a instanceof Sme s) s.setAdopted(true);
            m.runStep();
            foundings += w.counters.producerNgoFoundings;
        }
        assertEquals(0, foundings);
        assertNull(w.byId("new-producer-ngo.organic.001"));
    }

    /**
     * The founding grant comes only from a donor that funds the new NGO's domain through NGOs and does not exclude its
     * type: "sme-only" (channel SMEs), "gongo-only" (funds only GONGOs, which are never founded) and "elsewhere" (another
     * domain) have far larger budgets, but every founding grant is "fit"'s or "small"'s. Between those two the donor is
     * drawn in proportion to budget, 100 to 1: "fit" gives each grant with probability 0.99 (all of them in this run).
     */
    @Test
    void theFoundingGrantComesFromADonorThatFundsSuchNgosThere() {
        AyniModel m = StepWorld.start(StepWorld.yaml("ngoEntryRate: 20, performanceThreshold: 1, ngoInsolvencyMonths: 120", """
                donors:
                  - {id: small, kind: bilateral, budget: 120000, domains: {organic: 1}, channels: {ngo: 1}, fundingRule: performance}
                  - {id: fit, kind: bilateral, budget: 12000000, domains: {organic: 1}, channels: {ngo: 1}, fundingRule: performance}
                  - {id: sme-only, kind: bilateral, budget: 100000000, domains: {organic: 1}, channels: {sme: 1}, fundingRule: performance}
                  - {id: gongo-only, kind: bilateral, budget: 100000000, domains: {organic: 1}, channels: {ngo: 1}, ngoTypes: {gongo: 1}, fundingRule: performance}
                  - {id: elsewhere, kind: bilateral, budget: 100000000, domains: {sustainableProduction: 1}, channels: {ngo: 1}, fundingRule: performance}
                ngos:
                  - {id: n1, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                """));
        World w = m.world();
        for (int i = 0; i < 24 && founded(w, "new-ngo.organic.") < 3; i++) m.runStep();
        int n = founded(w, "new-ngo.organic.");
        assertTrue(n >= 3, "founded " + n);
        assertEquals(n, ((Donor) w.byId("fit")).grants().size());
        assertEquals(0, ((Donor) w.byId("small")).grants().size());
        for (String id : List.of("sme-only", "gongo-only", "elsewhere")) {
            for (Grant g : ((Donor) w.byId(id)).grants()) {
                assertTrue(!g.recipient().id().startsWith("new-"), id + " funded " + g.recipient().id());
            }
        }
    }
}
