package ayni.agents;

import static ayni.StepWorld.start;
import static ayni.StepWorld.steps;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.IncomeSource;
import ayni.domain.NgoType;
import ayni.model.AyniModel;
import org.junit.jupiter.api.Test;

/**
 * Step tests of an NGO's own economy (docs/ODD.md 7.5, 7.6): running costs that grow with reserves and income and
 * shrink when both run down, closure after months without paying, diversification into fees or sales, the type change
 * of a conventional NGO short of funds, where project money comes from and what happens to money no SME takes up, and
 * the NGO's measured results. Each runs whole monthly steps of a small hand-made world and checks an outcome worked
 * out by hand.
 */
class NgoStepTest {

    // ---- 7.5 Running costs grow with reserves and an income that covers them ---------------------------------

    /**
     * Both NGOs cost 1,000 a month and earn 2,000 in fees; incomeSmoothing 0.5, and recent income starts at the costs.
     * Fees reach the income of the month after they are earned: month 1 recent income 0.5 x 1,000 = 500 (no growth),
     * month 2 0.5 x 500 + 0.5 x 2,000 = 1,250 >= 1,000. "rich" (100,000 in cash) then grows 2% a month: 1,020 after
     * month 2, 1,040.4 after month 3. "lean" starts with 5,000 and saves 1,000 a month: its reserves are
     * 6, 7, ..., 12 months of costs after months 1..7 (not more than ngoReserveMonths 12: it stays at 1,000, and 6 is
     * not below half of 12, so it never cuts), 13 months after month 8, when it grows to 1,020.
     */
    @Test
    void anNgoGrowsOnlyWithAnIncomeThatCoversItsCostsAndMoreThanAYearOfReserves() {
        AyniModel m = start(yaml("incomeSmoothing: 0.5, ngoGrowthRate: 0.02, ngoReserveMonths: 12, ngoShrinkReserveShare: 0.5", """
                ngos:
                  - {id: rich, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, ownIncome: {serviceFees: 2000}}
                  - {id: lean, type: conventional, domain: organic, cash: 5000, monthlyCost: 1000, ownIncome: {serviceFees: 2000}}
                """));
        Ngo rich = (Ngo) m.world().byId("rich"), lean = (Ngo) m.world().byId("lean");
        m.runStep();
        assertEquals(1000, rich.monthlyCost(), 1e-9, "last month's income (nothing yet) does not cover the costs");
        assertEquals(2000, rich.income(IncomeSource.SERVICE_FEES), 1e-9);
        m.runStep();
        assertEquals(1020, rich.monthlyCost(), 1e-9);
        m.runStep();
        assertEquals(1040.4, rich.monthlyCost(), 1e-9);
        steps(m, 4);
        assertEquals(1000, lean.monthlyCost(), 1e-9, "12 months of reserves are not more than 12");
        assertEquals(12000, lean.cash(), 1e-9);
        m.runStep();
        assertEquals(1020, lean.monthlyCost(), 1e-9, "13 months of reserves");
    }

    /**
     * With incomeSmoothing 1 recent income is last month's income. "exact" costs 1,000 and earns 1,000: from month 2
     * its income covers its costs exactly, which is enough to grow (ngoGrowthRate 0.5: 1,500), then no more. "even"
     * has 1,000 in cash and earns 500: month 1 (nothing earned last month, 1 month of reserves) it cuts to 500; from
     * then on its income exactly covers its costs, so it cuts no further though its reserves stay at one month.
     */
    @Test
    void anIncomeThatExactlyCoversTheCostsCountsAsCoveringThem() {
        AyniModel m = start(yaml("incomeSmoothing: 1, ngoGrowthRate: 0.5, ngoReserveMonths: 12, ngoShrinkReserveShare: 0.5", """
                ngos:
                  - {id: exact, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, ownIncome: {serviceFees: 1000}}
                  - {id: even, type: conventional, domain: organic, cash: 1000, monthlyCost: 1000, ownIncome: {serviceFees: 500}}
                """));
        Ngo exact = (Ngo) m.world().byId("exact"), even = (Ngo) m.world().byId("even");
        m.runStep();
        assertEquals(1000, exact.monthlyCost(), 1e-9);
        assertEquals(500, even.monthlyCost(), 1e-9);
        steps(m, 2);
        assertEquals(1500, exact.monthlyCost(), 1e-9);
        assertEquals(500, even.monthlyCost(), 1e-9);
        assertEquals(500, even.cash(), 1e-9);
    }

