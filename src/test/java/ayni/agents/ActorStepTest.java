package ayni.agents;

import static ayni.StepWorld.month;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.Layer;
import ayni.network.Tie;
import org.junit.jupiter.api.Test;

/**
 * What every actor shares ({@code Actor}), seen in a monthly step: the platforms it belongs to and the partners a
 * shared platform brings (docs/ODD.md 7.19).
 */
class ActorStepTest {

    /**
     * A shared platform makes partners: with formationBias -10 and platformWeight 20 (no weight on discourse,
     * knowledge or legitimacy) a tie forms with probability 1 - 5e-5 between two members of the same platform and
     * 5e-5 otherwise (about 1% that one of some 180 draws between
     * non-members forms a tie). Of 40 SMEs, 20 are members of platform p and 20 of none; every SME draws 6 peers. Every
     * tie that forms joins two members, and some form (each member draws about 3 members).
     */
    @Test
    void partnersInTheSamePlatformTieOthersDoNot() {
        World w = month(yaml("partnerSearchProbability: 1, candidateSampleSize: 6, formationBias: -10, platformWeight: 20, "
                + "complementWeight: 0, discourseWeight: 0, legitimacyWeight: 0, nearbyCandidateInterval: 0", """
                platforms:
                  - {id: p, domain: organic, cash: 100000, monthlyCost: 1}
                smes:
                  - {id: in, domain: organic, count: 20, platform: p}
                  - {id: out, domain: organic, count: 20}
                """));
        assertEquals(java.util.List.of(w.byId("p")), w.byId("in.0001").platforms());
        assertTrue(w.byId("out.0001").platforms().isEmpty());
        int n = 0;
        for (Tie t : w.ties.all()) {
            if (t.layer() != Layer.KNOWLEDGE || !(w.actor(t.from()) instanceof Sme a) || !(w.actor(t.to()) instanceof Sme b)) continue;
            n++;
            assertTrue(a.id().startsWith("in.") && b.id().startsWith("in."), a.id() + " -> " + b.id());
        }
        assertTrue(n > 10, "ties formed: " + n);
    }
}
