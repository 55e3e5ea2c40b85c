package ayni.agents;

import static ayni.StepWorld.month;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
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
        World w = month(yaml("partnerSearchProbability: 1, candidateSampleSize: 6, formationBias: 20, nearbyCandidateInterval: 0, "
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
        World w = month(yaml("partnerSearchProbability: 1, candidateSampleSize: 6, formationBias: -10, complementWeight: 20, "
                + "discourseWeight: 0, legitimacyWeight: 0, platformWeight: 0, nearbyCandidateInterval: 0", """
                smes:
                  - {id: lo, domain: organic, count: 20, knowledge: [0.1, 0.1]}
                  - {id: mid, domain: organic, count: 20, knowledge: [0.5, 0.5]}
                  - {id: hi, domain: organic, count: 20, knowledge: [0.9, 0.9]}
                """));
        int n = 0;
        for (Tie t : w.ties.all()) {
            n++;
            assertTrue(w.actor(t.from()).knowledge() > w.actor(t.to()).knowledge() + 0.2, "from one who knows more (levels 0.4 apart)");
        }
        assertTrue(n > 20, "ties formed: " + n);
    }

    /** The k-th, 2k-th, ... candidate of a search (counting from 0: i = k-1, 2k-1, ...); never for k = 0. */
    @Test
    void everyKthCandidate() {
        assertFalse(PartnerSearch.every(0, 0));
        assertFalse(PartnerSearch.every(3, 0));
        assertTrue(PartnerSearch.every(0, 1));
        assertTrue(PartnerSearch.every(1, 1));
        assertFalse(PartnerSearch.every(0, 2));
        assertTrue(PartnerSearch.every(1, 2));
        assertFalse(PartnerSearch.every(2, 2));
        assertTrue(PartnerSearch.every(3, 2));
        assertFalse(PartnerSearch.every(0, 3));
        assertFalse(PartnerSearch.every(1, 3));
        assertTrue(PartnerSearch.every(2, 3));
        assertTrue(PartnerSearch.every(5, 3));
    }

    /**
     * Producer NGOs sell their members' produce, as market NGOs do: with traderBuyerCandidateInterval 1 every
     * candidate of a producer NGO is a buyer, and its tie to the one buyer forms (formationBias 20) on the market
     * layer; a conventional NGO's candidates with ngoPeerCandidateInterval 1 are all NGOs: it ties to the producer NGO
     * and to no SME.
     */
    @Test
    void producerNgosSeekBuyersAndPeerIntervalOneMeansOnlyNgos() {
        World w = month(yaml("partnerSearchProbability: 1, candidateSampleSize: 4, formationBias: 20, nearbyCandidateInterval: 0, "
                + "ngoPeerCandidateInterval: 1, traderBuyerCandidateInterval: 1", """
                companies:
                  - {id: buyer, domain: organic, demand: 0}
                ngos:
                  - {id: prod, type: producer, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: conv, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                smes:
                  - {id: g, domain: organic, count: 30}
                """));
        Actor prod = w.byId("prod"), conv = w.byId("conv"), buyer = w.byId("buyer");
        assertNotNull(w.ties.get(prod.index(), buyer.index(), Layer.MARKET));
        for (Tie t : w.ties.out(prod.index())) assertEquals(buyer.index(), t.to(), "a producer NGO's candidates are buyers");
        assertNotNull(w.ties.get(conv.index(), prod.index(), Layer.KNOWLEDGE));
        for (Tie t : w.ties.out(conv.index())) assertTrue(w.actor(t.to()) instanceof Ngo, "only NGO peers");
    }

    /**
     * Candidates met nearby (nearbyCandidateInterval 1: every one), NGOs seeking NGO peers (ngoPeerCandidateInterval
     * 1), formationBias 20. NGO a, in no platform, is tied to x (social responsibility), which is tied to the NGO y
     * (sustainable production) and to an SME: a's only partner of a partner of its kind is y, so it ties a -> y, one
     * tie formed in the month (y's and the SME's searches find no one: they have no partners, x's partners have none).
     * Drawn from a's own domain it could not have met y, and it never ties to the SME.
     */
    @Test
    void candidatesMetThroughPartnersOfPartners() {
        World w = month(yaml("partnerSearchProbability: 1, candidateSampleSize: 4, formationBias: 20, nearbyCandidateInterval: 1, "
                + "ngoPeerCandidateInterval: 1", """
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: x, type: conventional, domain: socialResponsibility, cash: 100000, monthlyCost: 1000}
                  - {id: y, type: conventional, domain: sustainableProduction, cash: 100000, monthlyCost: 1000}
                smes:
                  - {id: s, domain: socialResponsibility, count: 1}
                ties:
                  - {from: a, to: x, layer: knowledge, weight: 1}
                  - {from: x, to: y, layer: knowledge, weight: 1}
                  - {from: x, to: s, layer: knowledge, weight: 1}
                """));
        Actor a = w.byId("a"), y = w.byId("y"), s = w.byId("s.0001");
        assertNotNull(w.ties.get(a.index(), y.index(), Layer.KNOWLEDGE));
        assertNull(w.ties.get(a.index(), s.index(), Layer.KNOWLEDGE));
        assertEquals(1, w.counters.tiesFormed);
    }

    /**
     * Candidates met through a platform (nearbyCandidateInterval 1, ngoPeerCandidateInterval 1, formationBias 20): NGO
     * a (organic) and NGO b (social responsibility) are members of platform p with an SME. In 8 draws a meets b among
     * the co-members and ties a -> b, and never ties to the SME, though it meets it; a buyer sought by a market NGO on
     * the platform is still drawn from its domain (buyers are never met nearby): m ties to the buyer, who is in no
     * platform and no one's partner.
     */
    @Test
    void candidatesMetThroughAPlatformAndBuyersAlwaysDrawn() {
        World w = month(yaml("partnerSearchProbability: 1, candidateSampleSize: 8, formationBias: 20, nearbyCandidateInterval: 1, "
                + "ngoPeerCandidateInterval: 1, traderBuyerCandidateInterval: 1", """
                companies:
                  - {id: buyer, domain: organic, demand: 0}
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: b, type: conventional, domain: socialResponsibility, cash: 100000, monthlyCost: 1000}
                  - {id: mk, type: market, domain: organic, cash: 100000, monthlyCost: 1000}
                platforms:
                  - {id: p, domain: organic, members: [a, b, mk], monthlyCost: 0}
                smes:
                  - {id: s, domain: organic, count: 1, platform: p}
                """));
        Actor a = w.byId("a"), b = w.byId("b"), s = w.byId("s.0001");
        assertNotNull(w.ties.get(a.index(), b.index(), Layer.KNOWLEDGE));
        assertNull(w.ties.get(a.index(), s.index(), Layer.KNOWLEDGE));
        assertNotNull(w.ties.get(w.byId("mk").index(), w.byId("buyer").index(), Layer.MARKET));
    }

    /**
     * A search scores candidateSampleSize candidates: a conventional NGO seeking only SMEs (no peers, nothing
     * nearby) among 300 draws 3 and ties to each (formationBias 20), all three distinct at this seed (a repeat, chance
     * about 1 in 100, would already be tied): 3 ties from it. SMEs' own searches tie SMEs to SMEs, never from the NGO.
     */
    @Test
    void aSearchScoresItsSampleOfCandidates() {
        World w = month(yaml("partnerSearchProbability: 1, candidateSampleSize: 3, formationBias: 20, nearbyCandidateInterval: 0, "
                + "ngoPeerCandidateInterval: 0", """
                ngos:
                  - {id: conv, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                smes:
                  - {id: g, domain: organic, count: 300}
                """));
        assertEquals(3, w.ties.out(w.byId("conv").index()).size());
    }

    /**
     * A partner already tied is not sought again: the agency's one candidate is the NGO its scenario tie (the first tie
     * of the world, so it holds the store's first slot) already reaches, so although every tie sought would form
     * (formationBias 20) none forms and the tie keeps its weight of 0.9 (no decay or strengthening).
     */
    @Test
    void aPartnerAlreadyTiedIsNotSoughtAgain() {
        World w = month(yaml("partnerSearchProbability: 1, candidateSampleSize: 1, formationBias: 20, nearbyCandidateInterval: 0, "
                + "tieDecayRate: 0, tieStrengthenRate: 0, newTieWeight: 0.3", """
                governments:
                  - {id: gov, domain: organic, budget: 0}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                ties:
                  - {from: gov, to: n, layer: knowledge, weight: 0.9}
                """));
        Tie t = w.ties.get(w.byId("gov").index(), w.byId("n").index(), Layer.KNOWLEDGE);
        assertEquals(0, w.ties.slot(w.byId("gov").index(), w.byId("n").index(), Layer.KNOWLEDGE), "the store's first slot");
        assertEquals(0, w.counters.tiesFormed);
        assertEquals(0.9, t.weight(), 1e-12);
        assertEquals(1, w.ties.out(w.byId("gov").index()).size());
    }
}