    /**
     * Neither NGO earns anything (incomeSmoothing 0.5: recent income 500 after month 1, below the costs). "poor" has
     * 3,000: after paying, 2,000 = 2 months of reserves < 6, so it cuts 2% a month: 980, then 2,000 - 980 = 1,020
     * left, 960.4, then 59.6 left, 941.192. "saver" has 10,000: its reserves after months 1..4 are 9, 8, 7, 6 months
     * (not below 6) and it cuts only in month 5 (5 months): 980.
     */
    @Test
    void anNgoWithoutIncomeCutsItsCostsOnceItsReservesFallBelowHalfAYear() {
        AyniModel m = start(yaml("incomeSmoothing: 0.5, ngoGrowthRate: 0.02, ngoReserveMonths: 12, ngoShrinkReserveShare: 0.5", """
                ngos:
                  - {id: poor, type: conventional, domain: organic, cash: 3000, monthlyCost: 1000}
                  - {id: saver, type: conventional, domain: organic, cash: 10000, monthlyCost: 1000}
                """));
        Ngo poor = (Ngo) m.world().byId("poor"), saver = (Ngo) m.world().byId("saver");
        m.runStep();
        assertEquals(980, poor.monthlyCost(), 1e-9);
        steps(m, 2);
        assertEquals(941.192, poor.monthlyCost(), 1e-9);
        assertEquals(59.6, poor.cash(), 1e-9);
        assertEquals(0, poor.insolventMonths());
        m.runStep();
        assertEquals(1000, saver.monthlyCost(), 1e-9, "6 months of reserves are not below half of 12");
        assertEquals(1, poor.insolventMonths(), "59.6 does not pay 941.192");
        m.runStep();
        assertEquals(980, saver.monthlyCost(), 1e-9);
    }

    // ---- 7.6 Closure, diversification and type change -----------------------------------------------------------

    /** With ngoInsolvencyMonths 3, an NGO without cash or income is active after two months unpaid and closed after three. */
    @Test
    void anNgoClosesInTheMonthItReachesTheInsolvencyLimit() {
        AyniModel m = start(yaml("ngoInsolvencyMonths: 3", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                """));
        Ngo n = (Ngo) m.world().byId("n");
        steps(m, 2);
        assertTrue(n.active());
        assertEquals(2, n.insolventMonths());
        m.runStep();
        assertFalse(n.active());
        assertEquals(1, m.world().counters.ngoClosures);
    }

    /**
     * An insolvent NGO whose own income of last month, 200 in sales + 200 in service fees + 200 in member fees = 600,
     * reaches ngoMinimumCost 600 falls back on it in month 2 (month 1 it only lays off 2%, having earned nothing the
     * month before), pays it in full from month 3 and lasts.
     */
    @Test
    void anInsolventNgoFallsBackOnAllItsOwnIncome() {
        AyniModel m = start(yaml("ngoDiversifyRate: 0, ngoGrowthRate: 0.02, ngoMinimumCost: 600", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 2000, ownIncome: {sales: 200, serviceFees: 200, memberFees: 200}}
                """));
        Ngo n = (Ngo) m.world().byId("n");
        m.runStep();
        assertEquals(1960, n.monthlyCost(), 1e-9);
        m.runStep();
        assertEquals(600, n.monthlyCost(), 1e-9);
        m.runStep();
        assertEquals(0, n.insolventMonths());
        assertEquals(600, n.monthlyCost(), 1e-9);
    }

