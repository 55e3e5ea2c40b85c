package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.exchange.Ledger;
import ayni.scenario.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * An NGO's articulators at work in the exchange phase (docs/ODD.md 7.34; seed document 003): each month the NGO pays
 * the accompaniment of every network it accompanies, members co-finance it, networks move through the APOMIPE stages,
 * and, while an articulator has room (at most networksPerArticulator networks each, 003:314), it forms a new network by
 * self-selection among the producers of its domain.
 */
final class Articulation {
    private Articulation() {}

    /** The month's articulation work of one NGO: accompany its networks, then form a new one if it has room and money. */
    static void articulate(Ngo n, World w) {
        if (n.articulators <= 0 && n.networks.isEmpty()) return;
        for (BusinessNetwork net : new ArrayList<>(n.networks)) accompany(net, w);
        n.networks.removeIf(net -> !net.accompanied());
        if (n.networks.size() < n.articulators * w.params.getNetworksPerArticulator()
                && n.projectFunds - reserve(n, w.params) >= w.params.getNetworkArticulationCost()) form(n, w);
    }

    /**
     * Project funds an NGO keeps for the networks it accompanies (its other projects get only the rest, 7.8): next
     * month's accompaniment of each, and the strategic-project money that networks in their pilot stage will need.
     */
    static double reserve(Ngo n, Parameters p) {
        double r = 0;
        for (BusinessNetwork net : n.networks) {
            r += p.getNetworkArticulationCost();
            if (net.stage != BusinessNetwork.Stage.PILOT) continue;
            for (Sme s : net.members) if (!s.adopted()) r += p.getSupportShare() * s.adoptionCost(p);
        }
        return r;
    }

    /**
     * One month of an accompanied network: the NGO pays the articulator, from its project funds first (without
     * money at all the articulator leaves); members from the trust stage on pay their contribution (one who cannot
     * leaves: co-financing is the commitment, 003:864); and the network moves on when its stage's months are over. A
     * strategic project supports every member that does not practise yet, as an NGO project does (7.8).
     */
    static void accompany(BusinessNetwork net, World w) {
        Parameters p = w.params;
        Ngo n = net.articulator;
        double cost = p.getNetworkArticulationCost();
        n.projectFunds = Math.min(n.projectFunds, n.cash);
        if (n.cash < cost) {
            articulatorLeaves(net, w);
            return;
        }
        w.ledger.spend(n, cost, Ledger.Sink.RUNNING_COSTS);
        n.projectFunds = Math.max(0, n.projectFunds - cost);
        if (net.stage != BusinessNetwork.Stage.PROMOTION) {
            for (Sme s : new ArrayList<>(net.members)) {
                double c = p.getNetworkContribution();
                if (s.ownFunds() >= c) w.fund(s, n, c, IncomeSource.MEMBER_FEES);
                else leave(s, w);
                if (net.stage == BusinessNetwork.Stage.DISSOLVED) return;
            }
        }
        if (++net.monthsInStage < net.stage.months(p)) return;
        net.monthsInStage = 0;
        net.stage = BusinessNetwork.Stage.values()[net.stage.ordinal() + 1];
        if (net.stage == BusinessNetwork.Stage.PROJECT) startProject(net, w);
        if (net.stage == BusinessNetwork.Stage.INDEPENDENT) w.counters.businessNetworksIndependent++;
    }

    /** The strategic project: members that do not practise are supported for its months and get project money. */
    private static void startProject(BusinessNetwork net, World w) {
        Parameters p = w.params;
        Ngo n = net.articulator;
        int until = w.step() + p.getNetworkProjectMonths();
        for (Sme s : net.members) {
            if (s.adopted() || s.supportedAt(w.step())) continue;
            s.supportedUntil = until;
            s.supporter = n;
            s.knowledgeAtSupport = s.knowledge;
            double amount = Math.min(n.projectFunds, p.getSupportShare() * s.adoptionCost(p));
            if (amount <= 0) continue;
            w.fund(n, s, GongoProjects.afterAdministration(n, amount, w), IncomeSource.PROJECTS);
            w.counters.projectMoney[n.type.ordinal()] += amount;
            n.projectFunds -= amount;
        }
    }

    /** The articulator leaves: a network already running its joint business goes on alone, any other dissolves. */
    static void articulatorLeaves(BusinessNetwork net, World w) {
        if (net.stage == BusinessNetwork.Stage.JOINT_BUSINESS) {
            net.stage = BusinessNetwork.Stage.INDEPENDENT;
            w.counters.businessNetworksIndependent++;
        } else if (net.stage != BusinessNetwork.Stage.INDEPENDENT) {
            dissolve(net, w);
        }
    }

    /** A member leaves (it closed, or cannot co-finance); with fewer than a board's members the network dissolves. */
    static void leave(Sme s, World w) {
        BusinessNetwork net = s.network;
        if (net == null) return;
        net.members.remove(s);
        s.network = null;
        if (net.members.size() < w.params.getBusinessNetworkMinMembers()) dissolve(net, w);
    }

    private static void dissolve(BusinessNetwork net, World w) {
        if (net.stage == BusinessNetwork.Stage.DISSOLVED) return;
        for (Sme m : net.members) m.network = null;
        net.members.clear();
        net.stage = BusinessNetwork.Stage.DISSOLVED;
        w.counters.businessNetworksDissolved++;
    }

    /**
     * Promotion and self-selection (003:774-881): a leading producer of the NGO's domain, then producers of the same
     * size class (homogeneity, 003:864 iii), each of whom joins only if it can co-finance (its own funds cover a
     * month's contribution) and does not turn the articulator down (the refusal probability of an offer, 7.9: "if some
     * are reticent, look for others and do not insist", 003:832). It looks at no more than candidateSampleSize
     * candidates per place; a network forms only with at least businessNetworkMinMembers members (003:1129), and each
     * member gets a knowledge tie from the NGO (the articulator's accompaniment, on which the NGO teaches, 7.8).
     */
    static void form(Ngo n, World w) {
        Parameters p = w.params;
        int size = p.getBusinessNetworkSize();
        List<Sme> joined = new ArrayList<>();
        for (int i = 0; i < size * p.getCandidateSampleSize() && joined.size() < size; i++) {
            if (!(w.sample(ActorKind.SME, n.domain, n.random) instanceof Sme s)) return;
            if (!s.active || s.network != null || joined.contains(s)) continue;
            if (!joined.isEmpty() && s.size != joined.get(0).size) continue;
            if (s.ownFunds() < p.getNetworkContribution()) continue;
            if (n.random.nextDouble() < s.refusalProbability(n, p)) continue;
            joined.add(s);
        }
        if (joined.size() < p.getBusinessNetworkMinMembers()) return;
        BusinessNetwork net = new BusinessNetwork(n);
        for (Sme s : joined) {
            s.network = net;
            net.members.add(s);
            w.ties.add(n.index, s.index, Layer.KNOWLEDGE, p.getNewTieWeight(), w.step());
        }
        n.networks.add(net);
        w.counters.businessNetworksFormed++;
    }
}
