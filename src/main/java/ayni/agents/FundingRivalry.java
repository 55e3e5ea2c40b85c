package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Channel;
import ayni.domain.Domain;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Rivalry among NGOs for scarce funds (ODD 7.28; §6.2.3, §8.3, §9.2.1): as new NGO types emerge, "the competition for
 * scarce funding [has] also intensified" (§8.3), whether or not a donor makes a grant that month. Every NGO short of
 * funds (one donors would still fund: it has running costs and cash at most p.ngoReserveMonths of them, 7.6) competes for the aid
 * open to its domain with every other NGO of the domain short of funds; each such pair clashes in a month with
 * probability q = min(1, p.fundingRivalryRate x scarcity), where scarcity is the domain's active NGOs per US$ million a
 * year of the budgets of active, not leaving donors that fund NGOs in it (each donor's budget weighted by its NGO
 * channel's and the domain's shares). An NGO with k rivals turns on one of them, drawn uniformly; if their relation is
 * not already conflictive (a chance), they clash with probability 1 - (1 - q)^k: more rivals and less money per NGO
 * mean more conflict. Without aid open to the domain there is
 * nothing to compete for.
 */
final class FundingRivalry {
    private FundingRivalry() {}

    /** The monthly step (UPDATE phase, before confrontation): at most one chance per NGO short of funds that has a rival. */
    static void step(World w) {
        EnumMap<Domain, List<Ngo>> seekers = new EnumMap<>(Domain.class);
        for (Actor a : w.active(ActorKind.NGO)) {
            if (a.domain != null && shortOfFunds((Ngo) a, w)) seekers.computeIfAbsent(a.domain, d -> new ArrayList<>()).add((Ngo) a);
        }
        if (seekers.isEmpty()) return;
        EnumMap<Domain, Double> aid = aidByDomain(w);
        World.Counters c = w.counters;
        for (var e : seekers.entrySet()) {
            List<Ngo> list = e.getValue();
            int k = list.size() - 1;
            double budget = aid.getOrDefault(e.getKey(), 0.0);
            if (k < 1 || budget <= 0) continue;
            double scarcity = w.poolSize(ActorKind.NGO, e.getKey()) / (budget / 1e6);
            double q = Math.min(1.0, w.params.getFundingRivalryRate() * scarcity);
            if (q <= 0) continue;
            double clash = 1.0 - Math.pow(1.0 - q, k);
            for (int i = 0; i < list.size(); i++) {
                Ngo n = list.get(i);
                int j = n.random.nextInt(k);
                Ngo rival = list.get(j < i ? j : j + 1);
                if (w.conflicts.inConflict(w, n, rival)) continue;
                c.conflictChancesNgoNgo++;
                if (n.random.nextDouble() >= clash) continue;
                c.conflictsNgoNgo++;
                w.conflicts.begin(w, n, rival);
            }
        }
    }

    /**
     * An NGO donors would still fund: it has running costs (a donor gives nothing to an organisation without them, 7.2)
     * and is not well off ({@link Donor#wellOff}).
     */
    static boolean shortOfFunds(Ngo n, World w) {
        return n.monthlyCost > 0 && !Donor.wellOff(n, w);
    }

    /**
     * The yearly budgets (USD) of active donors that are not leaving open to NGOs in each domain: a donor's budget times
     * its NGO channel's share of its channels times the domain's share of its domains.
     */
    static EnumMap<Domain, Double> aidByDomain(World w) {
        EnumMap<Domain, Double> aid = new EnumMap<>(Domain.class);
        for (Actor a : w.active(ActorKind.DONOR)) {
            Donor d = (Donor) a;
            if (d.leaving) continue;
            double channel = share(d.channels, Channel.NGO);
            if (channel <= 0) continue;
            double domains = 0;
            for (double v : d.domains.values()) domains += v;
            if (domains <= 0) continue;
            for (var e : d.domains.entrySet()) aid.merge(e.getKey(), d.budget * channel * e.getValue() / domains, Double::sum);
        }
        return aid;
    }

    private static <K extends Enum<K>> double share(EnumMap<K, Double> weights, K key) {
        double total = 0;
        for (double v : weights.values()) total += v;
        return total <= 0 ? 0 : weights.getOrDefault(key, 0.0) / total;
    }
}
