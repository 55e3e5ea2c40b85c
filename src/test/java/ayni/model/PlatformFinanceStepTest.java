package ayni.model;

import static ayni.StepWorld.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.Tiny;
import ayni.agents.Platform;
import ayni.agents.World;
import ayni.metrics.StepObserver;
import ayni.metrics.TimeSeries;
import org.junit.jupiter.api.Test;

/**
 * SF7's mechanism on a hand-made world (docs/ODD.md 7.16; §7.2.6 L2808, §7.6a, §8.6.1): a platform that lives on aid
 * goes dormant once the aid ends, while one its members finance through their fees persists.
 */
class PlatformFinanceStepTest {

    /**
     * {@code pa} (running costs 100 a month) receives a two-year grant of 200 a month from a donor that leaves at the
     * end of 2000 (the grant runs to its end, 2001-12); it holds its project share (half of it, with no member to pass
     * it to) plus 12 months of costs and spends the rest on its activities (7.16), so it holds about 2,450 when the
     * aid ends, lives on that for about two years and is dormant by the end of 2004. {@code ps} (costs 100, 300 in hand) has five micro SME members
     * that sell 800 a month to a buyer and each pay it 0.03 x 800 = 24: 120 a month covers its costs, so it is never
     * dormant and counts as self-financed. At the end: failed share 0 among self-financed platforms, 1 among
     * aid-financed ones. Without member fees {@code ps} goes dormant in its fourth month.
     */
    @Test
    void anAidFinancedPlatformGoesDormantWhenItsAidEndsASelfFinancedOnePersists() {
        String yaml = Tiny.HEADER + params("") + """
                donors:
                  - {id: d, kind: internationalNgo, budget: 12000, domains: {organic: 1}, channels: {platform: 1},
                     grantCycleYears: 2, discourse: [0, 0], until: 2000-12}
                platforms:
                  - {id: pa, domain: organic, cash: 100, monthlyCost: 100}
                  - {id: ps, domain: socialResponsibility, cash: 300, monthlyCost: 100}
                companies:
                  - {id: buyer, domain: socialResponsibility, demand: 5, premium: 0, requirement: 0}
                smes:
                  - {id: g, domain: socialResponsibility, count: 5, size: {micro: 1}, platform: ps, practice: [0.9, 0.9]}
                ties:
                  - {from: d, to: pa, layer: funding, weight: 1}
                  - {from: g, to: buyer, layer: market, weight: 1}
                """;
        StepObserver observer = new StepObserver(1);
        AyniModel m = StepWorld.observed(yaml, observer);
        World w = m.world();
        Platform pa = (Platform) w.byId("pa"), ps = (Platform) w.byId("ps");
        for (int i = 0; i < 60; i++) m.runStep();
        assertTrue(pa.aidIncome() > 0, "the donor funded it");
        assertTrue(pa.dormant(), "its aid ended three years ago");
        assertFalse(ps.dormant(), "its members' fees pay its costs");
        assertEquals(5 * 24.0 * 60, ps.feeIncome(), 1e-6);
        assertTrue(ps.selfFinanced(w.params));
        TimeSeries ts = observer.series();
        int last = ts.rows().length - 1;
        assertEquals(0.0, ts.get(last, "platformFailedShare_selfFinanced"), 1e-12);
        assertEquals(1.0, ts.get(last, "platformFailedShare_aidFinanced"), 1e-12);

        AyniModel none = StepWorld.run(yaml.replace("parameters: {", "parameters: {platformFeeShare: 0, "), 4);
        assertTrue(((Platform) none.world().byId("ps")).dormant(), "without fees 300 lasts three months");
    }
}
