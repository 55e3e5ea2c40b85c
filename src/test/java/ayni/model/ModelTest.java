package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import ayni.agents.Actor;
import ayni.agents.Donor;
import ayni.agents.GovernmentAgency;
import ayni.agents.Ngo;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.network.Tie;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.engine.Steppable;

class ModelTest {

    static AyniModel started(Scenario s) {
        AyniModel m = new AyniModel(s, s.seed());
        m.start();
        return m;
    }

    static void run(AyniModel m, int steps) {
        for (int i = 0; i < steps; i++) m.runStep();
    }

    @Test
    void fundingIsConservedEveryStepOfAFullOrganicRun() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/organic-production.yaml"));
        AyniModel m = new AyniModel(s, s.seed());
        List<String> failures = new ArrayList<>();
        double[] maxInjected = {0};
        m.addObserver((Steppable) state -> {
            World w = m.world();
            double held = w.held();
            double imbalance = w.ledger.imbalance(held);
            maxInjected[0] = Math.max(maxInjected[0], w.ledger.injected());
            // money held equals money injected minus money spent or written off: nothing appears or vanishes unbooked
            if (Math.abs(imbalance) > 1e-9 * Math.max(1, w.ledger.injected())) {
                failures.add(w.date() + ": imbalance " + imbalance);
            }
            for (ActorKind k : ActorKind.values()) {
                for (Actor a : w.active(k)) if (a.cash() < -1e-9) failures.add(w.date() + ": " + a + " holds " + a.cash());
            }
        });
        m.start();
        int steps = 0;
        while (m.runStep()) steps++;
        assertEquals(276, steps);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(maxInjected[0] > 1e6, "the run moves real money: " + maxInjected[0]);
    }

    @Test
    void grantEndExitLetsRunningGrantsRunOutThenStops() {
        // donor enters 2000-01 with 2-year grants, is last present in 2000-06 and leaves at grant end:
        // it pays until 2001-12 only
        Scenario s = Tiny.parse(Tiny.donorAndNgo("    until: 2000-06\n    exitMode: grantEnd\n", null));
        AyniModel m = started(s);
        Donor d = (Donor) m.world().byId("d1");
        Ngo n = (Ngo) m.world().byId("n1");
        List<Double> received = new ArrayList<>();
        m.addObserver((Steppable) st -> received.add(n.income(ayni.domain.IncomeSource.DONOR_GRANTS)));
        run(m, 36);
        // grants were made at step 0 and run 24 months (steps 0..23)
        assertTrue(received.get(0) > 0);
        assertTrue(received.get(23) > 0, "still paid in the last month of the cycle");
        assertEquals(0.0, received.get(24), "nothing after the cycle ends");
        assertEquals(0.0, received.get(30));
        assertFalse(d.active());
        assertEquals(24, d.exitedStep());
    }

    @Test
    void abruptExitCutsRunningGrantsAtOnce() {
        Scenario s = Tiny.parse(Tiny.donorAndNgo("    until: 2000-06\n    exitMode: abrupt\n", null));
        AyniModel m = started(s);
        Ngo n = (Ngo) m.world().byId("n1");
        List<Double> received = new ArrayList<>();
        m.addObserver((Steppable) st -> received.add(n.income(ayni.domain.IncomeSource.DONOR_GRANTS)));
        run(m, 12);
        assertTrue(received.get(5) > 0, "paid in its last month, 2000-06");
        assertEquals(0.0, received.get(6), "not paid from 2000-07 on");
        assertEquals(0.0, received.get(11));
    }

    @Test
    void anNgoWithoutIncomeClosesAfterTheInsolvencyPeriod() {
        String yaml = Tiny.HEADER + """
                parameters:
                  ngoInsolvencyMonths: 6
                  ngoTypeChangeProbability: 0
                  ngoEntryRate: 0
                ngos:
                  - {id: poor, type: conventional, domain: organic, cash: 1500, monthlyCost: 1000}
                """;
        AyniModel m = started(Tiny.parse(yaml));
        Ngo n = (Ngo) m.world().byId("poor");
        // month 1 pays 1000 of 1500; month 2 pays 500 of 1000 -> first insolvent month; closes at the 6th: step 6
        run(m, 6);
        assertTrue(n.active());
        assertEquals(5, n.insolventMonths());
        run(m, 1);
        assertFalse(n.active());
        assertEquals(6, n.exitedStep());
    }

    @Test
    void electionsWeakenGovernmentTiesByTheElectionTieLoss() {
        String yaml = Tiny.HEADER + """
                elections: [2000-03]
                parameters:
                  electionTieLoss: 0.5
                  tieDecayRate: 0
                  accreditationRate: 0
                ngos:
                  - {id: n1, type: conventional, domain: organic, cash: 100000, monthlyCost: 0}
                governments:
                  - {id: gov, level: national, domain: organic}
                ties:
                  - {from: gov, to: n1, layer: legitimacy, weight: 0.8}
                """;
        AyniModel m = started(Tiny.parse(yaml));
        run(m, 2);
        Tie t = m.world().ties.get(m.world().byId("gov").index(), m.world().byId("n1").index(), Layer.LEGITIMACY);
        assertEquals(0.8, t.weight(), 1e-12);
        run(m, 1);
        assertEquals(0.4, t.weight(), 1e-12);
        assertTrue(m.world().byId("gov") instanceof GovernmentAgency);
    }

    @Test
    void smesRefuseDistantOfferersMoreOftenAndEmbeddedOnesMoreStill() {
        Scenario s = Tiny.parse(Tiny.donorAndNgo(null, "  refusalWeight: 1\n"));
        AyniModel m = started(s);
        Sme sme = (Sme) m.world().byId("g.0001");
        Ngo n = (Ngo) m.world().byId("n1");
        n.setDiscourse(new ayni.domain.Discourse(sme.discourse().x(), sme.discourse().y()));
        assertEquals(0.0, sme.refusalProbability(n, m.getParameters()), 1e-12);
        n.setDiscourse(new ayni.domain.Discourse(sme.discourse().x() + 1.0, sme.discourse().y()));
        double e = sme.embeddedness();
        assertEquals(0.5 * (0.5 + 0.5 * e), sme.refusalProbability(n, m.getParameters()), 1e-9);
    }

    @Test
    void removingADonorLeavesOtherActorsRandomStreamsAndAttributesUnchanged() {
        Scenario without = Tiny.parse(Tiny.donorAndNgo(null, null));
        Scenario with = Tiny.parse(Tiny.donorAndNgo(null, null).replace("ngos:\n",
                "  - {id: d2, kind: bilateral, budget: 50000, domains: {organic: 1}}\nngos:\n"));
        assertEquals(2, with.donors().size());
        AyniModel a = started(with), b = started(without);
        for (int i = 1; i <= 20; i++) {
            String id = String.format("g.%04d", i);
            Sme x = (Sme) a.world().byId(id), y = (Sme) b.world().byId(id);
            assertEquals(x.knowledge(), y.knowledge());
            assertEquals(x.practice(), y.practice());
            assertEquals(x.size(), y.size());
            assertEquals(x.discourse(), y.discourse());
        }
        assertEquals(ayni.agents.Streams.of(7, "n1").nextLong(), ayni.agents.Streams.of(7, "n1").nextLong());
    }

    @Test
    void oneAgencyPayingSubsidyAndGreenCreditNeverPaysMoreThanItHolds() {
        String yaml = Tiny.donorAndNgo(null, null).replace("ties:\n", """
                governments:
                  - {id: gov, level: national, domain: organic, budget: 2400, subsidy: 150, greenCredit: true}
                ties:
                """);
        AyniModel m = started(Tiny.parse(yaml));
        run(m, 36); // would throw from the ledger if the agency were overdrawn
        World w = m.world();
        assertEquals(0.0, w.ledger.imbalance(w.held()), 1e-6);
    }

    @Test
    void donorMoneyRoutedThroughGovernmentReachesItsProgrammes() {
        String yaml = Tiny.HEADER + """
                parameters: {ngoEntryRate: 0, grantShare: 1}
                donors:
                  - {id: d1, kind: bilateral, budget: 30000, domains: {organic: 1}, channels: {government: 1}}
                ngos:
                  - {id: n1, type: conventional, domain: organic, cash: 0, monthlyCost: 100000}
                governments:
                  - {id: gov, level: national, domain: organic, budget: 0}
                ties:
                  - {from: gov, to: n1, layer: funding, weight: 1}
                """;
        AyniModel m = started(Tiny.parse(yaml));
        Ngo n = (Ngo) m.world().byId("n1");
        run(m, 1);
        // the donor's whole monthly budget (2,500) goes to the agency, which passes it on as a contract
        assertEquals(2500.0, m.world().ledger.channelStep(ActorKind.DONOR, ActorKind.GOVERNMENT), 1e-9);
        assertEquals(2500.0, n.income(ayni.domain.IncomeSource.GOVERNMENT_CONTRACTS), 1e-9);
    }

    @Test
    void grantsNamedInTheScenarioStayWithinTheDonorsBudget() {
        StringBuilder y = new StringBuilder(Tiny.HEADER + "parameters: {grantShare: 0.5}\n"
                + "donors:\n  - {id: d, kind: bilateral, budget: 12000, domains: {organic: 1}}\nngos:\n");
        for (int i = 0; i < 4; i++) {
            y.append("  - {id: n").append(i).append(", type: conventional, domain: organic, monthlyCost: 10000}\n");
        }
        y.append("ties:\n");
        for (int i = 0; i < 4; i++) y.append("  - {from: d, to: n").append(i).append(", layer: funding}\n");
        AyniModel m = started(Tiny.parse(y.toString()));
        run(m, 1);
        Donor d = (Donor) m.world().byId("d");
        // 1,000 a month, half per grant: two named grantees are funded, the other two are not promised money
        assertEquals(2, d.grants().size());
        assertEquals(1000.0, d.grants().stream().mapToDouble(ayni.agents.Grant::monthly).sum(), 1e-9);
    }

    @Test
    void generatedSmeIdsCannotCollideWithScenarioIds() {
        String yaml = Tiny.donorAndNgo(null, null).replace("  - id: n1\n", "  - id: g-0001\n")
                .replace("{from: d1, to: n1,", "{from: d1, to: g-0001,");
        AyniModel m = started(Tiny.parse(yaml));
        run(m, 2);
        assertTrue(m.world().byId("g-0001") instanceof Ngo);
        assertTrue(m.world().byId("g.0001") instanceof Sme);
    }

    @Test
    void everyPhaseRunsInOrderAndDatesAdvanceMonthly() {
        AyniModel m = started(Tiny.parse(Tiny.donorAndNgo(null, null)));
        run(m, 13);
        assertEquals("2001-01", m.date().toString());
        assertTrue(m.world().ties.count(Layer.FUNDING) >= 1);
    }
}
