package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.network.Tie;
import ayni.network.TieRules;
import ayni.network.TieStore;
import ayni.scenario.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A buyer's supplier search, broker first (§6.2.3, §8.6.2, §9.3.5: companies "lack capacities to connect directly
 * with most SMEs"; NGOs are the brokers between them). The NGOs and platforms a buyer is tied to introduce the SMEs
 * they work with that pass its screen; only when its brokers have no one to introduce does it look for an SME on its
 * own. A broker that works with one of the buyer's suppliers keeps its market tie to the buyer in use, so the
 * NGO-buyer ties that carry the introductions last while the supply does.
 */
final class SupplierSearch {
    private SupplierSearch() {}

    /** Looks for suppliers up to the buyer's demand: brokered candidates first, then SMEs drawn from its domain. */
    static void search(Company c, World w) {
        Parameters p = w.params;
        if (c.suppliers(w) >= c.demand) return;
        Map<Sme, Actor> introduced = null; // filled at the first brokered attempt
        List<Sme> pool = null;
        for (int i = 0; i < p.getCandidateSampleSize(); i++) {
            int every = p.getBrokeredCandidateInterval();
            boolean brokered = every > 0 && i % every == 0;
            Sme s = null;
            if (brokered) {
                if (pool == null) {
                    introduced = introductions(c, w);
                    if (introduced.isEmpty() && recruitBroker(c, w)) introduced = introductions(c, w);
                    pool = new ArrayList<>(introduced.keySet());
                }
                if (!pool.isEmpty()) s = pool.remove(c.random.nextInt(pool.size()));
            }
            if (s == null) {
                brokered = false;
                Actor a = w.sample(ActorKind.SME, c.domain, c.random);
                s = a instanceof Sme x ? x : null;
                if (s == null || !passesScreen(c, s, p) || w.ties.get(s.index, c.index, Layer.MARKET) != null) continue;
            }
            double prob = TieRules.formationProbability(p.getFormationBias(), p.getDiscourseWeight(),
                    c.discourse.proximity(s.discourse), 0, 0, p.getLegitimacyWeight(), s.legitimacy,
                    p.getBrokerWeight(), brokered);
            if (c.random.nextDouble() < prob) {
                w.ties.add(s.index, c.index, Layer.MARKET, p.getNewTieWeight(), w.step());
                w.counters.marketTiesFormed++;
                if (brokered) w.counters.marketTiesBrokered++;
                if (c.suppliers(w) >= c.demand) return;
            }
        }
    }

    /**
     * A buyer whose brokers have no one to introduce first looks for a broker (§9.3.5: NGOs learn markets more easily
     * than companies learn SMEs): it draws an active NGO of its domain; if that NGO works with an SME of the domain (a
     * tie either way) it ties market NGO -> buyer with the partner-search probability (discourse proximity and the
     * NGO's legitimacy). Returns whether a tie formed.
     */
    static boolean recruitBroker(Company c, World w) {
        Parameters p = w.params;
        if (!(w.sample(ActorKind.NGO, c.domain, c.random) instanceof Ngo n)) return false;
        if (w.ties.get(n.index, c.index, Layer.MARKET) != null || !knowsSmes(n, c, w) || Mistrust.rejects(c, n, p)) {
            return false;
        }
        double prob = TieRules.formationProbability(p.getFormationBias(), p.getDiscourseWeight(),
                c.discourse.proximity(n.discourse), 0, 0, p.getLegitimacyWeight(), n.legitimacy, 0, false);
        if (c.random.nextDouble() >= prob) return false;
        w.ties.add(n.index, c.index, Layer.MARKET, p.getNewTieWeight(), w.step());
        w.counters.tiesFormed++;
        return true;
    }

    private static boolean knowsSmes(Ngo n, Company c, World w) {
        for (Tie t : w.ties.out(n.index)) if (w.actor(t.to()) instanceof Sme s && s.domain == c.domain) return true;
        for (Tie t : w.ties.in(n.index)) if (w.actor(t.from()) instanceof Sme s && s.domain == c.domain) return true;
        return false;
    }

    /**
     * Whether an SME is active, within the buyer's reach ({@link Company#reaches}) and its practice reaches the buyer's
     * screen (supplierScreenFactor x requirement).
     */
    static boolean passesScreen(Company c, Sme s, Parameters p) {
        return s.active && c.reaches(s) && s.practice >= c.requirement * p.getSupplierScreenFactor();
    }

