package ayni.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import ayni.agents.Actor;
import ayni.agents.Sme;
import ayni.agents.SupportLever;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.model.AyniModel;
import ayni.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pattern observables on hand-made worlds whose answers can be worked out on paper. */
class PatternObservablesTest {

    static AyniModel started(String yaml) {
        Scenario s = Tiny.parse(yaml);
        AyniModel m = new AyniModel(s, s.seed());
        m.start();
        m.runStep();
        return m;
    }

    /**
     * density_smeSme, ngoGlobalTieMajority and ties_ngoCompany, read from tie arrays by index, equal a plain count
     * over tie handles and actor objects on the organic run at two months.
     */
    @Test
    void polesEqualAPlainCountOverTieHandles() throws Exception {
        Scenario s = ayni.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios/organic-production.yaml"));
        AyniModel m = new AyniModel(s, s.seed());
        m.start();
        for (int until : new int[] {60, 200}) {
            while (m.world().step() < until) m.runStep();
            World w = m.world();
            Map<String, Double> r = new LinkedHashMap<>();
            new PatternObservables().measure(w, r);
            java.util.Set<Long> pairs = new java.util.HashSet<>();
            Map<Actor, java.util.Set<Actor>> global = new java.util.HashMap<>(), local = new java.util.HashMap<>();
            long smePairs = 0;
            int ngoCompany = 0;
            for (ayni.network.Tie t : w.ties.all()) {
                Actor a = w.actor(t.from()), b = w.actor(t.to());
                if (java.util.EnumSet.of(a.kind(), b.kind()).equals(java.util.EnumSet.of(ActorKind.NGO, ActorKind.COMPANY))) ngoCompany++;
                if (!pairs.add((long) t.from() << 32 | t.to())) continue;
                if (a.kind() == ActorKind.SME && b.kind() == ActorKind.SME) smePairs++;
                for (Actor[] p : new Actor[][] {{a, b}, {b, a}}) {
                    if (!(p[0] instanceof ayni.agents.Ngo n) || n.scope() == ayni.domain.Scope.INTERNATIONAL) continue;
                    if (PowerMeasures.isGlobal(p[1])) global.computeIfAbsent(p[0], k -> new java.util.HashSet<>()).add(p[1]);
                    else if (p[1] instanceof ayni.agents.Ngo o && o.scope() != ayni.domain.Scope.INTERNATIONAL) {
                        local.computeIfAbsent(p[0], k -> new java.util.HashSet<>()).add(p[1]);
                    }
                }
            }
            int counted = 0, majority = 0;
            for (Actor a : w.active(ActorKind.NGO)) {
                int g = global.getOrDefault(a, java.util.Set.of()).size(), l = local.getOrDefault(a, java.util.Set.of()).size();
                if (g + l == 0) continue;
                counted++;
                if (g >= l) majority++;
            }
            int n = w.activeCount(ActorKind.SME);
            assertTrue(counted > 0 && ngoCompany > 0, "nothing to count at step " + until);
            assertEquals(smePairs / ((double) n * (n - 1)), r.get("density_smeSme"), 0.0, "step " + until);
            assertEquals((double) majority / counted, r.get("ngoGlobalTieMajority"), 0.0, "step " + until);
            assertEquals((double) ngoCompany, r.get("ties_ngoCompany"), 0.0, "step " + until);
        }
    }

    @Test
    void giniAndEntropyByHand() {
        // |0-0|,|0-1|,... over ordered pairs of {0,0,1}: 4; 4 / (2 x 3 x 1)
        assertEquals(2.0 / 3.0, PatternObservables.gini(new double[] {0, 0, 1}), 1e-12);
        assertEquals(0.0, PatternObservables.gini(new double[] {5, 5, 5}), 1e-12);
        assertEquals(0.0, PatternObservables.gini(new double[0]), 1e-12);
        assertEquals(1.0, PatternObservables.entropy(new int[] {3, 3}), 1e-12);
        assertEquals(0.0, PatternObservables.entropy(new int[] {4, 0, 0}), 1e-12);
        assertEquals(Math.log(2) / Math.log(6), PatternObservables.entropy(new int[] {1, 1, 0, 0, 0, 0}), 1e-12);
    }

