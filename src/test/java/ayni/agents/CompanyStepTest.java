package ayni.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.exchange.Ledger;
import ayni.model.AyniModel;
import org.junit.jupiter.api.Test;

/**
 * A buyer's monthly step on hand-made worlds (docs/ODD.md 7.18, 7.26): the order buyers buy in, a Bioferia's stand
 * limit, a demand shock that drops the weakest suppliers, and the legitimacy a company lends.
 */
class CompanyStepTest {

    /**
     * A Bioferia with one stand (demand 1) has two holders from the scenario, both practising at 0.9 above its
     * requirement 0.5; its stands limit what it sells through: one holder sells there, at most bioferiaStandSales = 580
     * (below 800 x 1.3 = 1,040), the other sells in local markets. The month's sales through buyers are 580, one stand
     * used; the ledger's sales by companies are 580 too.
     */
    @Test
    void aBioferiaSellsThroughNoMoreStandsThanItHas() {
        AyniModel m = StepWorld.start(StepWorld.yaml("smeCapitalFactor: 0, revertProbability: 0, lossRevertProbability: 0", """
                companies:
                  - {id: feria, domain: organic, demand: 1, premium: 0.3, requirement: 0.5, bioferia: true}
                smes:
                  - {id: a, domain: organic, count: 1, creditAccess: 0, practice: [0.9, 0.9]}
                  - {id: b, domain: organic, count: 1, creditAccess: 0, practice: [0.9, 0.9]}
                ties:
                  - {from: a, to: feria, layer: market, weight: 1}
                  - {from: b, to: feria, layer: market, weight: 1}
                """));
        World w = m.world();
        m.runStep();
        assertEquals(580, w.counters.sales, 1e-9);
        assertEquals(1, w.counters.bioferiaStandsUsed);
        assertEquals(580, w.ledger.salesStep(ActorKind.COMPANY), 1e-9);
    }

    /**
     * An export-oriented SME supplies a domestic buyer and an export buyer that pay the same premium (0.2), listed
     * domestic first. At an equal premium export buyers buy first (Company.byPrice), so in every month the export buyer
     * takes its output at 800 x 1.2 = 960: 960 a month from consumers abroad and nothing from Peruvian consumers
     * (the SME has nothing left for local markets). Three months, so that the keyed order of buyers, which changes
     * every month, cannot give the same outcome by chance.
     */
    @Test
    void atAnEqualPremiumTheExportBuyerBuysFirst() {
        AyniModel m = StepWorld.start(StepWorld.yaml("smeCapitalFactor: 0, revertProbability: 0, lossRevertProbability: 0", """
                companies:
                  - {id: dom, domain: organic, demand: 1, premium: 0.2, requirement: 0}
                  - {id: exp, domain: organic, demand: 1, premium: 0.2, requirement: 0, exportBuyer: true}
                smes:
                  - {id: x, domain: organic, count: 1, exportShare: 1, creditAccess: 0, practice: [0.9, 0.9]}
                ties:
                  - {from: x, to: dom, layer: market, weight: 1}
                  - {from: x, to: exp, layer: market, weight: 1}
                """));
        World w = m.world();
        for (int i = 0; i < 3; i++) {
            m.runStep();
            assertEquals(960, w.ledger.injectedStep(Ledger.Source.EXPORT_DEMAND), 1e-9, "month " + (i + 1));
            assertEquals(0, w.ledger.injectedStep(Ledger.Source.DOMESTIC_DEMAND), 1e-9, "month " + (i + 1));
        }
    }

