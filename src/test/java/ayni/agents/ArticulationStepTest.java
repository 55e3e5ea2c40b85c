package ayni.agents;

import static ayni.StepWorld.steps;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.domain.ActorKind;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.model.AyniModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Step tests of business networks (docs/ODD.md 7.34, {@link Articulation}): an NGO's articulator forms a network of
 * producers of one size class who co-finance it, trust makes them an association, the strategic project supports them,
 * the joint business lowers practising members' costs, and networks lose their articulator when the NGO has no money.
 * Each runs whole monthly steps of a small hand-made world.
 */
class ArticulationStepTest {

    /** An articulating NGO "apo" (articulators as given) with money, 60 micro and 10 small producers, nobody refusing. */
    private static AyniModel world(int articulators) {
        AyniModel m = StepWorld.start(yaml("refusalWeight: 0, ngoOffersPerMonth: 0, smeCapitalFactor: 2", """
                ngos:
                  - {id: apo, type: conventional, domain: organic, cash: 1000000, monthlyCost: 0, articulators: %d}
                smes:
                  - {id: micro, domain: organic, count: 60, size: {micro: 1, small: 0, medium: 0}}
                  - {id: small, domain: organic, count: 10, size: {micro: 0, small: 1, medium: 0}}
                """.formatted(articulators)));
        ((Ngo) m.world().byId("apo")).projectFunds = 1_000_000;
        return m;
    }

    private static List<BusinessNetwork> networks(AyniModel m) {
        return ((Ngo) m.world().byId("apo")).networks;
    }

    @Test
    void anArticulatorFormsANetworkOfProducersOfOneSizeWhoCoFinanceItFromTheTrustStage() {
        AyniModel m = world(1);
        m.runStep();
        World w = m.world();
        Ngo apo = (Ngo) w.byId("apo");
        assertEquals(1, networks(m).size(), "one network a month");
        BusinessNetwork net = networks(m).get(0);
        assertEquals(10, net.members.size(), "businessNetworkSize");
        for (Sme s : net.members) {
            assertEquals(net.members.get(0).size, s.size, "homogeneity: one size class");
            assertNotNull(w.ties.get(apo.index, s.index, Layer.KNOWLEDGE), "the articulator's accompaniment tie");
            assertTrue(s.network == net);
        }
        steps(m, 3); // promotion lasts networkPromotionMonths (3) after the month it formed in
        assertEquals(BusinessNetwork.Stage.TRUST, net.stage);
        assertEquals(0, apo.income(IncomeSource.MEMBER_FEES), 1e-9, "no contributions while promoting");
        m.runStep();
        assertEquals(10 * w.params.getNetworkContribution(), apo.income(IncomeSource.MEMBER_FEES), 1e-9,
                "every member pays its contribution to the articulating NGO");
        steps(m, 10);
        assertEquals(5, networks(m).size(), "at most networksPerArticulator networks per articulator");
    }

    @Test
    void anNgoWithoutArticulatorsFormsNoNetwork() {
        AyniModel m = world(0);
        steps(m, 3);
        assertTrue(networks(m).isEmpty());
        for (var a : m.world().active(ActorKind.SME)) assertNull(((Sme) a).network);
    }

    @Test
    void trustMakesMembersAnAssociationAndTheStrategicProjectSupportsThem() {
        AyniModel m = world(1);
        m.runStep();
        BusinessNetwork net = networks(m).get(0);
        Sme member = net.members.get(0);
        assertFalse(member.inAssociation(), "not before trust is built");
        steps(m, 6); // promotion 3 + trust 3
        assertEquals(BusinessNetwork.Stage.PILOT, net.stage);
        assertTrue(member.inAssociation(), "trust built: members act as an association");
        steps(m, 5); // pilot 5
        assertEquals(BusinessNetwork.Stage.PROJECT, net.stage);
        World w = m.world();
        for (Sme s : net.members) {
            if (s.adopted()) continue;
            assertEquals(w.step() + w.params.getNetworkProjectMonths(), s.supportedUntil, "supported for the project's months");
            assertTrue(s.supporter == w.byId("apo"));
        }
    }

