package ayni.model;

import static ayni.StepWorld.adopt;
import static ayni.StepWorld.params;
import static ayni.StepWorld.run;
import static ayni.StepWorld.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.Tiny;
import ayni.agents.Sme;
import ayni.agents.SupportLever;
import ayni.agents.World;
import ayni.metrics.StepObserver;
import ayni.metrics.TimeSeries;
import org.junit.jupiter.api.Test;

/**
 * Step tests of the SME's economics of the practice (docs/ODD.md 7.11, 7.13, 7.14, 7.18, 7.26): what the practice
 * costs to keep, reversion when it does not pay, certification only for an export buyer that pays for it, export
 * buyers' reach, selling to the buyer that pays most, and the Bioferia outputs. Each runs the monthly step on a small
 * hand-made world and checks an outcome worked out by hand.
 */
class AdoptionEconomicsStepTest {

    // ---- 7.11 A project carries a practice that does not pay ---------------------------------------------------

    /**
     * A subsidy of 1,500 pays the whole cost of two micro SMEs, but the practice costs 0.06 x 800 = 48 a month and
     * brings nothing (no buyer, no savings, no regulation). The one a project supports adopts; the other does not.
     */
    @Test
    void onlyASupportedSmeAdoptsAPracticeThatDoesNotPay() {
        String world = """
                governments:
                  - {id: gov, domain: organic, budget: 120000, subsidy: 1500}
                smes:
                  - {id: s, domain: organic, count: 1, creditAccess: 0, practice: [0, 0], discourseSpread: 0}
                  - {id: u, domain: organic, count: 1, creditAccess: 0, practice: [0, 0], discourseSpread: 0}
                """;
        AyniModel m = start(Tiny.HEADER + params("savingsRate: 0, smeCapitalFactor: 0") + world);
        World w = m.world();
        Sme s = (Sme) w.byId("s.0001"), u = (Sme) w.byId("u.0001");
        assertTrue(SupportLever.offer(s, w.byId("gov"), w), "same discourse: it accepts");
        m.runStep();
        assertTrue(s.adopted(), "the project carries the practice");
        assertFalse(u.adopted(), "on its own account a practice that loses 48 a month is not worth it, even for free");

        AyniModel free = start(Tiny.HEADER + params("savingsRate: 0, smeCapitalFactor: 0, practiceCostShare: 0") + world);
        free.runStep();
        assertTrue(((Sme) free.world().byId("u.0001")).adopted(), "a practice that costs nothing to keep is adopted for free");
    }

    // ---- 7.13 Reversion when the practice does not pay ---------------------------------------------------------

    /**
     * Two unsupported adopters; one sells to a buyer paying 10% (80 a month >= the 48 the practice costs), the other
     * has no buyer. With lossRevertProbability 1 and revertProbability 0 the second stops in the first month and the
     * first keeps its practice. With a 5% premium (40 < 48) the first stops too.
     */
    @Test
    void anAdopterWhosePracticeDoesNotPayRevertsOneWhosePracticePaysKeepsIt() {
        String yaml = Tiny.HEADER + params("savingsRate: 0, smeCapitalFactor: 0, revertProbability: 0, "
                + "lossRevertProbability: 1, associationRevertFactor: 1") + """
                companies:
                  - {id: buyer, domain: organic, demand: 1, premium: 0.1, requirement: 0}
                smes:
                  - {id: paid, domain: organic, count: 1, creditAccess: 0, associationShare: 0}
                  - {id: unpaid, domain: organic, count: 1, creditAccess: 0, associationShare: 0}
                ties:
                  - {from: paid, to: buyer, layer: market, weight: 1}
                """;
        AyniModel m = start(yaml);
        Sme paid = (Sme) m.world().byId("paid.0001"), unpaid = (Sme) m.world().byId("unpaid.0001");
        adopt(m.world(), "paid.0001", "unpaid.0001");
        m.runStep();
        assertTrue(paid.adopted(), "80 of premium covers the 48 the practice costs");
        assertFalse(unpaid.adopted(), "no buyer: business as usual");
        assertEquals(1, m.world().counters.reversions);

        AyniModel low = start(yaml.replace("premium: 0.1", "premium: 0.05"));
        Sme p2 = (Sme) low.world().byId("paid.0001");
        p2.setAdopted(true);
        low.runStep();
        assertFalse(p2.adopted(), "40 of premium does not cover 48");
    }

    // ---- 7.14 Certification for an export buyer that pays for it; 7.18 export buyers' reach ----------------------