    /**
     * A demand shock on export buyers (factor 0.34) in 2000-02: the export buyer's demand falls from 3 to
     * round(1.02) = 1, so it drops its two weakest suppliers (ties 0.5 and 0.7, listed around the strongest, 0.9) and
     * keeps the 0.9 one; the event log says 2 supplier ties dropped. The domestic buyer, with the same ties, is not an
     * export buyer: it keeps demand 3 and all three suppliers.
     */
    @Test
    void aDemandShockOnExportBuyersDropsTheirWeakestSuppliersOnly() {
        AyniModel m = StepWorld.start(StepWorld.yaml("smeCapitalFactor: 0", """
                companies:
                  - {id: exp, domain: organic, demand: 3, premium: 0.2, requirement: 0, exportBuyer: true}
                  - {id: dom, domain: organic, demand: 3, premium: 0.1, requirement: 0}
                smes:
                  - {id: a, domain: organic, count: 1, exportShare: 1, creditAccess: 0}
                  - {id: b, domain: organic, count: 1, exportShare: 1, creditAccess: 0}
                  - {id: c, domain: organic, count: 1, exportShare: 1, creditAccess: 0}
                  - {id: d, domain: organic, count: 1, creditAccess: 0}
                  - {id: e, domain: organic, count: 1, creditAccess: 0}
                  - {id: f, domain: organic, count: 1, creditAccess: 0}
                ties:
                  - {from: a, to: exp, layer: market, weight: 0.5}
                  - {from: b, to: exp, layer: market, weight: 0.9}
                  - {from: c, to: exp, layer: market, weight: 0.7}
                  - {from: d, to: dom, layer: market, weight: 0.5}
                  - {from: e, to: dom, layer: market, weight: 0.9}
                  - {from: f, to: dom, layer: market, weight: 0.7}
                events:
                  - {at: 2000-02, kind: marketShock, companies: exportBuyers, demandFactor: 0.34}
                """));
        World w = m.world();
        StepWorld.steps(m, 2);
        Company exp = (Company) w.byId("exp"), dom = (Company) w.byId("dom");
        assertEquals(1, exp.demand());
        assertEquals(1, exp.suppliers(w));
        assertNotNull(w.ties.get(w.byId("b.0001").index(), exp.index(), Layer.MARKET), "the strongest stays");
        assertNull(w.ties.get(w.byId("a.0001").index(), exp.index(), Layer.MARKET));
        assertEquals(3, dom.demand());
        assertEquals(3, dom.suppliers(w));
        assertEquals("1 buyer changed, 2 supplier ties dropped", m.eventLog().entries().get(0).effect());
    }

    /**
     * A company with a legitimacy tie (weight 1) to an NGO of legitimacy 0.5 lends it accreditationRate 0.1 x
     * companyLegitimacy 0.8 x 1 = 0.08 of the way to 1 in its exchange phase: 0.5 + 0.08 x 0.5 = 0.54.
     */
    @Test
    void aCompanyAccreditsTheNgoItVouchesFor() {
        AyniModel m = StepWorld.start(StepWorld.yaml("accreditationRate: 0.1, companyLegitimacy: 0.8", """
                companies:
                  - {id: co, domain: organic, demand: 0}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, legitimacy: 0.5}
                ties:
                  - {from: co, to: n, layer: legitimacy, weight: 1}
                """));
        m.runStep();
        assertEquals(0.54, m.world().byId("n").legitimacy(), 1e-12);
    }

    /**
     * At a revenue parameter of 0 (revenueMicro 0, a bound the parameters allow) an SME's output is worth nothing at
     * any premium. A certified supplier (certificationCost 0, so a premium of 0.2 on nothing pays for it) sells its
     * output to the export buyer for 0 in each of two months: the certified sales and their base-price value are 0
     * (not a number divided by a price of 0), and nothing is left over for local markets.
     */
    @Test
    void outputWorthNothingSellsForNothing() {
        AyniModel m = StepWorld.start(StepWorld.yaml("revenueMicro: 0, certificationCost: 0, certificationLevel: 0.6, "
                + "smeCapitalFactor: 0, practiceGrowthRate: 0, revertProbability: 0, lossRevertProbability: 0", """
                companies:
                  - {id: exp, domain: organic, demand: 1, premium: 0.2, requirement: 0.6, exportBuyer: true}
                smes:
                  - {id: x, domain: organic, count: 1, exportShare: 1, creditAccess: 0, practice: [0.6, 0.6]}
                ties:
                  - {from: x, to: exp, layer: market, weight: 1}
                """));
        World w = m.world();
        StepWorld.adopt(w, "x.0001");
        for (int i = 0; i < 2; i++) {
            m.runStep();
            assertTrue(((Sme) w.byId("x.0001")).certified(), "month " + (i + 1));
            assertEquals(0, w.counters.certifiedSales, 0, "month " + (i + 1));
            assertEquals(0, w.counters.certifiedSalesBase, 0, "month " + (i + 1));
            assertEquals(0, w.counters.salesLocal, 0, "month " + (i + 1));
        }
    }
}