    @Test
    void aJointBusinessLowersAPractisingMembersCosts() {
        AyniModel m = apo("ngoOffersPerMonth: 0, smeCapitalFactor: 0, savingsRate: 0, revertProbability: 0, "
                + "lossRevertProbability: 0", 1000000, 0, 4, "practice: [0.5, 0.5]");
        World w = m.world();
        Sme member = (Sme) w.byId("g.0001"), alone = (Sme) w.byId("g.0002");
        network(m, BusinessNetwork.Stage.INDEPENDENT, false, "g.0001", "g.0003", "g.0004");
        StepWorld.adopt(w, "g.0001", "g.0002");
        m.runStep();
        assertTrue(member.adopted() && alone.adopted());
        assertEquals(w.params.getNetworkCostSaving() * w.params.getRevenueMicro(), member.capital() - alone.capital(), 1e-6,
                "the joint business saves networkCostSaving of base sales");
    }

    @Test
    void withoutMoneyTheArticulatorLeavesAndOnlyANetworkRunningItsJointBusinessGoesOn() {
        AyniModel m = apo("ngoOffersPerMonth: 0, smeCapitalFactor: 2", 0, 1, 6, "");
        World w = m.world();
        Ngo apo = (Ngo) w.byId("apo");
        BusinessNetwork pilot = network(m, BusinessNetwork.Stage.PILOT, true, "g.0001", "g.0002", "g.0003");
        BusinessNetwork selling = network(m, BusinessNetwork.Stage.JOINT_BUSINESS, true, "g.0004", "g.0005", "g.0006");
        m.runStep();
        assertEquals(BusinessNetwork.Stage.DISSOLVED, pilot.stage);
        assertNull(((Sme) w.byId("g.0001")).network);
        assertTrue(pilot.members.isEmpty());
        assertEquals(BusinessNetwork.Stage.INDEPENDENT, selling.stage);
        assertTrue(((Sme) w.byId("g.0006")).network == selling);
        assertEquals(1, w.counters.businessNetworksIndependent);
        assertEquals(1, w.counters.businessNetworksDissolved);
        assertTrue(apo.networks.isEmpty(), "it accompanies neither any more");
    }

    @Test
    void aMemberThatCannotCoFinanceLeavesAndTooFewMembersDissolveTheNetwork() {
        AyniModel m = apo("ngoOffersPerMonth: 0, smeCapitalFactor: 0", 1000000, 0, 3, "");
        World w = m.world();
        Ngo apo = (Ngo) w.byId("apo");
        BusinessNetwork net = network(m, BusinessNetwork.Stage.TRUST, 3, true);
        m.runStep(); // no capital: the first to pay cannot, and two members are fewer than a board
        assertEquals(BusinessNetwork.Stage.DISSOLVED, net.stage);
        for (int i = 0; i < 3; i++) assertNull(((Sme) w.byId(String.format("g.%04d", i + 1))).network);
    }

    @Test
    void anOrganisedMemberKeepsThePracticeWhereAnIsolatedProducerReverts() {
        AyniModel m = apo("ngoOffersPerMonth: 0, lossRevertProbability: 1, associationRevertFactor: 0, "
                + "savingsRate: 0", 1000000, 0, 4, "associationShare: 0");
        World w = m.world();
        network(m, BusinessNetwork.Stage.PILOT, false, "g.0001", "g.0003", "g.0004");
        StepWorld.adopt(w, "g.0001", "g.0002");
        m.runStep();
        assertTrue(((Sme) w.byId("g.0001")).adopted(), "a member of a network whose trust is built");
        assertFalse(((Sme) w.byId("g.0002")).adopted(), "an isolated producer whose practice does not pay");
    }

    @Test
    void anNgoKeepsTheProjectFundsItsNetworksWillNeedFromItsOtherProjects() {
        double kept = 0;
        for (boolean withNetwork : new boolean[] {true, false}) {
            AyniModel m = apo("refusalWeight: 0, smeCapitalFactor: 2", 1000000, 0, 20, "");
            World w = m.world();
            Ngo apo = (Ngo) w.byId("apo");
            if (withNetwork) {
                network(m, BusinessNetwork.Stage.PILOT, 3, true);
                kept = Articulation.reserve(apo, w.params);
                assertEquals(w.params.getNetworkArticulationCost() + 3 * w.params.getSupportShare() * w.params.getAdoptionCostMicro(),
                        kept, 1e-9, "next month's accompaniment and the members' strategic project");
            }
            apo.projectFunds = kept;
            m.runStep();
            double given = w.counters.projectMoney[apo.type().ordinal()];
            if (withNetwork) assertEquals(0, given, 1e-9, "what its network needs is not offered to other SMEs");
            else assertTrue(given > 1000, "without a network the same funds go to projects");
        }
    }

