package ayni.agents;

import static ayni.StepWorld.month;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import ayni.domain.Layer;
import org.junit.jupiter.api.Test;

/**
 * Mistrust at the edge of the latitude of rejection (docs/ODD.md 7.33): an organisation rejects only a partner
 * farther apart than discourseRejectionDistance, so one exactly at that distance is still sought as a partner and
 * still pulls. Positions (0, 0) and (0.5, 0) are exactly 0.5 apart (the square root of 0.25 is exact).
 */
class MistrustStepTest {

    /**
     * A government agency at (0, 0) searches once a month (partnerSearchProbability 1, one candidate) for an NGO of any
     * domain, and every tie sought forms (formationBias 20). Its one NGO, at (0.5, 0), stands exactly at the latitude
     * of 0.5, so the agency does not reject it and the knowledge tie agency -> NGO forms; at a latitude of 0.49 it is
     * beyond it and no tie forms.
     */
    @Test
    void anOrganisationExactlyAtTheLatitudeIsStillSoughtAsAPartner() {
        String actors = """
                governments:
                  - {id: gov, domain: organic, budget: 0, discourse: [0, 0]}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, discourse: [0.5, 0]}
                """;
        String search = "partnerSearchProbability: 1, candidateSampleSize: 1, formationBias: 20, nearbyCandidateInterval: 0, ";
        World at = month(yaml(search + "discourseRejectionDistance: 0.5", actors));
        assertNotNull(at.ties.get(at.byId("gov").index(), at.byId("n").index(), Layer.KNOWLEDGE));
        World beyond = month(yaml(search + "discourseRejectionDistance: 0.49", actors));
        assertNull(beyond.ties.get(beyond.byId("gov").index(), beyond.byId("n").index(), Layer.KNOWLEDGE));
    }

    /**
     * Two NGOs at (0, 0) and (0.5, 0) with a knowledge tie a -> b, latitude 0.5, discourseInfluenceRate 0.1 and
     * discourseRepulsionRate 0.1. Exactly at the latitude each pulls the other (7.33): a moves 0.1 of the way to b,
     * to x = 0.05, and b (pulled over its in-tie) to 0.5 - 0.05 = 0.45. Were they beyond it, each would push the other
     * away by the same 0.05 (a to -0.05, b to 0.55).
     */
    @Test
    void partnersExactlyAtTheLatitudePullEachOther() {
        World w = month(yaml("discourseInfluenceRate: 0.1, discourseRepulsionRate: 0.1, discourseRejectionDistance: 0.5", """
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, discourse: [0, 0]}
                  - {id: b, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, discourse: [0.5, 0]}
                ties:
                  - {from: a, to: b, layer: knowledge, weight: 1}
                """));
        assertEquals(0.05, w.byId("a").discourse().x(), 1e-12);
        assertEquals(0.45, w.byId("b").discourse().x(), 1e-12);
        assertEquals(0, w.byId("a").discourse().y(), 1e-12);
    }
}
