package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.Tiny;
import ayni.agents.Actor;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Layer;
import org.junit.jupiter.api.Test;

/**
 * The latitude of rejection (7.22, 7.19): a tie partner beyond it pushes an organisation's discourse away instead of
 * pulling it, funding ties never do, and organisations do not seek new ties across it.
 */
class DiscourseRejectionStepTest {

    private static World run(String yaml, int steps) {
        return StepWorld.run(yaml, 5, steps).world();
    }

    private static final String MOVING = StepWorld.drifting("discourseRejectionDistance: 0.8, discourseRepulsionRate: 0.2");

    @Test
    void aFarPartnerPushesAnOrganisationAwayWhileANearOnePullsIt() {
        String yaml = Tiny.HEADER + MOVING + """
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 1000000, discourse: [0, 0]}
                  - {id: b, type: conventional, domain: organic, cash: 1000000, discourse: [0.4, 0]}
                  - {id: c, type: market, domain: organic, cash: 1000000, discourse: [0.8, 0.6]}
                ties:
                  - {from: a, to: b, layer: knowledge, weight: 1}
                  - {from: a, to: c, layer: knowledge, weight: 1}
                """;
        World w = run(yaml, 1);
        // a: b (distance 0.4) is within the latitude 0.8 and pulls: +0.1 x (0.4, 0) = (0.04, 0); c (distance 1.0) is
        // beyond it and holds half of a's tie weight, so it pushes at 0.2 x 0.5 = 0.1: +0.1 x ((0, 0) - (0.8, 0.6))
        // = (-0.08, -0.06); a ends at (-0.04, -0.06) (without rejection it would move toward (0.6, 0.3): (0.06, 0.03))
        assertEquals(-0.04, w.byId("a").discourse().x(), 1e-12);
        assertEquals(-0.06, w.byId("a").discourse().y(), 1e-12);
        // b: a is near and pulls: 0.4 + 0.1 x (0 - 0.4) = 0.36
        assertEquals(0.36, w.byId("b").discourse().x(), 1e-12);
        // c: its only partner a is beyond the latitude: pushed at the full 0.2: (0.8, 0.6) + 0.2 x (0.8, 0.6)
        assertEquals(0.96, w.byId("c").discourse().x(), 1e-12);
        assertEquals(0.72, w.byId("c").discourse().y(), 1e-12);
    }

    @Test
    void aFarFunderStillPullsAndAFarSmeIsNotRejected() {
        String yaml = Tiny.HEADER + MOVING + """
                donors:
                  - {id: d, kind: bilateral, budget: 0, domains: {organic: 1}, discourse: [1, 1]}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 1000000, discourse: [0, 0]}
                  - {id: m, type: conventional, domain: organic, cash: 1000000, discourse: [0, 0]}
                smes:
                  - {id: g, domain: organic, count: 1, discourse: [-1, -1]}
                ties:
                  - {from: d, to: n, layer: funding, weight: 1}
                  - {from: m, to: g, layer: knowledge, weight: 1}
                """;
        World w = run(yaml, 1);
        // the funder (distance 1.41) is not rejected: its tie pulls n a tenth of the way, to (0.1, 0.1)
        assertEquals(0.1, w.byId("n").discourse().x(), 1e-12);
        assertEquals(0.1, w.byId("n").discourse().y(), 1e-12);
        // the SME (near (-1, -1), its group's position with a little spread) pulls m a tenth of the way; the SME, tied
        // to m only, moved a tenth of the way toward m's (0, 0), so it started at its position now / 0.9
        Actor sme = w.active(ActorKind.SME).iterator().next();
        assertTrue(Math.hypot(sme.discourse().x(), sme.discourse().y()) / 0.9 > 1.0, "the SME started beyond the latitude");
        assertEquals(0.1 * sme.discourse().x() / 0.9, w.byId("m").discourse().x(), 1e-12);
        assertEquals(0.1 * sme.discourse().y() / 0.9, w.byId("m").discourse().y(), 1e-12);
    }

    @Test
    void organisationsDoNotSeekTiesAcrossTheLatitudeOfRejection() {
        String yaml = Tiny.HEADER + """
                parameters: {partnerSearchProbability: 1, formationBias: 20, nearbyCandidateInterval: 0, ngoEntryRate: 0,
                  smeEntryRate: 0, smeExitRate: 0, tieDecayRate: 0, discourseInfluenceRate: 0, funderPressureRate: 0,
                  ngoTypeChangeProbability: 0, discourseRejectionDistance: 0.8, discourseRepulsionRate: 0}
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 1000000, discourse: [0, 0]}
                  - {id: b, type: conventional, domain: organic, cash: 1000000, discourse: [0.2, 0]}
                  - {id: c, type: conventional, domain: organic, cash: 1000000, discourse: [1, 1]}
                """;
        World w = run(yaml, 12);
        // every NGO searches every month and every candidate it meets within the latitude accepts (formation bias 20)
        assertTrue(tied(w, "a", "b"), "the near pair ties");
        assertNull(w.ties.get(w.byId("a").index(), w.byId("c").index(), Layer.KNOWLEDGE));
        assertTrue(!tied(w, "a", "c") && !tied(w, "b", "c"), "no tie across the latitude of rejection");
        // with the latitude wider than any distance the far NGO is tied too
        World open = run(yaml.replace("discourseRejectionDistance: 0.8", "discourseRejectionDistance: 2.9"), 12);
        assertNotNull(open.byId("c"));
        assertTrue(tied(open, "a", "c") || tied(open, "b", "c"), "without the latitude the far NGO is tied");
    }

    private static boolean tied(World w, String x, String y) {
        Actor a = w.byId(x), b = w.byId(y);
        return w.ties.get(a.index(), b.index(), Layer.KNOWLEDGE) != null
                || w.ties.get(b.index(), a.index(), Layer.KNOWLEDGE) != null;
    }
}