    /**
     * Three micro SMEs at practice 0.9. a (export-oriented) sells to an export buyer paying 30%: 240 a month covers the
     * 100 the certificate costs, so it is certified and keeps 1,040 - 720 - 100 = 220. b (export-oriented) sells to
     * an export buyer paying 10%: 80 < 100, not certified. c sells to local markets; the law recognises PGS, which it
     * holds without being certified; the export buyer it is tied to does not buy from a local-market SME, so it sells
     * its 800 locally and keeps 80.
     */
    @Test
    void onlyAnExporterWhoseBuyerPaysForItIsCertified() {
        String yaml = Tiny.HEADER + params("smeCapitalFactor: 0") + """
                governments:
                  - {id: gov, domain: organic, certificationRecognition: true}
                companies:
                  - {id: exp, domain: organic, demand: 1, premium: 0.3, requirement: 0.5, exportBuyer: true}
                  - {id: cheap, domain: organic, demand: 1, premium: 0.1, requirement: 0.5, exportBuyer: true}
                smes:
                  - {id: a, domain: organic, count: 1, exportShare: 1, creditAccess: 0, practice: [0.9, 0.9]}
                  - {id: b, domain: organic, count: 1, exportShare: 1, creditAccess: 0, practice: [0.9, 0.9]}
                  - {id: c, domain: organic, count: 1, exportShare: 0, creditAccess: 0, practice: [0.9, 0.9]}
                ties:
                  - {from: a, to: exp, layer: market, weight: 1}
                  - {from: b, to: cheap, layer: market, weight: 1}
                  - {from: c, to: exp, layer: market, weight: 1}
                """;
        World w = run(yaml, 1).world();
        Sme a = (Sme) w.byId("a.0001"), b = (Sme) w.byId("b.0001"), c = (Sme) w.byId("c.0001");
        assertTrue(a.certified());
        assertEquals(220, a.cash(), 1e-9);
        assertFalse(b.certified(), "the premium does not pay for the certificate");
        assertEquals(880 - 720, b.cash(), 1e-9);
        assertFalse(c.certified());
        assertTrue(c.pgs());
        assertEquals(80, c.cash(), 1e-9);
        assertEquals(1040 + 880, w.counters.salesExport, 1e-9);
        assertEquals(1040, w.counters.certifiedSalesExport, 1e-9);
    }

    // ---- 7.18 An export buyer searches only among export-oriented SMEs ------------------------------------------

    /**
     * An export buyer wanting one supplier; its broker NGO works with a local-market SME (above the screen) and an
     * export-oriented one. With a formation bias of 20 every candidate it tries is tied, so within the first month
     * it ties only the exporter: the local SME is never in its reach, introduced or sampled.
     */
    @Test
    void anExportBuyerTiesOnlyExportOrientedSuppliers() {
        String yaml = Tiny.HEADER + params("formationBias: 20, smeCapitalFactor: 0") + """
                ngos:
                  - {id: broker, type: market, domain: organic, cash: 100000}
                companies:
                  - {id: exp, domain: organic, demand: 2, premium: 0.3, requirement: 0.5, exportBuyer: true}
                smes:
                  - {id: local, domain: organic, count: 3, exportShare: 0, creditAccess: 0, practice: [0.9, 0.9]}
                  - {id: exporter, domain: organic, count: 1, exportShare: 1, creditAccess: 0, practice: [0.9, 0.9]}
                ties:
                  - {from: broker, to: exp, layer: market, weight: 1}
                  - {from: broker, to: local, layer: knowledge, weight: 1}
                  - {from: broker, to: exporter, layer: knowledge, weight: 1}
                """;
        World w = run(yaml, 1).world();
        int buyer = w.byId("exp").index();
        assertTrue(w.ties.get(w.byId("exporter.0001").index(), buyer, ayni.domain.Layer.MARKET) != null, "the exporter supplies it");
        for (int i = 1; i <= 3; i++) {
            assertTrue(w.ties.get(w.byId("local.000" + i).index(), buyer, ayni.domain.Layer.MARKET) == null,
                    "a local-market SME is out of an export buyer's reach");
        }
    }

    // ---- 7.26 An SME sells to the buyer that pays most ---------------------------------------------------------

    /** A supplier of two domestic buyers paying 10% and 30% sells to the second every month: 6 x 1,040. */
    @Test
    void anSmeSellsToTheBuyerThatPaysMost() {
        String yaml = Tiny.HEADER + params("smeCapitalFactor: 0") + """
                companies:
                  - {id: low, domain: organic, demand: 1, premium: 0.1, requirement: 0}
                  - {id: high, domain: organic, demand: 1, premium: 0.3, requirement: 0}
                smes:
                  - {id: g, domain: organic, count: 1, creditAccess: 0, practice: [0.5, 0.5]}
                ties:
                  - {from: g, to: low, layer: market, weight: 1}
                  - {from: g, to: high, layer: market, weight: 1}
                """;
        double sold = StepWorld.sum(start(yaml), 6, c -> c.salesDomestic);
        assertEquals(6 * 1040, sold, 1e-9);
    }