    @Test
    void aidToSmesSplitsByRouteAndDonorMoneyByRecipient() {
        World w = started(Tiny.donorAndNgo(null, null)).world();
        w.setStep(40); // a month in which nothing has flowed yet
        Actor d1 = w.byId("d1"), n1 = w.byId("n1");
        Sme a = (Sme) w.active(ActorKind.SME).get(0);
        d1.setCash(10_000);
        n1.setCash(10_000);
        w.fund(d1, a, 100, IncomeSource.DONOR_GRANTS);
        w.fund(n1, a, 300, IncomeSource.DONOR_GRANTS);
        w.fund(d1, n1, 600, IncomeSource.DONOR_GRANTS);
        Map<String, Double> r = new LinkedHashMap<>();
        new PatternObservables().measure(w, r);
        assertEquals(400.0, r.get("smeAid"), 1e-9);
        assertEquals(300.0, r.get("smeAidViaLocalNgo"), 1e-9, "n1 is a Peruvian NGO");
        assertEquals(600.0 / 700.0, r.get("donorFundsShare_conventional"), 1e-12);
        assertEquals(100.0 / 700.0, r.get("donorFundsShare_sme"), 1e-12);
        assertEquals(0.0, r.get("donorFundsShare_producerMarket"), 1e-12);
        assertEquals(0.0, r.get("giniFundingOut_donor"), 1e-12, "a single donor: no inequality");
    }

    /**
     * Two donors fund one NGO; this month d1 pays 900 and d2 pays 100. Gini of the money paid:
     * |900 - 100| x 2 / (2 x 2 x 1,000) = 0.4 (the tie weights, 0.8 and a new tie's, would give another value).
     */
    @Test
    void donorConcentrationIsReadFromTheMoneyPaidNotTheTieWeights() {
        String d2 = """
                  - {id: d2, kind: internationalNgo, budget: 12000, domains: {organic: 1}, channels: {ngo: 1}, discourse: [0, 0]}
                """;
        World w = started(Tiny.donorAndNgo(d2, null)).world();
        w.setStep(40); // a month in which nothing has flowed yet
        Actor d1 = w.byId("d1"), dTwo = w.byId("d2"), n1 = w.byId("n1");
        d1.setCash(10_000);
        dTwo.setCash(10_000);
        w.fund(d1, n1, 900, IncomeSource.DONOR_GRANTS);
        w.fund(dTwo, n1, 100, IncomeSource.DONOR_GRANTS);
        Map<String, Double> r = new LinkedHashMap<>();
        new PatternObservables().measure(w, r);
        assertEquals(0.4, r.get("giniFundingOut_donor"), 1e-12);
    }

    @Test
    void persistenceCountsProjectAdoptersStillPractisingTwoYearsAfterTheEnd() {
        World w = started(Tiny.donorAndNgo(null, null)).world();
        Actor n1 = w.byId("n1");
        List<Actor> smes = new ArrayList<>(w.active(ActorKind.SME));
        Sme a = (Sme) smes.get(0), b = (Sme) smes.get(1), c = (Sme) smes.get(2);
        for (Sme s : List.of(a, b, c)) assertTrue(SupportLever.offer(s, n1, w), "same discourse: never refused");
        a.setAdopted(true);
        b.setAdopted(true); // c never adopts: not in the cohort
        int end = a.supportedUntil();
        PatternObservables obs = new PatternObservables();
        Map<String, Double> r = new LinkedHashMap<>();
        for (int step = w.step(); step <= end + PatternObservables.PERSISTENCE_MONTHS; step++) {
            w.setStep(step);
            if (step == end + 1) b.setAdopted(false); // b reverts after its project
            r.clear();
            obs.measure(w, r);
            if (step < end + PatternObservables.PERSISTENCE_MONTHS) assertEquals(0.0, r.get("persistence24_cohort"));
        }
        assertEquals(2.0, r.get("persistence24_cohort"), "a and b practised when the project ended");
        assertEquals(1.0, r.get("persistence24_kept"), "only a still practises");
    }