    /**
     * The two fall-back rules at their edges (ngoGrowthRate 0.25, so every amount is exact in binary). An NGO without
     * cash costing 2,000 that sells 750 a month lays off 25% in month 1 (1,500: it earned nothing the month before);
     * in month 2 its own income of last month, 750, is exactly ngoCoreCostShare 0.5 x 1,500, so it falls back on it:
     * 750, not 1,500 x 0.75 = 1,125. With ngoCoreCostShare 1 the share rule does not hold, but 750 is exactly
     * ngoMinimumCost 750: it falls back all the same (and with ngoCoreCostShare 0 any own income is enough). An NGO
     * without own income only lays off under every rule (1,500, then 1,125): with ngoCoreCostShare 0 too, a core of
     * nothing is no fall-back.
     */
    @Test
    void anNgoFallsBackOnItsOwnIncomeWhenItExactlyReachesEitherThreshold() {
        String ngo = """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 0, monthlyCost: 2000, ownIncome: {sales: 750}}
                  - {id: bare, type: conventional, domain: organic, cash: 0, monthlyCost: 2000}
                """;
        String[] rules = {"ngoMinimumCost: 5000, ngoCoreCostShare: 0.5", "ngoMinimumCost: 750, ngoCoreCostShare: 1",
                "ngoMinimumCost: 5000, ngoCoreCostShare: 0"};
        for (String rule : rules) {
            AyniModel m = start(yaml("ngoDiversifyRate: 0, ngoGrowthRate: 0.25, " + rule, ngo));
            Ngo n = (Ngo) m.world().byId("n"), bare = (Ngo) m.world().byId("bare");
            m.runStep();
            assertEquals(1500, n.monthlyCost(), 1e-9, rule);
            assertEquals(1500, bare.monthlyCost(), 1e-9, rule);
            m.runStep();
            assertEquals(750, n.monthlyCost(), 1e-9, rule);
            assertEquals(1125, bare.monthlyCost(), 1e-9, rule);
        }
    }

    /**
     * Two NGOs without cash cost 1,200 and have knowledge 0.5. In month 1 each lays off 2% (1,176) and builds up own
     * income of ngoDiversifyRate / 12 x 1,176 x 0.5 = 0.15 / 12 x 588 = 7.35 a month: service fees for the
     * conventional one, sales for the market one, earned from month 2 on.
     */
    @Test
    void anNgoShortOfFundsBuildsUpFeesOrSalesByItsType() {
        AyniModel m = start(yaml("ngoDiversifyRate: 0.15, ngoGrowthRate: 0.02, ngoMinimumCost: 500", """
                ngos:
                  - {id: conv, type: conventional, domain: organic, cash: 0, monthlyCost: 1200, knowledge: 0.5}
                  - {id: mkt, type: market, domain: organic, cash: 0, monthlyCost: 1200, knowledge: 0.5}
                """));
        Ngo conv = (Ngo) m.world().byId("conv"), mkt = (Ngo) m.world().byId("mkt");
        m.runStep();
        assertEquals(1176, conv.monthlyCost(), 1e-9);
        assertEquals(7.35, conv.ownIncome().get(IncomeSource.SERVICE_FEES), 1e-9);
        assertEquals(7.35, mkt.ownIncome().get(IncomeSource.SALES), 1e-9);
        assertFalse(conv.ownIncome().containsKey(IncomeSource.SALES));
        m.runStep();
        assertEquals(7.35, conv.income(IncomeSource.SERVICE_FEES), 1e-9, "earned in month 2");
        assertEquals(7.35, mkt.income(IncomeSource.SALES), 1e-9);
    }

