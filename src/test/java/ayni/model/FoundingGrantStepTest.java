package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.Tiny;
import ayni.agents.Actor;
import ayni.agents.Donor;
import ayni.agents.Grant;
import ayni.agents.Ngo;
import ayni.domain.ActorKind;
import ayni.domain.IncomeSource;
import org.junit.jupiter.api.Test;

/** A newly founded NGO starts with a grant from a donor of its domain (docs/ODD.md 7.23): the monthly step. */
class FoundingGrantStepTest {

    /**
     * NGOs are founded at 20 a year. The donor's performance threshold of 1 keeps it from picking any grantee itself,
     * so only founding grants are made. It has 10,000 a month; a new NGO's running costs are half the mean of the
     * domain's NGOs (500 for the first), and it can absorb twice that (1,000 for the first), far below the free budget:
     * every NGO founded (the first three here) gets a grant of what it can absorb for two years from its founding
     * month, paid every month. Without founding grants none would be funded.
     */
    @Test
    void newNgosStartWithAGrantFromADonorOfTheirDomain() {
        String yaml = Tiny.HEADER + StepWorld.params("performanceThreshold: 1").replace("ngoEntryRate: 0",
                "ngoEntryRate: 20") + """
                donors:
                  - {id: d1, kind: internationalNgo, budget: 120000, domains: {organic: 1}, channels: {ngo: 1}, grantCycleYears: 2,
                     fundingRule: performance, discourse: [0, 0]}
                ngos:
                  - {id: n1, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                """;
        AyniModel m = StepWorld.start(yaml);
        int founded = 0;
        for (int i = 0; i < 24 && founded < 3; i++) {
            m.runStep();
            founded = m.world().active(ActorKind.NGO).size() - 1;
        }
        assertTrue(founded >= 3, "NGOs founded: " + founded);
        Donor d1 = (Donor) m.world().byId("d1");
        assertEquals(founded, d1.grants().size());
        for (Grant g : d1.grants()) {
            assertTrue(g.recipient().id().startsWith("new-ngo."), g.recipient().id());
            assertTrue(g.monthly() > 0);
            assertEquals(g.monthly(), ((Ngo) g.recipient()).income(IncomeSource.DONOR_GRANTS), 1e-9, "paid this month");
        }
        assertEquals(1000, d1.grants().get(0).monthly(), 1e-9, "the first: 2 x 0.5 x 1,000");
    }
}