    /**
     * The same NGO with 100 of project funds beyond what its network needs (this month's accompaniment, then the
     * reserve of next month's and of the members' strategic project): it offers a project to one SME (nobody
     * refuses) and gives it those 100, not the supportShare of an adoption it would give from ample funds, and
     * nothing more that month (what is left beyond the reserve is not more than 1).
     */
    @Test
    void anNgoGivesOtherProjectsOnlyWhatItsNetworksDoNotNeed() {
        AyniModel m = apo("refusalWeight: 0, smeCapitalFactor: 2", 1000000, 0, 20, "");
        World w = m.world();
        Ngo apo = (Ngo) w.byId("apo");
        network(m, BusinessNetwork.Stage.PILOT, 3, true);
        // this month's accompaniment is paid first (Articulation.articulate), then projects are offered
        apo.projectFunds = w.params.getNetworkArticulationCost() + Articulation.reserve(apo, w.params) + 100;
        assertTrue(100 < w.params.getSupportShare() * w.params.getAdoptionCostMicro());
        m.runStep();
        assertEquals(100, w.counters.projectMoney[apo.type().ordinal()], 1e-9);
    }

    @Test
    void membersOfAStrategicProjectAdoptCountingOnTheJointBusinessSaving() {
        for (double saving : new double[] {0.1, 0}) {
            AyniModel m = apo("ngoOffersPerMonth: 0, smeCapitalFactor: 2, savingsRate: 0, supportShare: 0.8, "
                    + "networkCostSaving: " + saving, 1000000, 0, 5, "");
            World w = m.world();
            Ngo apo = (Ngo) w.byId("apo");
            apo.projectFunds = 100_000;
            BusinessNetwork net = network(m, BusinessNetwork.Stage.PILOT, 5, true);
            net.monthsInStage = w.params.getNetworkPilotMonths() - 1;
            m.runStep(); // the pilot ends: the strategic project starts and pays 80% of each member's investment
            assertEquals(BusinessNetwork.Stage.PROJECT, net.stage);
            m.runStep();
            int adopters = 0;
            for (Sme s : net.members) if (s.adopted()) adopters++;
            if (saving > 0) assertTrue(adopters >= 4, "the joint business's saving repays their 20%: " + adopters);
            else assertEquals(0, adopters, "without it the practice does not repay their share");
        }
    }

    /**
     * Closure (World.deactivate, the path of an SME's exit or failure and of an NGO's closure) and business networks:
     * of a pilot network of four (a board is 3), the first member to close leaves it (three go on), the second leaves
     * two, too few, and the network dissolves; when the articulating NGO closes, the network running its joint
     * business goes on alone and its other (trust-stage) network dissolves, and it accompanies none.
     */
    @Test
    void membersAndArticulatorsThatCloseLeaveTheirNetworks() {
        AyniModel m = apo("ngoOffersPerMonth: 0, smeCapitalFactor: 2", 100000, 0, 10, "");
        m.runStep(); // everyone has entered
        World w = m.world();
        Ngo apo = (Ngo) w.byId("apo");
        BusinessNetwork pilot = network(m, BusinessNetwork.Stage.PILOT, true, "g.0001", "g.0002", "g.0003", "g.0004");
        BusinessNetwork trust = network(m, BusinessNetwork.Stage.TRUST, true, "g.0005", "g.0006", "g.0007");
        BusinessNetwork selling = network(m, BusinessNetwork.Stage.JOINT_BUSINESS, true, "g.0008", "g.0009", "g.0010");
        Sme first = (Sme) w.byId("g.0001");
        w.deactivate(first);
        assertNull(first.network);
        assertEquals(3, pilot.members.size());
        assertEquals(BusinessNetwork.Stage.PILOT, pilot.stage);
        w.deactivate(w.byId("g.0002"));
        assertEquals(BusinessNetwork.Stage.DISSOLVED, pilot.stage);
        assertNull(((Sme) w.byId("g.0003")).network);
        assertEquals(1, w.counters.businessNetworksDissolved);
        w.deactivate(apo);
        assertEquals(BusinessNetwork.Stage.DISSOLVED, trust.stage);
        assertEquals(BusinessNetwork.Stage.INDEPENDENT, selling.stage);
        assertTrue(((Sme) w.byId("g.0008")).network == selling);
        assertEquals(2, w.counters.businessNetworksDissolved);
        assertEquals(1, w.counters.businessNetworksIndependent);
        assertTrue(apo.networks.isEmpty(), "a closed NGO accompanies no network");
    }

