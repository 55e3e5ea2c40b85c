package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.agents.Actor;
import ayni.agents.Platform;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.SmeSize;
import org.junit.jupiter.api.Test;

/**
 * The world a scenario starts from (docs/ODD.md 7.1, `ScenarioBuilder`): the SMEs a group generates, each drawing
 * its attributes uniformly within the group's ranges, and platforms whose members are whole SME groups. Checked on
 * small hand-made worlds as built by start(), before their first month.
 */
class ScenarioBuilderStepTest {

    /**
     * 400 micro SMEs of group "cof" (named "Coffee growers"), knowledge drawn in [0.4, 0.6], practice in [0.2, 0.3],
     * embeddedness in [0.7, 0.9], own capital in [0, smeCapitalFactor 2 x adoptionCostMicro 1,500] = [0, 3,000]; every
     * draw lies in its range, and the means of the uniform draws lie within 4 standard errors of the middle: range /
     * sqrt(12) / sqrt(400), i.e. 0.0115 for knowledge, 0.0058 for practice and embeddedness, 173 USD for capital.
     * The SMEs are named by the group's name and their ids; a group without a name names them by id.
     */
    @Test
    void smesDrawTheirAttributesUniformlyWithinTheirGroupsRanges() {
        AyniModel m = StepWorld.start(StepWorld.yaml("smeCapitalFactor: 2, adoptionCostMicro: 1500", """
                smes:
                  - {id: cof, name: Coffee growers, domain: organic, count: 400, size: {micro: 1}, knowledge: [0.4, 0.6],
                     practice: [0.2, 0.3], embeddedness: [0.7, 0.9]}
                  - {id: anon, domain: organic, count: 1}
                """));
        World w = m.world();
        double k = 0, p = 0, e = 0, c = 0;
        int n = 0;
        for (Actor a : w.actors()) {
            if (!(a instanceof Sme s) || !s.id().startsWith("cof.")) continue;
            assertTrue(s.knowledge() >= 0.4 && s.knowledge() <= 0.6, "knowledge " + s.knowledge());
            assertTrue(s.practice() >= 0.2 && s.practice() <= 0.3, "practice " + s.practice());
            assertTrue(s.embeddedness() >= 0.7 && s.embeddedness() <= 0.9, "embeddedness " + s.embeddedness());
            assertTrue(s.capital() >= 0 && s.capital() <= 3000, "capital " + s.capital());
            k += s.knowledge();
            p += s.practice();
            e += s.embeddedness();
            c += s.capital();
            n++;
        }
        assertEquals(400, n);
        assertEquals(0.5, k / n, 0.0115);
        assertEquals(0.25, p / n, 0.0058);
        assertEquals(0.8, e / n, 0.0058);
        assertEquals(1500, c / n, 173);
        assertEquals("Coffee growers cof.0001", w.byId("cof.0001").name());
        assertEquals("anon.0001", w.byId("anon.0001").name());
    }

    /** A platform that lists an SME group among its members has every SME of the group as a member, and its NGO. */
    @Test
    void aPlatformCanTakeAWholeSmeGroupAsMembers() {
        AyniModel m = StepWorld.start(StepWorld.yaml("", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 10000}
                platforms:
                  - {id: p, domain: organic, members: [g, n], monthlyCost: 0}
                smes:
                  - {id: g, domain: organic, count: 5}
                  - {id: h, domain: organic, count: 2}
                """));
        World w = m.world();
        Platform p = (Platform) w.byId("p");
        assertEquals(6, p.members().size());
        for (int i = 1; i <= 5; i++) assertTrue(p.isMember(w.byId(String.format("g.%04d", i))));
        assertTrue(p.isMember(w.byId("n")));
        assertTrue(!p.isMember(w.byId("h.0001")));
    }

    /**
     * Size shares may add up to 1 within 0.01 (the loader's tolerance): micro 0.5 and small 0.492 leave 0.008 of the
     * draws past both, which take the last size listed (small). Of 2,000 SMEs every one is micro or small, and
     * micro's share is 0.5 within 4 x sqrt(0.25 / 2,000) = 0.045.
     */
    @Test
    void sizeSharesShortOfOneGiveTheRestToTheLastSize() {
        AyniModel m = StepWorld.start(StepWorld.yaml("", """
                smes:
                  - {id: g, domain: organic, count: 2000, size: {micro: 0.5, small: 0.492}}
                """));
        int micro = 0, small = 0;
        for (Actor a : m.world().actors()) {
            if (!(a instanceof Sme s)) continue;
            if (s.size() == SmeSize.MICRO) micro++;
            if (s.size() == SmeSize.SMALL) small++;
        }
        assertEquals(2000, micro + small);
        assertEquals(0.5, micro / 2000.0, 0.045);
    }
}
