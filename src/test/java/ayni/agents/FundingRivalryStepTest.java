package ayni.agents;

import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ayni.StepWorld;
import ayni.domain.Domain;
import ayni.model.AyniModel;
import java.util.EnumMap;
import org.junit.jupiter.api.Test;

/**
 * The aid open to each domain's NGOs and the edges of rivalry (docs/ODD.md 7.28; the monthly step's clashes are in
 * `ayni.model.ConflictStepTest`).
 */
class FundingRivalryStepTest {

    /**
     * Donor d gives half its channels to NGOs and splits its domains 3 : 1, so 120,000 x 0.5 x 3/4 = 45,000 a year is
     * open to organic NGOs and 15,000 to BSR ones; e funds SMEs only, and f is leaving: neither counts.
     */
    @Test
    void aidOpenToNgosIsEachDonorsBudgetByItsNgoChannelAndDomainShares() {
        AyniModel m = StepWorld.start(yaml("", """
                donors:
                  - {id: d, kind: bilateral, budget: 120000, domains: {organic: 3, socialResponsibility: 1}, channels: {ngo: 1, sme: 1}}
                  - {id: e, kind: bilateral, budget: 500000, domains: {organic: 1}, channels: {sme: 1}}
                  - {id: f, kind: bilateral, budget: 900000, domains: {organic: 1}, channels: {ngo: 1}}
                """));
        m.runStep();
        World w = m.world();
        ((Donor) w.byId("f")).leaving = true;
        EnumMap<Domain, Double> aid = FundingRivalry.aidByDomain(w);
        assertEquals(45000, aid.get(Domain.ORGANIC), 1e-9);
        assertEquals(15000, aid.get(Domain.SOCIAL_RESPONSIBILITY), 1e-9);
    }

    /** Two NGOs short of funds in a domain no donor funds have no aid to compete for, however high the rate. */
    @Test
    void withoutAidOpenToThemNgosDoNotClash() {
        AyniModel m = StepWorld.start(yaml("fundingRivalryRate: 1, fundingConflictProbability: 0", """
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                  - {id: b, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                """));
        m.runStep();
        assertEquals(0, m.world().counters.conflictChancesNgoNgo);
        assertEquals(0, m.world().counters.conflictsNgoNgo);
    }
}