    /**
     * The world most tests share: the NGO "apo" in organic, without running costs, with the cash and articulators
     * given, and {@code count} micro SMEs of group "g" with {@code extra} keys ("" for none).
     */
    private static AyniModel apo(String params, int cash, int articulators, int count, String extra) {
        return StepWorld.start(yaml(params, """
                ngos:
                  - {id: apo, type: conventional, domain: organic, cash: %d, monthlyCost: 0, articulators: %d}
                smes:
                  - {id: g, domain: organic, count: %d, size: {micro: 1, small: 0, medium: 0}%s}
                """.formatted(cash, articulators, count, extra.isEmpty() ? "" : ", " + extra)));
    }

    /** A network of NGO "apo" at the given stage over producers g.0001..g.000n (accompanied by apo or not). */
    private static BusinessNetwork network(AyniModel m, BusinessNetwork.Stage stage, int members, boolean accompanied) {
        String[] ids = new String[members];
        for (int i = 0; i < members; i++) ids[i] = String.format("g.%04d", i + 1);
        return network(m, stage, accompanied, ids);
    }

    /** A network of NGO "apo" at the given stage over the named producers (accompanied by apo or not). */
    private static BusinessNetwork network(AyniModel m, BusinessNetwork.Stage stage, boolean accompanied, String... members) {
        World w = m.world();
        Ngo apo = (Ngo) w.byId("apo");
        BusinessNetwork net = new BusinessNetwork(apo);
        net.stage = stage;
        for (String id : members) {
            Sme s = (Sme) w.byId(id);
            s.network = net;
            net.members.add(s);
        }
        if (accompanied) apo.networks.add(net);
        return net;
    }

    @Test
    void theNgoPaysEachAccompaniedNetworkUntilItsJointBusinessRunsAlone() {
        AyniModel m = apo("ngoOffersPerMonth: 0, smeCapitalFactor: 2, networkContribution: 0", 100000, 0, 4, "");
        World w = m.world();
        Ngo apo = (Ngo) w.byId("apo");
        BusinessNetwork net = network(m, BusinessNetwork.Stage.JOINT_BUSINESS, 4, true);
        apo.projectFunds = 1000;
        double cost = w.params.getNetworkArticulationCost();
        int months = w.params.getNetworkJointBusinessMonths();
        for (int i = 1; i < months; i++) {
            m.runStep();
            assertEquals(100000 - i * cost, apo.cash, 1e-6, "the articulator is paid every month of the joint business");
            assertEquals(BusinessNetwork.Stage.JOINT_BUSINESS, net.stage);
            if (i == 1) assertEquals((1000 - cost) * (1 - 1.0 / w.params.getProjectMonths()), apo.projectFunds, 1e-9,
                    "paid from the project funds first (what is left then runs down, 7.8)");
        }
        m.runStep();
        assertEquals(BusinessNetwork.Stage.INDEPENDENT, net.stage, "after networkJointBusinessMonths it runs alone");
        assertEquals(1, w.counters.businessNetworksIndependent);
        assertTrue(apo.networks.isEmpty());
        double cash = apo.cash;
        m.runStep();
        assertEquals(cash, apo.cash, 1e-6, "nothing to pay for an independent network");
    }

    @Test
    void formingAndDissolvingAreCounted() {
        AyniModel m = world(1);
        m.runStep();
        assertEquals(1, m.world().counters.businessNetworksFormed);
        m.runStep();
        assertEquals(1, m.world().counters.businessNetworksFormed, "the month's count, one network a month");
        assertEquals(0, m.world().counters.businessNetworksDissolved);
        Ngo apo = (Ngo) m.world().byId("apo");
        apo.cash = 0;
        apo.projectFunds = 0;
        m.runStep();
        assertEquals(2, m.world().counters.businessNetworksDissolved, "both promoting networks lose their articulator");
        assertEquals(0, m.world().counters.businessNetworksFormed);
    }

