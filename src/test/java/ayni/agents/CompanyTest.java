package ayni.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.Tiny;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompanyTest {

    @Test
    void anNgoTiedToABuyerIntroducesTheSmesItWorksWithThatPassTheScreen() {
        String yaml = Tiny.HEADER + """
                parameters: {partnerSearchProbability: 0, ngoEntryRate: 0, smeEntryRate: 0, smeExitRate: 0, informalShareMicro: 0, informalShareSmall: 0}
                ngos:
                  - {id: broker, type: conventional, domain: organic, cash: 100000}
                companies:
                  - {id: buyer, domain: organic, demand: 0, requirement: 0.5}
                smes:
                  - {id: g, domain: organic, count: 1, practice: [0.9, 0.9]}
                  - {id: b, domain: organic, count: 1, practice: [0, 0]}
                  - {id: far, domain: organic, count: 1, practice: [0.9, 0.9]}
                ties:
                  - {from: buyer, to: broker, layer: legitimacy, weight: 1}
                  - {from: broker, to: g, layer: knowledge, weight: 1}
                  - {from: broker, to: b, layer: knowledge, weight: 1}
                """;
        World w = StepWorld.run(yaml, 3, 1).world();
        Company buyer = (Company) w.byId("buyer");
        // any NGO tied to the buyer, whatever the layer, is a broker; it introduces g (practice 0.9 >= 0.8 x 0.5),
        // not b (practice 0 fails the screen) and not 'far' (no tie to the broker)
        Map<Sme, Actor> intro = SupplierSearch.introductions(buyer, w);
        assertEquals(1, intro.size());
        assertSame(w.byId("broker"), intro.get((Sme) w.byId("g.0001")));
    }
}
