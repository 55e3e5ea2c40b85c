package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import ayni.StepWorld;
import ayni.Tiny;
import ayni.agents.Actor;
import ayni.agents.Ngo;
import ayni.agents.World;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.exchange.Ledger;
import org.junit.jupiter.api.Test;

/**
 * Companies pay the Peruvian business NGOs that serve them (docs/ODD.md 7.32, §6.2.2 L2213), and business NGOs seek
 * companies as clients in partner search (7.19): the monthly step on small hand-made worlds.
 */
class CorporateSupportStepTest {

    static final String WORLD = Tiny.HEADER + StepWorld.params("companyServiceFee: 67") + """
            companies:
              - {id: bank, domain: socialResponsibility, demand: 0}
              - {id: mine, domain: socialResponsibility, demand: 0}
            ngos:
              - {id: p2021, type: business, scope: national, domain: socialResponsibility, cash: 100000, monthlyCost: 1000}
              - {id: ethos, type: business, scope: international, domain: socialResponsibility, cash: 0, monthlyCost: 0}
              - {id: cedal, type: conventional, domain: socialResponsibility, cash: 100000, monthlyCost: 1000}
            ties:
              - {from: p2021, to: bank, layer: knowledge, weight: 0.6}
              - {from: p2021, to: mine, layer: knowledge, weight: 0.6}
              - {from: ethos, to: bank, layer: knowledge, weight: 0.6}
              - {from: cedal, to: bank, layer: knowledge, weight: 0.6}
            """;

    /**
     * Peru 2021 gives expertise to two companies: each pays it 67 USD a month on a funding tie, 134 in all, booked as
     * service fees and injected as the companies' revenue. The international business NGO and the conventional NGO,
     * tied alike, get nothing. In the second month the companies pay again (the funding tie keeps the relation).
     */
    @Test
    void companiesPayTheBusinessNgoThatGivesThemExpertise() {
        AyniModel m = StepWorld.start(WORLD);
        World w = m.world();
        Ngo p2021 = (Ngo) w.byId("p2021");
        Actor bank = w.byId("bank"), mine = w.byId("mine");
        m.runStep();
        assertEquals(134, p2021.income(IncomeSource.SERVICE_FEES), 1e-9);
        assertEquals(134, w.ledger.injectedStep(Ledger.Source.COMPANY_REVENUE), 1e-9);
        assertNotNull(w.ties.get(bank.index(), p2021.index(), Layer.FUNDING), "paid on a funding tie");
        assertNull(w.ties.get(bank.index(), w.byId("ethos").index(), Layer.FUNDING), "financed outside Peru");
        assertNull(w.ties.get(bank.index(), w.byId("cedal").index(), Layer.FUNDING), "not a business NGO");
        assertEquals(0, ((Ngo) w.byId("cedal")).income(IncomeSource.SERVICE_FEES), 1e-9);
        assertEquals(0, w.ledger.imbalance(w.held()), 1e-6);
        m.runStep();
        assertEquals(134, p2021.income(IncomeSource.SERVICE_FEES), 1e-9);
        assertEquals(0, bank.cash() + mine.cash(), 1e-9, "companies pass on what they inject");

        AyniModel off = StepWorld.start(WORLD.replace("companyServiceFee: 67", "companyServiceFee: 0"));
        off.runStep();
        assertEquals(0, ((Ngo) off.world().byId("p2021")).income(IncomeSource.SERVICE_FEES), 1e-9);
    }

    /**
     * A company already paying a business NGO on its own funding tie (and no knowledge tie from the NGO) pays it
     * again each month: 67. One that both pays the NGO and receives its expertise pays it once: 67, not 134.
     */
    @Test
    void aCompanyPaysEachBusinessNgoItServesOnceWhicheverTieCarriesTheRelation() {
        String yaml = Tiny.HEADER + StepWorld.params("companyServiceFee: 67") + """
                companies:
                  - {id: bank, domain: socialResponsibility, demand: 0}
                  - {id: mine, domain: socialResponsibility, demand: 0}
                ngos:
                  - {id: a, type: business, scope: national, domain: socialResponsibility, cash: 100000, monthlyCost: 1000}
                  - {id: b, type: business, scope: national, domain: socialResponsibility, cash: 100000, monthlyCost: 1000}
                ties:
                  - {from: bank, to: a, layer: funding, weight: 0.6}
                  - {from: b, to: mine, layer: knowledge, weight: 0.6}
                  - {from: mine, to: b, layer: funding, weight: 0.6}
                """;
        AyniModel m = StepWorld.start(yaml);
        World w = m.world();
        m.runStep();
        assertEquals(67, ((Ngo) w.byId("a")).income(IncomeSource.SERVICE_FEES), 1e-9);
        assertEquals(67, ((Ngo) w.byId("b")).income(IncomeSource.SERVICE_FEES), 1e-9);
        assertEquals(134, w.ledger.injectedStep(Ledger.Source.COMPANY_REVENUE), 1e-9);
    }

    /**
     * A business NGO searching every month with a sample of three and every third candidate a company ties to the only
     * company of its domain (formation almost certain with a bias of 20 log-odds); with the interval 0 it never seeks
     * one, and a conventional NGO never does.
     */
    @Test
    void businessNgosSeekCompaniesAsClients() {
        String yaml = Tiny.HEADER + StepWorld.params("").replace("partnerSearchProbability: 0",
                "partnerSearchProbability: 1, candidateSampleSize: 3, businessClientCandidateInterval: 3, "
                        + "nearbyCandidateInterval: 0, ngoPeerCandidateInterval: 0, formationBias: 20") + """
                companies:
                  - {id: bank, domain: socialResponsibility, demand: 0}
                ngos:
                  - {id: p2021, type: business, scope: national, domain: socialResponsibility, cash: 100000, monthlyCost: 1000}
                  - {id: cedal, type: conventional, domain: socialResponsibility, cash: 100000, monthlyCost: 1000}
                """;
        AyniModel m = StepWorld.start(yaml);
        m.runStep();
        World w = m.world();
        int bank = w.byId("bank").index();
        assertNotNull(w.ties.get(w.byId("p2021").index(), bank, Layer.KNOWLEDGE));
        assertNull(w.ties.get(w.byId("cedal").index(), bank, Layer.KNOWLEDGE));
        assertEquals(67, ((Ngo) w.byId("p2021")).income(IncomeSource.SERVICE_FEES), 1e-9, "and the new client pays");

        AyniModel off = StepWorld.start(yaml.replace("businessClientCandidateInterval: 3", "businessClientCandidateInterval: 0"));
        off.runStep();
        assertNull(off.world().ties.get(off.world().byId("p2021").index(), bank, Layer.KNOWLEDGE));
    }
}