    /**
     * The SMEs the buyer's brokers can introduce, each with the first broker (in tie order) that knows it: for every
     * active NGO or platform tied to the buyer (any layer, either direction), the SMEs of the buyer's domain it is
     * tied to or (a platform) has as members, that pass the buyer's screen and do not supply it yet.
     */
    static Map<Sme, Actor> introductions(Company c, World w) {
        Map<Sme, Actor> out = new LinkedHashMap<>();
        TieStore ts = w.ties; // read by slot, in tie order: nothing here adds or removes a tie
        for (Actor b : brokers(c, w)) {
            for (int i = 0, d = ts.outDegree(b.index); i < d; i++) offer(c, w, b, w.actor(ts.to(ts.outSlot(b.index, i))), out);
            for (int i = 0, d = ts.inDegree(b.index); i < d; i++) offer(c, w, b, w.actor(ts.from(ts.inSlot(b.index, i))), out);
            if (b instanceof Platform pl) for (Actor m : pl.members) offer(c, w, b, m, out);
        }
        return out;
    }

    private static void offer(Company c, World w, Actor broker, Actor a, Map<Sme, Actor> out) {
        if (!(a instanceof Sme s) || s.domain != c.domain || out.containsKey(s) || !passesScreen(c, s, w.params)) return;
        if (w.ties.slot(s.index, c.index, Layer.MARKET) >= 0) return;
        out.put(s, broker);
    }

    /** The active NGOs and platforms tied to the buyer, each once, in tie order (in-ties, then out-ties). */
    static List<Actor> brokers(Company c, World w) {
        List<Actor> out = new ArrayList<>();
        TieStore ts = w.ties;
        for (int i = 0, d = ts.inDegree(c.index); i < d; i++) addBroker(w.actor(ts.from(ts.inSlot(c.index, i))), out);
        for (int i = 0, d = ts.outDegree(c.index); i < d; i++) addBroker(w.actor(ts.to(ts.outSlot(c.index, i))), out);
        return out;
    }

    private static void addBroker(Actor a, List<Actor> out) {
        if (a.active && (a instanceof Ngo || a instanceof Platform) && !out.contains(a)) out.add(a);
    }

    /**
     * Upkeep (§8.6.2): each market tie broker -> buyer whose broker works with one of the buyer's SME suppliers (a
     * tie either way, or the SME is a member of the broker platform) carries a flow of the number of such suppliers
     * this month, so it strengthens instead of decaying. Returns the number of ties kept.
     */
    static int keepBrokerTies(Company c, World w) {
        List<Sme> suppliers = new ArrayList<>();
        for (Tie t : w.ties.in(c.index)) {
            if (t.layer() == Layer.MARKET && w.actor(t.from()) instanceof Sme s) suppliers.add(s);
        }
        if (suppliers.isEmpty()) return 0;
        List<Tie> kept = new ArrayList<>();
        for (Tie t : w.ties.in(c.index)) {
            if (t.layer() == Layer.MARKET && !(w.actor(t.from()) instanceof Sme) && w.actor(t.from()).active) kept.add(t);
        }
        int n = 0;
        for (Tie t : kept) {
            Actor b = w.actor(t.from());
            // the broker's partners marked once (a tie of any layer, either way), then each supplier looked up in O(1):
            // the same count as looking up a tie of each layer both ways for every supplier, without those eight look-ups
            int[] mark = w.marks();
            int stamp = w.nextMark();
            for (int i = 0, d = w.ties.outDegree(b.index); i < d; i++) mark[w.ties.to(w.ties.outSlot(b.index, i))] = stamp;
            for (int i = 0, d = w.ties.inDegree(b.index); i < d; i++) mark[w.ties.from(w.ties.inSlot(b.index, i))] = stamp;
            Platform pl = b instanceof Platform p ? p : null;
            int shared = 0;
            for (Sme s : suppliers) if (mark[s.index] == stamp || (pl != null && pl.isMember(s))) shared++;
            if (shared > 0) {
                w.ties.flow(t, shared, w.step());
                n++;
            }
        }
        return n;
    }
}