    /**
     * a practises when its project ends, stops three months later and is brought back by a second project two months
     * after that (projects go only to SMEs that do not practise). 24 months after the first project it practises, but
     * not without a break: it is in the cohort and not kept.
     */
    @Test
    void anAdopterThatStoppedAndWasBroughtBackByANewProjectIsNotKept() {
        World w = started(Tiny.donorAndNgo(null, null)).world();
        Actor n1 = w.byId("n1");
        Sme a = (Sme) w.active(ActorKind.SME).get(0);
        assertTrue(SupportLever.offer(a, n1, w));
        a.setAdopted(true);
        int end = a.supportedUntil();
        PatternObservables obs = new PatternObservables();
        Map<String, Double> r = new LinkedHashMap<>();
        for (int step = w.step(); step <= end + PatternObservables.PERSISTENCE_MONTHS; step++) {
            w.setStep(step);
            if (step == end + 3) SupportLever.revert(a, w);
            if (step == end + 5) {
                assertTrue(SupportLever.offer(a, n1, w));
                a.setAdopted(true);
            }
            r.clear();
            obs.measure(w, r);
        }
        assertTrue(a.adopted());
        assertEquals(1.0, r.get("persistence24_cohort"), "it practised when its first project ended");
        assertEquals(0.0, r.get("persistence24_kept"), "it stopped in between");
    }

    @Test
    void anUnfundedConventionalNgoClosesAndIsCountedByTypeAndIncome() {
        String yaml = Tiny.HEADER + """
                parameters: {ngoEntryRate: 0, smeEntryRate: 0, partnerSearchProbability: 0}
                ngos:
                  - {id: poor, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                  - {id: rich, type: market, domain: organic, cash: 1000000, monthlyCost: 1000}
                """;
        Scenario s = Tiny.parse(yaml);
        AyniModel m = new AyniModel(s, s.seed());
        StepObserver o = new StepObserver();
        m.addObserver(o);
        m.start();
        for (int i = 0; i < 24; i++) m.runStep();
        TimeSeries ts = o.series();
        double conventional = 0, driven = 0, aid = 0, market = 0, all = 0;
        for (int t = 0; t < ts.size(); t++) {
            conventional += ts.column("ngoClosures_conventional")[t];
            driven += ts.column("ngoClosures_marketDriven")[t];
            aid += ts.column("ngoClosures_aidIncome")[t];
            market += ts.column("ngoClosures_marketIncome")[t];
            all += ts.column("ngoClosures")[t];
        }
        assertEquals(1.0, all, "the NGO without cash or income closes");
        assertEquals(1.0, conventional);
        assertEquals(0.0, driven, "the market NGO has reserves");
        assertEquals(1.0, aid, "no sales or fees");
        assertEquals(0.0, market);
        assertEquals(1.0, ts.column("ngo_marketDriven")[ts.size() - 1]);
    }

    @Test
    void twoDiscourseCampsAreFoundAndTheirDistanceMeasured() {
        String yaml = Tiny.HEADER + """
                ngos:
                  - {id: a1, type: conventional, domain: organic, discourse: [-0.75, 0]}
                  - {id: a2, type: conventional, domain: organic, discourse: [-0.65, 0]}
                  - {id: b1, type: market, domain: organic, discourse: [0.65, 0]}
                  - {id: b2, type: market, domain: organic, discourse: [0.75, 0]}
                ties:
                  - {from: a1, to: a2, layer: knowledge, weight: 0.5}
                  - {from: a1, to: b1, layer: knowledge, weight: 0.5}
                """;
        World w = started(yaml).world();
        Map<String, Double> r = new LinkedHashMap<>();
        new PatternObservables().measure(w, r);
        assertEquals(1.4, r.get("discourseClusterDistance"), 0.05, "centroids near -0.7 and 0.7 (discourses move a little in a month)");
        assertEquals(0.5, r.get("crossClusterTieShare"), 1e-12, "one tie within a camp, one across");
        // pairs within 0.2: (a1,a2) tied and (b1,b2) untied
        assertEquals(0.5, r.get("discourseCloseUntiedShare"), 1e-12);
        assertEquals(2, w.ties.count(Layer.KNOWLEDGE));
    }
}