    // ---- 7.26 Bioferia stands and the domestic organic market ----------------------------------------------------

    /**
     * A Bioferia with 2 stands buys from its one supplier, an organic adopter whose output is worth 800 x 1.3 = 1,040
     * there, but a stand sells at most bioferiaStandSales = 580: the stand takes 580 (446.15 at the base price) and the
     * remaining 353.85 goes to local markets; another organic adopter without a buyer sells 800 in local markets; a
     * non-adopter's local sales are not organic. Bioferia share of domestic organic sales 580 / 1,733.85; stands used 1
     * of 2 (no other producer meets the requirement). Without the stand's limit the share would be 1,040 / 1,840.
     */
    @Test
    void bioferiaShareAndStandUseAreMeasured() {
        String yaml = Tiny.HEADER + params("smeCapitalFactor: 0, revertProbability: 0, lossRevertProbability: 0") + """
                companies:
                  - {id: feria, domain: organic, demand: 2, premium: 0.3, requirement: 0.5, bioferia: true}
                smes:
                  - {id: s, domain: organic, count: 1, creditAccess: 0, practice: [0.9, 0.9]}
                  - {id: l, domain: organic, count: 1, creditAccess: 0, practice: [0.3, 0.3]}
                  - {id: n, domain: organic, count: 1, creditAccess: 0, practice: [0, 0]}
                ties:
                  - {from: s, to: feria, layer: market, weight: 1}
                """;
        StepObserver observer = new StepObserver(1);
        AyniModel m = StepWorld.observed(yaml, observer);
        adopt(m.world(), "s.0001", "l.0001"); // l is below the Bioferia's screen (0.4): it is not recruited
        m.runStep();
        TimeSeries ts = observer.series();
        double unsold = 800 - 800 * 580 / 1040.0;
        assertEquals(580 / (580 + unsold + 800), ts.get(0, "domesticShare_bioferia"), 1e-12);
        assertEquals(0.5, ts.get(0, "bioferiaCapacityUse"), 1e-12);
        assertEquals(unsold + 800 + 800, m.world().counters.salesLocal, 1e-9);
    }

    /**
     * Stands that bind (7.18, 7.26; {@code Stands}): a Bioferia with one stand, held by a producer whose practice (0.3)
     * is below its requirement (0.5), sells nothing in the first month. In the second month the stand is taken back
     * and given to the one producer that applies: {@code x} (practice 0.9, no buyer); {@code y} meets the requirement
     * too but an export buyer paying more takes its output, so it does not apply. From then on the stand is used.
     */
    @Test
    void anUnusedStandGoesToAProducerWhoseOutputHasNoBetterBuyer() {
        String yaml = Tiny.HEADER + params("smeCapitalFactor: 0, revertProbability: 0, lossRevertProbability: 0, "
                + "candidateSampleSize: 30") + """
                companies:
                  - {id: feria, domain: organic, demand: 1, premium: 0.1, requirement: 0.5, bioferia: true}
                  - {id: exporter, domain: organic, demand: 1, premium: 0.3, requirement: 0, exportBuyer: true}
                smes:
                  - {id: h, domain: organic, count: 1, creditAccess: 0, practice: [0.3, 0.3]}
                  - {id: x, domain: organic, count: 1, creditAccess: 0, practice: [0.9, 0.9]}
                  - {id: y, domain: organic, count: 1, creditAccess: 0, practice: [0.9, 0.9], exportShare: 1}
                ties:
                  - {from: h, to: feria, layer: market, weight: 1}
                  - {from: y, to: exporter, layer: market, weight: 1}
                """;
        StepObserver observer = new StepObserver(1);
        AyniModel m = StepWorld.observed(yaml, observer);
        World w = m.world();
        adopt(w, "h.0001", "x.0001", "y.0001");
        m.runStep();
        m.runStep();
        m.runStep();
        TimeSeries ts = observer.series();
        assertEquals(0.0, ts.get(0, "bioferiaCapacityUse"), 1e-12, "the holder cannot sell there");
        assertEquals(1.0, ts.get(1, "bioferiaCapacityUse"), 1e-12, "the stand went to a producer who uses it");
        assertEquals(1.0, ts.get(2, "bioferiaCapacityUse"), 1e-12);
        int feria = w.byId("feria").index();
        assertTrue(w.ties.get(w.byId("x.0001").index(), feria, ayni.domain.Layer.MARKET) != null);
        assertTrue(w.ties.get(w.byId("h.0001").index(), feria, ayni.domain.Layer.MARKET) == null, "taken back");
        assertTrue(w.ties.get(w.byId("y.0001").index(), feria, ayni.domain.Layer.MARKET) == null,
                "the export buyer takes y's output: it does not want a stand");
    }
}
