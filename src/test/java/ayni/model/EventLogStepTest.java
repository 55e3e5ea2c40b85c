package ayni.model;

import static ayni.StepWorld.start;
import static ayni.StepWorld.steps;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ayni.agents.Company;
import ayni.agents.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event log (docs/ODD.md 7.25), the plain-words account users read of what each event did: one event of each kind
 * on a small hand-made world, with the targets and the effect written for it, the donor exit by {@code until}, the
 * election of the scenario's {@code elections} list and a lever pulled by hand.
 */
class EventLogStepTest {

    /**
     * d1 spends its whole 2,000 a month on its named grant to n1 (grantShare 1, absorptionFactor 1 x 2,000 of running
     * costs), so at its abrupt exit with referral 1 it has exactly one grantee to refer (to d2 or d3, both funding
     * organic). The buyer c1 has all 20 SMEs of g as suppliers (share 1); demand 10 x 0.3 = 3 keeps 3, so 17 ties are
     * dropped, and its premium becomes 0.2 x 0.5 = 0.1. Counts of one take the singular, others the plural ("agency",
     * "agencies"). d3 leaves after its until month 2000-10 (logged in 2000-11, at its own exit mode, so without one in
     * the text); d4, named by an exit before its entry in 2001-01, never comes: 0 donors leave.
     */
    static final String WORLD = """
            donors:
              - {id: d1, kind: bilateral, budget: 24000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}}
              - {id: d2, kind: bilateral, budget: 24000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}, ngoTypes: {market: 1}}
              - {id: d3, kind: bilateral, budget: 24000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}, until: 2000-10}
              - {id: d4, kind: bilateral, budget: 24000, domains: {organic: 1}, grantCycleYears: 2, channels: {ngo: 1}, from: 2001-01}
            ngos:
              - {id: n1, type: conventional, domain: organic, cash: 0, monthlyCost: 2000}
              - {id: n2, type: market, domain: organic, cash: 0, monthlyCost: 1000, from: 2003-01}
              - {id: n3, type: market, domain: organic, cash: 0, monthlyCost: 1000}
              - {id: n4, type: market, domain: organic, cash: 0, monthlyCost: 1000}
            governments:
              - {id: ga, domain: organic, budget: 0}
              - {id: gb, domain: sustainableProduction, budget: 0}
            companies:
              - {id: c1, domain: organic, demand: 10, premium: 0.2, exportBuyer: true}
            smes:
              - {id: g, domain: organic, count: 20, practice: [0.9, 0.9]}
            ties:
              - {from: d1, to: n1, layer: funding, weight: 1}
              - {from: g, to: c1, layer: market, weight: 0.6, share: 1}
            elections: [2000-12]
            events:
              - {at: 2000-02, kind: budgetChange, donors: [d2, d3], governments: [ga], factor: 0.5, yearlyRate: 0.02}
              - {at: 2000-03, kind: fundingRule, donors: [d2], rule: performance}
              - {at: 2000-03, kind: domainShift, donors: [d2], domains: {organic: 1, sustainableProduction: 0.5}}
              - {at: 2000-04, kind: channelShift, donors: [d2], channels: {ngo: 1, government: 2}}
              - {at: 2000-04, kind: ngoTypeShift, donors: all, ngoTypes: {conventional: 1, market: 0.5}}
              - {at: 2000-05, kind: actorEntry, actors: [n2]}
              - {at: 2000-05, kind: actorExit, actors: [n3, n4]}
              - {at: 2000-06, kind: policy, governments: all, regulation: 0.8, enforcement: 0.5, subsidy: 500, greenCredit: true, certificationRecognition: true}
              - {at: 2000-07, kind: marketShock, companies: [c1], demandFactor: 0.3, premiumFactor: 0.5}
              - {at: 2000-08, kind: parameter, name: tieDecayRate, value: 0.2}
              - {at: 2000-09, kind: donorExit, donors: [d1], exitMode: abrupt, referral: 1}
              - {at: 2000-09, kind: election}
              - {at: 2000-10, kind: donorExit, donors: [d4]}
            """;

    @Test
    void eachEventKindWritesItsTargetsAndEffectInPlainWords() {
        AyniModel m = start(yaml("grantShare: 1, absorptionFactor: 1", WORLD));
        steps(m, 12);
        m.pull(Lever.ELECTION, null);
        steps(m, 2);
        List<String> log = new ArrayList<>();
        for (var e : m.eventLog().entries()) log.add(e.month() + " " + e.kind() + " [" + e.targets() + "] " + e.effect() + " / " + e.origin());
        assertEquals(List.of(
                "2000-02 budgetChange [d2 d3 ga] 3 budgets x0.5, 0.02 a year / EVENT",
                "2000-03 fundingRule [d2] 1 donor now use the performance rule / EVENT",
                "2000-03 domainShift [d2] domain priorities {organic: 1, sustainableProduction: 0.5} / EVENT",
                "2000-04 channelShift [d2] channels {ngo: 1, government: 2} / EVENT",
                "2000-04 ngoTypeShift [all] NGO type preferences {conventional: 1, market: 0.5} / EVENT",
                "2000-05 actorEntry [n2] 1 actor enter / EVENT",
                "2000-05 actorExit [n3 n4] 2 actors leave / EVENT",
                "2000-06 policy [all] 2 agencies: regulation 0.8 enforcement 0.5 subsidy 500.0 greenCredit true"
                        + " certificationRecognition true / EVENT",
                "2000-07 marketShock [c1] 1 buyer changed, 17 supplier ties dropped / EVENT",
                "2000-08 parameter [tieDecayRate] tieDecayRate = 0.2 / EVENT",
                "2000-09 donorExit [d1] 1 donor leave (abrupt), 1 grantee referred / EVENT",
                "2000-09 election [] ties of 2 agencies weakened / EVENT",
                "2000-10 donorExit [d4] 0 donors leave / EVENT",
                "2000-11 donorExit [d3] 1 donor leave / UNTIL",
                "2000-12 election [] ties of 2 agencies weakened / ELECTION",
                "2001-01 election [] ties of 2 agencies weakened / LEVER"), log);
        World w = m.world();
        assertEquals(0.1, ((Company) w.byId("c1")).premium(), 1e-12, "premium x premiumFactor");
        assertFalse(w.byId("d4").active(), "named by an exit before its entry: never comes");
        assertEquals(-1, w.byId("d4").enteredStep());
    }
}