    @Test
    void noNetworkFormsWhileTheProjectFundsAreKeptForTheNetworksItHas() {
        AyniModel m = apo("refusalWeight: 0, ngoOffersPerMonth: 0, smeCapitalFactor: 2", 1000000, 2, 30, "");
        World w = m.world();
        Ngo apo = (Ngo) w.byId("apo");
        network(m, BusinessNetwork.Stage.PILOT, 3, true);
        double kept = Articulation.reserve(apo, w.params);
        apo.projectFunds = kept + w.params.getNetworkArticulationCost() * 0.5;
        m.runStep();
        assertEquals(1, apo.networks.size(), "what is left after its network's needs does not pay a new one");
        apo.projectFunds = kept + 2 * w.params.getNetworkArticulationCost();
        m.runStep();
        assertEquals(2, apo.networks.size());
    }

    @Test
    void theStrategicProjectSpendsTheNgosProjectFunds() {
        AyniModel m = apo("ngoOffersPerMonth: 0, smeCapitalFactor: 2, supportShare: 0.5", 1000000, 0, 4, "");
        World w = m.world();
        Ngo apo = (Ngo) w.byId("apo");
        BusinessNetwork net = network(m, BusinessNetwork.Stage.PILOT, 4, true);
        net.monthsInStage = w.params.getNetworkPilotMonths() - 1;
        apo.projectFunds = 10_000;
        m.runStep();
        double each = 0.5 * w.params.getAdoptionCostMicro();
        assertEquals(4 * each, w.counters.projectMoney[apo.type().ordinal()], 1e-6);
        double left = 10_000 - w.params.getNetworkArticulationCost() - 4 * each;
        assertEquals(left - left / w.params.getProjectMonths(), apo.projectFunds, 1e-6, "less the month's lapse (7.8)");
        m.runStep();
        assertEquals(0, w.counters.projectMoney[apo.type().ordinal()], 0, "the month's count: the project is paid once");
    }

    @Test
    void onlyAJointBusinessLowersCostsAndMembersCountOnItOnlyFromTheProject() {
        AyniModel m = apo("ngoOffersPerMonth: 0, smeCapitalFactor: 0, savingsRate: 0, revertProbability: 0, "
                + "lossRevertProbability: 0", 1000000, 0, 4, "practice: [0.5, 0.5]");
        World w = m.world();
        BusinessNetwork net = network(m, BusinessNetwork.Stage.PILOT, 3, false);
        Sme member = (Sme) w.byId("g.0001"), alone = (Sme) w.byId("g.0004");
        StepWorld.adopt(w, "g.0001", "g.0004");
        assertEquals(0, member.monthlyBenefit(w, w.policy(member.domain)), 1e-9, "no saving expected before the project");
        m.runStep();
        assertEquals(alone.capital(), member.capital(), 1e-6, "no saving before the joint business");
        net.stage = BusinessNetwork.Stage.PROJECT;
        assertEquals(w.params.getNetworkCostSaving() * w.params.getRevenueMicro(), member.monthlyBenefit(w, w.policy(member.domain)), 1e-9);
        m.runStep();
        assertEquals(alone.capital(), member.capital(), 1e-6, "expected, not yet saved, during the project");
    }

    @Test
    void aNetworkOfExactlyABoardsMembersFormsAndGoesOnWithThem() {
        AyniModel m = apo("refusalWeight: 0, ngoOffersPerMonth: 0, smeCapitalFactor: 2", 1000000, 1, 3, "");
        ((Ngo) m.world().byId("apo")).projectFunds = 100_000;
        m.runStep();
        assertEquals(1, networks(m).size(), "three producers are enough for a board");
        assertEquals(3, networks(m).get(0).members.size());
        AyniModel four = apo("ngoOffersPerMonth: 0, smeCapitalFactor: 0", 1000000, 0, 4, "");
        BusinessNetwork net = network(four, BusinessNetwork.Stage.PILOT, 4, false);
        Articulation.leave(net.members.get(0), four.world());
        assertEquals(BusinessNetwork.Stage.PILOT, net.stage, "three members go on");
        assertEquals(3, net.members.size());
    }
}