    /**
     * 36 conventional NGOs short of funds (watchdog 0.8, discourse [0, 0]) with ngoTypeChangeProbability 1 a year:
     * each turns into a market NGO with probability 1/12 a month, so in month 1 about 3 change (at most 9 by a wide
     * margin), and within a year 1 - (11/12)^12 = 65% of them (about 23; between 12 and 33 by a wide margin). One
     * that changed watches half as much (0.4), moved toward the liberal market by +0.3 on both axes, and diversifies
     * into sales from then on. A market NGO never changes.
     */
    @Test
    void conventionalNgosShortOfFundsTurnIntoMarketNgosAtTheirYearlyRate() {
        StringBuilder ngos = new StringBuilder("ngos:\n");
        for (int i = 0; i < 36; i++) {
            ngos.append("  - {id: c").append(i).append(", type: conventional, domain: organic, cash: 0, monthlyCost: 1000, ")
                    .append("knowledge: 0.5, watchdog: 0.8, discourse: [0, 0]}\n");
        }
        ngos.append("  - {id: m, type: market, domain: organic, cash: 0, monthlyCost: 1000, knowledge: 0.5}\n");
        // the market-income gate (7.7) off: MarketTurnStepTest tests it
        AyniModel m = start(yaml("ngoTypeChangeProbability: 1, ngoInsolvencyMonths: 24, typeChangeWatchdogFactor: 0.5, "
                + "typeChangeDiscourseShift: 0.3, ngoTypeChangeMarketShare: 0", ngos.toString()));
        World w = m.world();
        m.runStep();
        int first = w.counters.ngoTypeChanges;
        assertEquals(first, marketNgos(w) - 1, "the month's counter");
        assertTrue(first <= 9, "a yearly probability, not a monthly one: " + first);
        steps(m, 11);
        int year = marketNgos(w) - 1;
        assertTrue(year >= 12 && year <= 33, "about 65% of 36 in a year: " + year);
        java.util.List<Ngo> changed = new java.util.ArrayList<>();
        for (int i = 0; i < 36; i++) if (((Ngo) w.byId("c" + i)).type() == NgoType.MARKET) changed.add((Ngo) w.byId("c" + i));
        m.runStep();
        for (Ngo n : changed) {
            assertEquals(0.4, n.watchdog(), 1e-12);
            assertEquals(0.3, n.discourse().x(), 1e-12);
            assertEquals(0.3, n.discourse().y(), 1e-12);
            assertTrue(n.ownIncome().getOrDefault(IncomeSource.SALES, 0.0) > 0, "diversifies into sales after the change");
        }
        assertEquals(NgoType.MARKET, ((Ngo) w.byId("m")).type());
    }

    static int marketNgos(World w) {
        int n = 0;
        for (Actor a : w.actors()) if (a instanceof Ngo g && g.type() == NgoType.MARKET) n++;
        return n;
    }

    // ---- 7.5 Project money --------------------------------------------------------------------------------------

    /**
     * ngoProjectShare 0.5 of grants, government contracts and platform funds becomes project money; fees do not. An
     * NGO paid 2,000 a month by a government agency and one paid 2,000 in fees by a company it advises, neither with
     * any SME to support: the first has 0.5 x 2,000 = 1,000 of project money, of which 1/projectMonths (1/10) no SME
     * took up goes back to running the organisation: 900 after month 1. The second has none.
     */
    @Test
    void grantsAndContractsBecomeProjectMoneyFeesDoNotAndUnusedProjectMoneyRunsDown() {
        AyniModel m = start(yaml("ngoProjectShare: 0.5, projectMonths: 10, companyServiceFee: 67", """
                governments:
                  - {id: gov, domain: organic, budget: 24000, cofinancing: 0}
                companies:
                  - {id: co, domain: organic, demand: 0}
                ngos:
                  - {id: contracted, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: adviser, type: business, domain: organic, cash: 100000, monthlyCost: 1000, knowledge: 0.9}
                ties:
                  - {from: gov, to: contracted, layer: funding, weight: 1}
                  - {from: adviser, to: co, layer: knowledge, weight: 1}
                """));
        Ngo contracted = (Ngo) m.world().byId("contracted"), adviser = (Ngo) m.world().byId("adviser");
        m.runStep();
        assertEquals(2000, contracted.income(IncomeSource.GOVERNMENT_CONTRACTS), 1e-9);
        assertEquals(900, contracted.projectFunds(), 1e-9);
        assertEquals(67, adviser.income(IncomeSource.SERVICE_FEES), 1e-9, "the company pays its adviser");
        assertEquals(0, adviser.projectFunds(), 1e-12, "fees are not project money");
    }

