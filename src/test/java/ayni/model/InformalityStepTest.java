package ayni.model;

import static ayni.StepWorld.run;
import static ayni.StepWorld.start;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.ActorKind;
import org.junit.jupiter.api.Test;

/**
 * Step tests of informality (docs/ODD.md 7.11a): buyers that need invoices, regulation and bank green credit reach
 * formal SMEs (and, for buyers, members of associations) only. Each runs the monthly step on a small hand-made world
 * and checks an outcome worked out by hand; each also runs the same world with the SMEs formal, where the outcome
 * differs, so the test fails when the mechanism is switched off.
 */
class InformalityStepTest {

    /**
     * A buyer paying 30% that needs invoices (the default for a buyer that is not a farmers' market) is tied to two
     * informal micro SMEs; one belongs to an association, which sells for it. Only that one sells to the buyer: 800 x
     * 1.3 = 1,040; the other sells its 800 in local markets. A buyer that does not need invoices
     * ({@code formalSuppliers: false}) buys from both, and so does the first buyer when both SMEs are formal.
     */
    @Test
    void aBuyerThatNeedsInvoicesBuysFromFormalSmesAndAssociationMembersOnly() {
        String body = """
                companies:
                  - {id: shop, domain: organic, demand: 2, premium: 0.3, requirement: 0}
                smes:
                  - {id: alone, domain: organic, count: 1, associationShare: 0, creditAccess: 0, practice: [0.5, 0.5]}
                  - {id: member, domain: organic, count: 1, associationShare: 1, creditAccess: 0, practice: [0.5, 0.5]}
                ties:
                  - {from: alone, to: shop, layer: market, weight: 1}
                  - {from: member, to: shop, layer: market, weight: 1}
                """;
        String informal = yaml("smeCapitalFactor: 0, informalShareMicro: 1", body);
        assertEquals(1040, StepWorld.sum(start(informal), 1, c -> c.salesDomestic), 1e-9);
        assertEquals(800, StepWorld.sum(start(informal), 1, c -> c.salesLocal), 1e-9);
        String noInvoices = informal.replace("requirement: 0}", "requirement: 0, formalSuppliers: false}");
        assertEquals(2080, StepWorld.sum(start(noInvoices), 1, c -> c.salesDomestic), 1e-9);
        String formal = yaml("smeCapitalFactor: 0, informalShareMicro: 0", body);
        assertEquals(2080, StepWorld.sum(start(formal), 1, c -> c.salesDomestic), 1e-9);
    }

    /**
     * A farmers' market buys from whoever has a stand: by default it does not need invoices. Its one stand sells at
     * most bioferiaStandSales = 580 of an informal SME's output; told to need invoices, it buys nothing.
     */
    @Test
    void aFarmersMarketBuysFromInformalSmes() {
        String yaml = yaml("smeCapitalFactor: 0, informalShareMicro: 1", """
                companies:
                  - {id: feria, domain: organic, demand: 1, premium: 0.3, requirement: 0, bioferia: true}
                smes:
                  - {id: g, domain: organic, count: 1, associationShare: 0, creditAccess: 0, practice: [0.5, 0.5]}
                ties:
                  - {from: g, to: feria, layer: market, weight: 1}
                """);
        assertEquals(580, StepWorld.sum(start(yaml), 1, c -> c.salesDomestic), 1e-9);
        String invoices = yaml.replace("bioferia: true}", "bioferia: true, formalSuppliers: true}");
        assertEquals(0, StepWorld.sum(start(invoices), 1, c -> c.salesDomestic), 1e-9);
    }

