package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.Tiny;
import ayni.agents.Ngo;
import org.junit.jupiter.api.Test;

/** An NGO that cannot pay its costs falls back on its own income (docs/ODD.md 7.6): the monthly step by hand. */
class RetrenchmentStepTest {

    static final String WORLD = Tiny.HEADER + StepWorld.params("ngoDiversifyRate: 0, ngoMinimumCost: 500, ngoCoreCostShare: 1") + """
            ngos:
              - {id: core, type: technocratic, domain: organic, cash: 0, monthlyCost: 2000, ownIncome: {serviceFees: 800}}
              - {id: shell, type: conventional, domain: organic, cash: 0, monthlyCost: 2000, ownIncome: {serviceFees: 100}}
            """;

    /**
     * Month 1: both pay only their fees (800 and 100 of 2,000) and lay off 2%: 1,960. Month 2: the first earned 800
     * last month, at least the 500 minimum, so it drops to that core: costs 800, paid in full from month 3 on, and it
     * lasts. The second's 100 is too little to keep an organisation going: it goes on laying off 2% a month, never
     * pays in full (2,000 x 0.98^17 = 1,421 > 100) and closes after 18 months. With a minimum above 800 the first
     * closes too.
     */
    @Test
    void anNgoWithEnoughOwnIncomeShrinksToItAndSurvivesOneWithoutCloses() {
        AyniModel m = StepWorld.start(WORLD);
        Ngo core = (Ngo) m.world().byId("core"), shell = (Ngo) m.world().byId("shell");
        m.runStep();
        assertEquals(1960, core.monthlyCost(), 1e-9);
        m.runStep();
        assertEquals(800, core.monthlyCost(), 1e-9, "falls back on its fees");
        for (int i = 2; i < 20; i++) m.runStep();
        assertTrue(core.active());
        assertEquals(0, core.insolventMonths());
        assertEquals(800, core.monthlyCost(), 1e-9);
        assertFalse(shell.active(), "too little own income to live on");

        AyniModel off = StepWorld.start(WORLD.replace("ngoMinimumCost: 500", "ngoMinimumCost: 900"));
        for (int i = 0; i < 20; i++) off.runStep();
        assertFalse(off.world().byId("core").active(), "800 is below a minimum of 900");
    }

    static final String SMALL = Tiny.HEADER + StepWorld.params("ngoDiversifyRate: 0, ngoMinimumCost: 500, ngoCoreCostShare: 0.3") + """
            ngos:
              - {id: fees, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, ownIncome: {serviceFees: 400}}
              - {id: aid, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, ownIncome: {serviceFees: 100}}
            """;

    /**
     * Two small NGOs, both below the 500 minimum. Month 1: both lay off 2% (980). Month 2: the first's 400 of fees cover
     * 41% of 980, at least ngoCoreCostShare 0.3: it drops to 400 and lasts. The second's 100 (10%) do not: it closes
     * after 18 months. With the share at 1 (only the minimum rule) the first closes too.
     */
    @Test
    void aSmallNgoEarningAGoodShareOfItsCostsShrinksToItAndSurvives() {
        AyniModel m = StepWorld.start(SMALL);
        Ngo fees = (Ngo) m.world().byId("fees");
        for (int i = 0; i < 2; i++) m.runStep();
        assertEquals(400, fees.monthlyCost(), 1e-9, "falls back on its fees");
        for (int i = 2; i < 20; i++) m.runStep();
        assertTrue(fees.active());
        assertFalse(m.world().byId("aid").active(), "10% of its costs: too little to live on");

        AyniModel off = StepWorld.start(SMALL.replace("ngoCoreCostShare: 0.3", "ngoCoreCostShare: 1"));
        for (int i = 0; i < 20; i++) off.runStep();
        assertFalse(off.world().byId("fees").active(), "only the 500 minimum: 400 is too little");
    }
}
