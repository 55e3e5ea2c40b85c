package ayni.agents;

import static ayni.StepWorld.start;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.model.AyniModel;
import ayni.network.Tie;
import org.junit.jupiter.api.Test;

/**
 * Step tests of partner search (docs/ODD.md 7.19): who searches for whom on which layer, and that partners are sought
 * for the knowledge they have. Each runs one monthly step of a small hand-made world with searching switched on.
 */
class PartnerSearchStepTest {

    /** Ties of a layer from actors of one kind to actors of another, counted over the world. */
    static int ties(World w, Layer layer, ActorKind from, ActorKind to) {
        int n = 0;
        for (Tie t : w.ties.all()) {
            if (t.layer() == layer && w.actor(t.from()).kind() == from && w.actor(t.to()).kind() == to) n++;
        }
        return n;
    }

    /**
     * Everyone searches every month (partnerSearchProbability 1) among 6 candidates, and every tie sought forms
     * (formationBias 20). A conventional NGO ties to SMEs and, every 2nd candidate, to NGOs (knowledge ties, from it);
     * a market NGO also to buyers on the market layer, every 3rd candidate; a business NGO to companies on the knowledge
     * layer; a government agency to NGOs of any domain; an SME draws peers who teach it (ties from the peer). Nobody
     * else ties to companies, and SMEs tie to no NGO.
     */
    @Test
    void eachKindOfActorSeeksItsKindOfPartner() {
        AyniModel m = start(yaml("partnerSearchProbability: 1, candidateSampleSize: 6, formationBias: 20, nearbyCandidateInterval: 0, "
                + "ngoPeerCandidateInterval: 2, traderBuyerCandidateInterval: 3, businessClientCandidateInterval: 3", """
                governments:
                  - {id: gov, domain: sustainableProduction, budget: 0}
                companies:
                  - {id: buyer, domain: organic, demand: 0}
                ngos:
                  - {id: conv, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: mkt, type: market, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: biz, type: business, scope: national, domain: organic, cash: 100000, monthlyCost: 1000}
                smes:
                  - {id: g, domain: organic, count: 30}
                """));
        m.runStep();
        World w = m.world();
        Actor conv = w.byId("conv"), mkt = w.byId("mkt"), biz = w.byId("biz"), buyer = w.byId("buyer"), gov = w.byId("gov");
        int convSme = 0, convNgo = 0;
        for (Tie t : w.ties.out(conv.index())) {
            assertEquals(Layer.KNOWLEDGE, t.layer());
            if (w.actor(t.to()) instanceof Sme) convSme++;
            if (w.actor(t.to()) instanceof Ngo) convNgo++;
        }
        assertTrue(convSme > 0 && convNgo > 0, convSme + " SMEs, " + convNgo + " NGOs");
        assertTrue(w.ties.get(mkt.index(), buyer.index(), Layer.MARKET) != null, "a trader seeks buyers");
        assertTrue(w.ties.get(biz.index(), buyer.index(), Layer.KNOWLEDGE) != null, "a consultancy seeks companies");
        assertEquals(null, w.ties.get(conv.index(), buyer.index(), Layer.MARKET));
        assertEquals(null, w.ties.get(conv.index(), buyer.index(), Layer.KNOWLEDGE));
        assertTrue(w.ties.out(gov.index()).size() > 0, "an agency ties to NGOs of any domain");
        for (Tie t : w.ties.out(gov.index())) assertTrue(w.actor(t.to()) instanceof Ngo);
        assertTrue(ties(w, Layer.KNOWLEDGE, ActorKind.SME, ActorKind.SME) > 0, "SMEs learn from peers");
        assertEquals(0, ties(w, Layer.KNOWLEDGE, ActorKind.SME, ActorKind.NGO));
    }

    /**
     * Partners are sought for what they know: with formationBias -10 and complementWeight 20 (no weight on discourse or
     * legitimacy) a tie forms with probability 1 - 5e-5 to a candidate who knows more and 5e-5 otherwise. Among 60 SMEs of
     * knowledge 0.1, 0.5 and 0.9 every tie that forms runs from one who knows more to one who knows less, and some
     * form.
     */
    @Test
    void partnersAreSoughtForTheKnowledgeTheyHave() {
        AyniModel m = start(yaml("partnerSearchProbability: 1, candidateSampleSize: 6, formationBias: -10, complementWeight: 20, "
                + "discourseWeight: 0, legitimacyWeight: 0, platformWeight: 0, nearbyCandidateInterval: 0", """
                smes:
                  - {id: lo, domain: organic, count: 20, knowledge: [0.1, 0.1]}
                  - {id: mid, domain: organic, count: 20, knowledge: [0.5, 0.5]}
                  - {id: hi, domain: organic, count: 20, knowledge: [0.9, 0.9]}
                """));
        m.runStep();
        World w = m.world();
        int n = 0;
        for (Tie t : w.ties.all()) {
            n++;
            assertTrue(w.actor(t.from()).knowledge() > w.actor(t.to()).knowledge() + 0.2, "from one who knows more (levels 0.4 apart)");
        }
        assertTrue(n > 20, "ties formed: " + n);
    }
}