    /**
     * Legitimacy decays by legitimacyDecayRate a month: 0.5 x (1 - 0.1) = 0.45 after one month, 0.405 after two.
     */
    @Test
    void anNgosLegitimacyDecaysAtItsMonthlyRate() {
        AyniModel m = start(yaml("legitimacyDecayRate: 0.1", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, legitimacy: 0.5}
                """));
        Actor n = m.world().byId("n");
        m.runStep();
        assertEquals(0.45, n.legitimacy(), 1e-12);
        m.runStep();
        assertEquals(0.405, n.legitimacy(), 1e-12);
    }

    // ---- 7.7 Projects: whom an NGO offers them to, how many, and its measured results ---------------------------

    /**
     * The project world: an agency pays NGO "n" (knowledge 0.9) its budget of 120,000 a year, 10,000 a month, and 30
     * SMEs "o" of the NGO's domain that it does not know could take a project; with {@code known}, one SME "k" comes
     * first that the NGO knows (a knowledge tie).
     */
    static String projects(String params, boolean known) {
        return yaml(params, """
                governments:
                  - {id: gov, domain: organic, budget: 120000, cofinancing: 0}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, knowledge: 0.9}
                smes:
                """ + (known ? "  - {id: k, domain: organic, count: 1, embeddedness: [0, 0], discourseSpread: 0}\n" : "") + """
                  - {id: o, domain: organic, count: 30, embeddedness: [0, 0], discourseSpread: 0}
                ties:
                  - {from: gov, to: n, layer: funding, weight: 1}
                """ + (known ? "  - {from: n, to: k, layer: knowledge, weight: 1}\n" : ""));
    }

    /**
     * An agency pays the NGO 10,000 a month; half is project money (5,000). With supportShare 1 a micro SME's project
     * is its whole cost, 1,500. The NGO knows SME "k" (knowledge tie) among 30 it does not know; with two offers a
     * month, the first goes to "k", which accepts a project of projectMonths, the second to an SME it draws from its
     * domain; 5,000 - 2 x 1,500 = 2,000 is left, of which 1/6 no SME took up goes back to running the NGO.
     */
    @Test
    void anNgoOffersItsProjectToAnSmeItKnowsFirst() {
        AyniModel m = start(projects("supportShare: 1, ngoOffersPerMonth: 2, projectMonths: 6", true));
        World w = m.world();
        m.runStep();
        Sme k = (Sme) w.byId("k.0001");
        assertEquals(6, k.supportedUntil());
        assertEquals(1500, k.projectMoney(), 1e-9);
        assertEquals(2, w.counters.supportOffers);
        assertEquals(2, supported(w), "then one it did not know");
        assertEquals((5000 - 3000) * (1 - 1.0 / 6), ((Ngo) w.byId("n")).projectFunds(), 1e-9);
    }

    /**
     * The same NGO without a known SME: with up to 3 offers a month and 5,000 of project money, it offers to 3 SMEs
     * it draws from its domain (3 x 1,500 = 4,500 <= 5,000). With 1,000 of project money (agency 24,000 a year) the
     * first SME it draws gets all of it, less than a project, and the NGO has nothing left to offer.
     */
    @Test
    void anNgoMakesAtMostItsMonthlyOffersWhileItHasProjectMoney() {
        String yaml = projects("supportShare: 1, ngoOffersPerMonth: 3, projectMonths: 6", false);
        AyniModel m = start(yaml);
        m.runStep();
        assertEquals(3, m.world().counters.supportOffers);
        assertEquals(4500, supportedMoney(m.world()), 1e-9);
        assertEquals(3, supported(m.world()));

        AyniModel poor = start(yaml.replace("budget: 120000", "budget: 24000"));
        poor.runStep();
        assertEquals(1000, supportedMoney(poor.world()), 1e-9, "half of 2,000");
        assertEquals(1, supported(poor.world()), "1,000 is less than one project, spent on one SME");
    }

    /**
     * ngoOfferTries bounds the SMEs an NGO looks at for each offer. With one offer a month and one try, the NGO looks
     * only at the SME it knows, which has adopted already (projects aim at conversion): it makes no offer, although
     * 30 SMEs of its domain would take one. With two tries its second look goes to an SME drawn from the domain, one
     * of the 30 (here not the adopter, for this seed), which gets the offer.
     */
    @Test
    void anNgoLooksAtNoMoreSmesThanItsTriesAllow() {
        String yaml = projects("supportShare: 1, ngoOffersPerMonth: 1, ngoOfferTries: 1, projectMonths: 6", true);
        for (int tries = 1; tries <= 2; tries++) {
            AyniModel m = start(yaml.replace("ngoOfferTries: 1", "ngoOfferTries: " + tries));
            ((Sme) m.world().byId("k.0001")).setAdopted(true);
            m.runStep();
            assertEquals(tries - 1, m.world().counters.supportOffers, "tries " + tries);
        }
    }

    /**
     * The type change at its edge: 120 conventional NGOs without cash, each costing 2,000 and selling 750 a month,
     * with ngoTypeChangeMarketShare 0.5 and ngoGrowthRate 0.25. In month 1 each lays off to 1,500, so its sales are
     * exactly half its costs: market-based. With ngoTypeChangeProbability 1 a year, each turns market with
     * probability 1/12: 10 expected, at least one except with probability (11/12)^120 = 3e-5, at most 25 but for
     * 1e-5.
     */
    @Test
    void anNgoWhoseOwnIncomeExactlyReachesTheMarketShareCanTurnMarket() {
        StringBuilder ngos = new StringBuilder("ngos:\n");
        for (int i = 0; i < 120; i++) {
            ngos.append("  - {id: c").append(i).append(", type: conventional, domain: organic, cash: 0, monthlyCost: 2000, ")
                    .append("ownIncome: {sales: 750}}\n");
        }
        AyniModel m = start(yaml("ngoDiversifyRate: 0, ngoGrowthRate: 0.25, ngoMinimumCost: 5000, ngoCoreCostShare: 1, "
                + "ngoTypeChangeProbability: 1, ngoTypeChangeMarketShare: 0.5", ngos.toString()));
        ayni.domain.Discourse[] start = new ayni.domain.Discourse[120];
        for (int i = 0; i < 120; i++) start[i] = m.world().byId("c" + i).discourse();
        m.runStep();
        int market = 0;
        for (int i = 0; i < 120; i++) {
            Ngo n = (Ngo) m.world().byId("c" + i);
            if (n.type() != NgoType.MARKET) continue;
            market++;
            assertEquals(start[i], n.entryDiscourse(), "where it entered, before the shift of its type change");
            assertNotEquals(start[i], n.discourse());
        }
        assertTrue(market >= 1 && market <= 25, "turned market: " + market);
    }

    /**
     * An NGO needs more than 1 USD of project money to offer a project. An agency of budget 96 a year (8 a month)
     * contracts 8 x 0.25 = 2 to "edge" and 8 x 0.75 = 6 to "more"; with ngoProjectShare 0.5 they hold 1 and 3 of
     * project money in their exchange phase, which comes after the agency's. "more" offers its 3 to an SME (supportShare
     * 1: a project is the whole 1,500 cost, so all 3 go); "edge", with exactly 1, offers nothing. One offer in all,
     * 3 USD of project money with SMEs.
     */
    @Test
    void anNgoWithOneDollarOfProjectMoneyOffersNothing() {
        AyniModel m = start(yaml("supportShare: 1, ngoProjectShare: 0.5, ngoOffersPerMonth: 3, projectMonths: 6", """
                governments:
                  - {id: gov, domain: organic, budget: 96, cofinancing: 0}
                ngos:
                  - {id: edge, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, knowledge: 0.9}
                  - {id: more, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, knowledge: 0.9}
                smes:
                  - {id: o, domain: organic, count: 30, embeddedness: [0, 0], discourseSpread: 0}
                ties:
                  - {from: gov, to: edge, layer: funding, weight: 0.25}
                  - {from: gov, to: more, layer: funding, weight: 0.75}
                """));
        m.runStep();
        assertEquals(1, m.world().counters.supportOffers);
        assertEquals(3, supportedMoney(m.world()), 1e-9);
    }

    static double supportedMoney(World w) {
        double sum = 0;
        for (Actor a : w.actors()) if (a instanceof Sme s) sum += s.projectMoney();
        return sum;
    }

    static int supported(World w) {
        int n = 0;
        for (Actor a : w.actors()) if (a instanceof Sme s && s.supportedUntil() >= 0) n++;
        return n;
    }

    /**
     * Measured results start at ngoInitialResults 0.5 and move by resultsSmoothing 0.1 toward each report. "full"
     * pays its SME's whole cost (1,500 of its 5,000): the SME adopts in month 2, results 0.9 x 0.5 + 0.1 = 0.55.
     * "part" (another domain) has only 500 of project money (agency 12,000 a year): its SME, supported in month 1
     * until step 2, does not adopt a practice that does not pay, and when the project has ended (month 4, step 3) the
     * NGO's results fall to 0.45.
     */
    @Test
    void anNgosResultsRiseWithAnAdoptionAndFallWithAProjectThatEndsWithout() {
        AyniModel m = start(yaml("supportShare: 1, ngoOffersPerMonth: 1, projectMonths: 2, resultsSmoothing: 0.1, "
                + "ngoInitialResults: 0.5, savingsRate: 0, smeCapitalFactor: 0, lossRevertProbability: 0", """
                governments:
                  - {id: g1, domain: organic, budget: 120000, cofinancing: 0}
                  - {id: g2, domain: sustainableProduction, budget: 12000, cofinancing: 0}
                ngos:
                  - {id: full, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, knowledge: 0.9}
                  - {id: part, type: conventional, domain: sustainableProduction, cash: 100000, monthlyCost: 1000, knowledge: 0.9}
                smes:
                  - {id: a, domain: organic, count: 1, creditAccess: 0, embeddedness: [0, 0], discourseSpread: 0}
                  - {id: b, domain: sustainableProduction, count: 1, creditAccess: 0, embeddedness: [0, 0], discourseSpread: 0}
                ties:
                  - {from: g1, to: full, layer: funding, weight: 1}
                  - {from: g2, to: part, layer: funding, weight: 1}
                  - {from: full, to: a, layer: knowledge, weight: 1}
                  - {from: part, to: b, layer: knowledge, weight: 1}
                """));
        World w = m.world();
        Ngo full = (Ngo) w.byId("full"), part = (Ngo) w.byId("part");
        m.runStep();
        assertEquals(0.5, full.results(), 1e-12);
        assertEquals(500, ((Sme) w.byId("b.0001")).projectMoney(), 1e-9);
        m.runStep();
        assertTrue(((Sme) w.byId("a.0001")).adopted());
        assertEquals(0.55, full.results(), 1e-12);
        m.runStep();
        assertEquals(0.5, part.results(), 1e-12, "still supported");
        m.runStep();
        assertFalse(((Sme) w.byId("b.0001")).adopted());
        assertEquals(0.45, part.results(), 1e-12);
    }

    // ---- 7.8 Teaching -------------------------------------------------------------------------------------------

    /**
     * An NGO (knowledge 0.5) teaches on its knowledge ties only partners who know less: the novice (0.1) learns and
     * its tie records a flow each month; the tie to a peer who knows as much (0.5) carries nothing.
     */
    @Test
    void anNgoTeachesOnlyPartnersWhoKnowLess() {
        AyniModel m = start(yaml("", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, knowledge: 0.5, discourse: [0, 0]}
                smes:
                  - {id: novice, domain: organic, count: 1, knowledge: [0.1, 0.1], discourse: [0, 0], discourseSpread: 0}
                  - {id: peer, domain: organic, count: 1, knowledge: [0.5, 0.5], discourse: [0, 0], discourseSpread: 0}
                ties:
                  - {from: n, to: novice, layer: knowledge, weight: 1}
                  - {from: n, to: peer, layer: knowledge, weight: 1}
                """));
        World w = m.world();
        Actor n = w.byId("n"), novice = w.byId("novice.0001"), peer = w.byId("peer.0001");
        steps(m, 2);
        assertTrue(novice.knowledge() > 0.1);
        assertEquals(2, w.ties.get(n.index(), novice.index(), ayni.domain.Layer.KNOWLEDGE).flows());
        assertEquals(0.5, peer.knowledge(), 1e-12);
        assertEquals(0, w.ties.get(n.index(), peer.index(), ayni.domain.Layer.KNOWLEDGE).flows(), "nothing to teach");
    }
}