    /**
     * A non-adopting micro SME under regulation 1 enforced at 0.5 (regulationPenalty 0.1) bears 800 x 0.05 = 40 of
     * regulatory loss on top of its 720 of operating costs when it is formal, and keeps 40; informal, enforcement does
     * not reach it and it keeps 80.
     */
    @Test
    void regulationIsEnforcedOnFormalSmesOnly() {
        String body = """
                governments:
                  - {id: reg, domain: sustainableProduction, budget: 0, regulation: 1, enforcement: 0.5}
                smes:
                  - {id: g, domain: sustainableProduction, count: 1, knowledge: [0, 0], practice: [0, 0]}
                """;
        String common = "smeCostShare: 0.9, regulationPenalty: 0.1, smeCapitalFactor: 0, ";
        World formal = run(yaml(common + "informalShareMicro: 0", body), 1).world();
        assertEquals(40, ((Sme) formal.byId("g.0001")).capital(), 1e-9);
        World informal = run(yaml(common + "informalShareMicro: 1", body), 1).world();
        assertEquals(80, ((Sme) informal.byId("g.0001")).capital(), 1e-9);
    }

    /**
     * A subsidy pays the whole 1,500 cost; the practice costs 48 a month and brings nothing but the regulatory loss it
     * avoids, 800 x 1 x 0.1 = 80 under regulation fully enforced. A formal SME adopts (80 >= 48); an informal one,
     * which bears no regulatory loss, does not.
     */
    @Test
    void onlyAFormalSmeAdoptsToAvoidRegulation() {
        String body = """
                governments:
                  - {id: reg, domain: organic, budget: 120000, subsidy: 1500, regulation: 1, enforcement: 1}
                smes:
                  - {id: g, domain: organic, count: 1, creditAccess: 0, practice: [0, 0]}
                """;
        String common = "savingsRate: 0, regulationPenalty: 0.1, smeCapitalFactor: 0, ";
        assertTrue(((Sme) run(yaml(common + "informalShareMicro: 0", body), 1).world().byId("g.0001")).adopted());
        assertFalse(((Sme) run(yaml(common + "informalShareMicro: 1", body), 1).world().byId("g.0001")).adopted());
    }

    /**
     * The green-credit world of SubmodelStepTest, its buyer taking produce without invoices, with the SME informal:
     * the bank lends it nothing and the agency reimburses nothing, so, without capital, it cannot adopt (formal, it
     * borrows 900 and adopts).
     */
    @Test
    void greenCreditDoesNotReachAnInformalSme() {
        String formal = StepWorld.greenCredit(120000).replace("premium: 0.3}", "premium: 0.3, formalSuppliers: false}");
        World f = run(formal, 1).world();
        assertTrue(((Sme) f.byId("g.0001")).adopted());
        assertEquals(900, f.counters.smeBorrowing, 1e-9);
        String informal = formal.replace("informalShareMicro: 0", "informalShareMicro: 1");
        World i = run(informal, 1).world();
        assertFalse(((Sme) i.byId("g.0001")).adopted());
        assertEquals(0, i.counters.smeBorrowing, 1e-9);
        assertEquals(0, i.ledger.channelStep(ActorKind.GOVERNMENT, ActorKind.SME), 1e-9);
    }

    /**
     * Formality is drawn last from each SME's own stream: with half the micro SMEs informal, about half of 400 are
     * (sd 10; bounds at 4 sd), and every other attribute is what it is when all are formal.
     */
    @Test
    void formalityIsDrawnLastFromEachSmesStream() {
        String body = """
                smes:
                  - {id: g, domain: organic, count: 400, exportShare: 0.5, associationShare: 0.5, creditAccess: 0.5}
                """;
        World half = start(yaml("informalShareMicro: 0.5", body)).world();
        World none = start(yaml("informalShareMicro: 0", body)).world();
        int informal = 0;
        for (int i = 1; i <= 400; i++) {
            String id = "g.%04d".formatted(i);
            Sme a = (Sme) half.byId(id), b = (Sme) none.byId(id);
            if (!a.formal()) informal++;
            assertTrue(b.formal());
            assertEquals(b.capital(), a.capital(), 0, id);
            assertEquals(b.knowledge(), a.knowledge(), 0, id);
            assertEquals(b.creditAccess(), a.creditAccess(), id);
            assertEquals(b.inAssociation(), a.inAssociation(), id);
        }
        assertTrue(informal >= 160 && informal <= 240, "informal: " + informal);
    }
}
