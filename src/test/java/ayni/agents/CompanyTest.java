package ayni.agents;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import ayni.Tiny;
import ayni.domain.Layer;
import ayni.domain.NgoType;
import ayni.model.AyniModel;
import org.junit.jupiter.api.Test;

class CompanyTest {

    @Test
    void aMarketNgoTiedToABuyerIntroducesTheSmesItWorksWith() {
        String yaml = Tiny.HEADER + """
                parameters: {partnerSearchProbability: 0, ngoEntryRate: 0, smeEntryRate: 0, smeExitRate: 0}
                ngos:
                  - {id: broker, type: market, domain: organic, cash: 100000}
                companies:
                  - {id: buyer, domain: organic, demand: 5}
                smes:
                  - {id: g, domain: organic, count: 1}
                ties:
                  - {from: broker, to: buyer, layer: market, weight: 1}
                  - {from: broker, to: g, layer: knowledge, weight: 1}
                """;
        AyniModel m = new AyniModel(Tiny.parse(yaml), 3);
        m.start();
        m.runStep();
        World w = m.world();
        Company buyer = (Company) w.byId("buyer");
        Sme sme = (Sme) w.byId("g.0001");
        // the buyer's only tie is to the broker, the broker's only SME is g.0001: every draw finds it
        int found = 0;
        for (int i = 0; i < 50; i++) {
            Sme c = buyer.brokeredCandidate(w);
            if (c != null) {
                assertSame(sme, c);
                found++;
            }
        }
        // half the broker's ties lead to the SME; missing it 50 times in a row has probability 2^-50
        org.junit.jupiter.api.Assertions.assertTrue(found > 0);
        ((Ngo) w.byId("broker")).setType(NgoType.CONVENTIONAL);
        for (int i = 0; i < 5; i++) assertNull(buyer.brokeredCandidate(w), "a conventional NGO does not broker sales");
        assertSame(w.byId("broker"), w.actor(w.ties.in(buyer.index()).get(0).from()));
        assertSame(Layer.MARKET, w.ties.in(buyer.index()).get(0).layer());
    }
}
