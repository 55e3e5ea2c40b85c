package ayni.metrics;

import ayni.agents.Actor;
import ayni.agents.Donor;
import ayni.agents.Ngo;
import ayni.agents.Platform;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Domain;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.domain.MarketOrientation;
import ayni.domain.NgoType;
import ayni.domain.Scope;
import ayni.network.Tie;
import ayni.network.TieStore;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The observables the stylized-fact patterns read (scenarios/patterns, docs/ODD.md 9.1, last block of columns): pole
 * and SME-SME densities, donor concentration, the route of aid to SMEs, NGO-type diversity, donor money by recipient,
 * platform failure, inactive ties, discourse clusters, persistence of practice after projects end, NGO closures by
 * type and income, funding-source diversity and the organic certified share. Pure observation: it reads the world
 * and keeps its own memory (for persistence, closures and platforms ever present), never drawing random numbers or
 * changing an actor. Serializable, because forked paired runs copy the observer with the model.
 */
final class PatternObservables implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Months after a project's end at which persistence of practice is read (§8.6.3). */
    static final int PERSISTENCE_MONTHS = 24;
    /** Discourse distance within which two organisations "share views" (SF10; proposal). */
    static final double CLOSE_DISCOURSE = 0.2;
    /** Discourse x at or below which an actor sits at the resistance (self-sustaining) pole (SF14; proposal). */
    static final double RESISTANCE_X = -0.8;
    /** Share of monthly running costs covered by sales and service fees that counts as market income (SF17; proposal). */
    static final double MARKET_INCOME_SHARE = 0.2;
    /** Months without any flow after which a tie counts as inactive (SF10). */
    static final int INACTIVE_MONTHS = 12;

    /** Due step -> indices of SMEs that adopted when their project ended PERSISTENCE_MONTHS earlier. */
    private final HashMap<Integer, ArrayList<Integer>> cohorts = new HashMap<>();
    /** NGOs active at the last observation, by index: bit 0 conventional, bit 1 market-driven, bit 2 market income. */
    private HashMap<Integer, Integer> lastNgos = new HashMap<>();
    private final HashSet<Integer> platformsSeen = new HashSet<>();

    void measure(World w, Map<String, Double> r) {
        int step = w.step();
        TieStore ties = w.ties;
        poles(w, ties, r);
        donors(w, ties, step, r);
        ngoMix(w, r);
        platforms(w, r);
        tiesAndDiscourse(w, ties, step, r);
        smes(w, step, r);
        closures(w, r);
        fundingSources(w, r);
    }

    /** density_smeSme, ngoGlobalTieMajority, ties_ngoCompany. */
    private static void poles(World w, TieStore ties, Map<String, Double> r) {
        // by each actor's out ties, the ordered pairs deduplicated by marking the partners already seen from this
        // actor: no object per tie and no table of all pairs
        long smePairs = 0;
        int ngoCompany = 0;
        int actors = w.actors().size();
        int[] seenFrom = new int[actors];
        java.util.Arrays.fill(seenFrom, -1);
        // each actor's kind and roles read once, so that the tie loop reads arrays, not two actor objects per tie
        byte[] kind = new byte[actors];
        boolean[] peru = new boolean[actors], global = new boolean[actors];
        for (int i = 0; i < actors; i++) {
            Actor a = w.actor(i);
            kind[i] = (byte) a.kind().ordinal();
            peru[i] = peruvian(a);
            global[i] = PowerMeasures.isGlobal(a);
        }
        final byte sme = (byte) ActorKind.SME.ordinal(), ngo = (byte) ActorKind.NGO.ordinal(),
                company = (byte) ActorKind.COMPANY.ordinal();
        for (int f = 0; f < actors; f++) {
            byte ka = kind[f];
            for (int i = 0, d = ties.outDegree(f); i < d; i++) {
                int t = ties.to(ties.outSlot(f, i));
                byte kb = kind[t];
                if ((ka == ngo && kb == company) || (ka == company && kb == ngo)) ngoCompany++;
                if (seenFrom[t] == f) continue;
                seenFrom[t] = f;
                if (ka == sme && kb == sme) smePairs++;
            }
        }
        int n = w.activeCount(ActorKind.SME);
        r.put("density_smeSme", n < 2 ? 0 : smePairs / ((double) n * (n - 1)));
        // each Peruvian NGO's distinct global and local partners over its out- and in-ties, marked per NGO (no table
        // of pairs: an NGO that teaches thousands of SMEs costs one pass over its ties)
        int counted = 0, majority = 0;
        java.util.Arrays.fill(seenFrom, -1);
        for (Actor a : w.active(ActorKind.NGO)) {
            if (!peruvian(a)) continue;
            int x = a.index(), g = 0, l = 0;
            for (int i = 0, d = ties.outDegree(x), e = d + ties.inDegree(x); i < e; i++) {
                int b = i < d ? ties.to(ties.outSlot(x, i)) : ties.from(ties.inSlot(x, i - d)); // out-ties, then in-ties
                if (seenFrom[b] == x) continue;
                seenFrom[b] = x;
                if (global[b]) g++;
                else if (peru[b]) l++;
            }
            if (g + l == 0) continue;
            counted++;
            if (g >= l) majority++;
        }
        r.put("ngoGlobalTieMajority", counted == 0 ? 0 : (double) majority / counted);
        r.put("ties_ngoCompany", (double) ngoCompany);
    }

    /** A Peruvian (local or national) NGO, as opposed to an international one. */
    private static boolean peruvian(Actor a) {
        return a instanceof Ngo n && n.scope() != Scope.INTERNATIONAL;
    }

    private static boolean marketDriven(NgoType t) {
        return t == NgoType.PRODUCER || t == NgoType.MARKET || t == NgoType.BUSINESS;
    }

    /**
     * giniFundingOut_donor, smeAid, smeAidViaLocalNgo, donorFundsShare_*, ngosPerAidBudget: from this month's flows on
     * funding ties. A donor's funding out-strength is the money it paid on its funding ties this month: "a few donors
     * give most of it" (SF2) is about amounts, while a funding tie's weight (0..1) says how recently money flowed and so
     * would count grantees, not funding.
     */
    private static void donors(World w, TieStore ties, int step, Map<String, Double> r) {
        double[] strength = new double[w.actors().size()];
        double smeAid = 0, viaLocal = 0, donorTotal = 0, toConventional = 0, toProducerMarket = 0, toSme = 0;
        for (int i = 0, m = ties.size(); i < m; i++) {
            int s = ties.slotAt(i);
            if (ties.layer(s) != Layer.FUNDING) continue;
            Actor from = w.actor(ties.from(s)), to = w.actor(ties.to(s));
            double f = ties.flowAt(s, step);
            if (f <= 0) continue;
            if (from.kind() == ActorKind.DONOR) strength[from.index()] += f;
            if (to.kind() == ActorKind.SME && (from.kind() == ActorKind.DONOR || from.kind() == ActorKind.NGO
                    || from.kind() == ActorKind.PLATFORM)) {
                smeAid += f;
                if (peruvian(from)) viaLocal += f;
            }
            if (from.kind() == ActorKind.DONOR) {
                donorTotal += f;
                if (to instanceof Ngo n && n.type() == NgoType.CONVENTIONAL) toConventional += f;
                if (to instanceof Ngo n && (n.type() == NgoType.PRODUCER || n.type() == NgoType.MARKET)) toProducerMarket += f;
                if (to.kind() == ActorKind.SME) toSme += f;
            }
        }
        List<Actor> ds = w.active(ActorKind.DONOR);
        double[] out = new double[ds.size()];
        double budgets = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = strength[ds.get(i).index()];
            budgets += ((Donor) ds.get(i)).budget();
        }
        r.put("giniFundingOut_donor", gini(out));
        r.put("smeAid", smeAid);
        r.put("smeAidViaLocalNgo", viaLocal);
        r.put("donorFundsShare_conventional", donorTotal == 0 ? 0 : toConventional / donorTotal);
        r.put("donorFundsShare_producerMarket", donorTotal == 0 ? 0 : toProducerMarket / donorTotal);
        r.put("donorFundsShare_sme", donorTotal == 0 ? 0 : toSme / donorTotal);
        r.put("ngosPerAidBudget", budgets <= 0 ? 0 : w.activeCount(ActorKind.NGO) / (budgets / 1e6));
    }

    /** Gini coefficient of non-negative values (0 for none or all zero). */
    static double gini(double[] v) {
        int n = v.length;
        double sum = 0, diff = 0;
        for (double x : v) sum += x;
        if (n == 0 || sum <= 0) return 0;
        for (double a : v) for (double b : v) diff += Math.abs(a - b);
        return diff / (2.0 * n * sum);
    }

    /** ngoTypeEntropy (normalised to 0..1), ngoMarketDrivenShare, ngo_marketDriven. */
    private static void ngoMix(World w, Map<String, Double> r) {
        int[] count = new int[NgoType.values().length];
        int n = 0, driven = 0;
        for (Actor a : w.active(ActorKind.NGO)) {
            NgoType t = ((Ngo) a).type();
            count[t.ordinal()]++;
            n++;
            if (marketDriven(t)) driven++;
        }
        r.put("ngoTypeEntropy", entropy(count));
        r.put("ngoMarketDrivenShare", n == 0 ? 0 : (double) driven / n);
        r.put("ngo_marketDriven", (double) driven);
    }

    /** Shannon entropy of the shares of the categories, divided by the log of their number (0..1). */
    static double entropy(double[] weights) {
        double total = 0;
        for (double x : weights) total += x;
        if (total <= 0 || weights.length < 2) return 0;
        double h = 0;
        for (double x : weights) if (x > 0) h -= (x / total) * Math.log(x / total);
        return h / Math.log(weights.length);
    }

    static double entropy(int[] counts) {
        double[] d = new double[counts.length];
        for (int i = 0; i < d.length; i++) d[i] = counts[i];
        return entropy(d);
    }

    /**
     * platformFailedShare: platforms ever present that are dormant now or closed while dormant; the same among the
     * self-financed and the aid-financed ones (by what they have received so far, Platform.selfFinanced), with their
     * counts platforms_selfFinanced and platforms_aidFinanced (a share over none is 0).
     */
    private void platforms(World w, Map<String, Double> r) {
        for (Actor a : w.active(ActorKind.PLATFORM)) platformsSeen.add(a.index());
        int failed = 0, self = 0, selfFailed = 0, aid = 0, aidFailed = 0;
        for (int i : platformsSeen) {
            Platform p = (Platform) w.actor(i);
            boolean f = p.dormant();
            if (f) failed++;
            if (p.selfFinanced(w.params)) {
                self++;
                if (f) selfFailed++;
            } else if (p.aidFinanced(w.params)) {
                aid++;
                if (f) aidFailed++;
            }
        }
        r.put("platformFailedShare", platformsSeen.isEmpty() ? 0 : (double) failed / platformsSeen.size());
        r.put("platformFailedShare_selfFinanced", self == 0 ? 0 : (double) selfFailed / self);
        r.put("platformFailedShare_aidFinanced", aid == 0 ? 0 : (double) aidFailed / aid);
        r.put("platforms_selfFinanced", (double) self);
        r.put("platforms_aidFinanced", (double) aid);
    }

    /**
     * tiesInactiveShare, discourseCloseUntiedShare, discourseClusterDistance, crossClusterTieShare, discourseX_sd,
     * discourseResistanceShare.
     */
    private static void tiesAndDiscourse(World w, TieStore ties, int step, Map<String, Double> r) {
        List<Actor> orgs = new ArrayList<>();
        for (ActorKind k : ActorKind.values()) if (k != ActorKind.SME) orgs.addAll(w.active(k));
        // only ties between two organisations matter after the first count (SMEs are neither in the pairs nor in the
        // clusters): one pass over every tie keeps their slots, in store order, for the two counts that need them
        boolean[] org = new boolean[w.actors().size()];
        for (Actor a : orgs) org[a.index()] = true;
        int old = 0, inactive = 0, m = ties.size(), orgTieCount = 0;
        int[] orgTies = new int[16];
        for (int i = 0; i < m; i++) {
            int s = ties.slotAt(i);
            if (org[ties.from(s)] && org[ties.to(s)]) {
                if (orgTieCount == orgTies.length) orgTies = java.util.Arrays.copyOf(orgTies, 2 * orgTieCount);
                orgTies[orgTieCount++] = s;
            }
            if (step - ties.startStep(s) < INACTIVE_MONTHS) continue;
            old++;
            if (ties.lastFlowStep(s) <= step - INACTIVE_MONTHS) inactive++;
        }
        r.put("tiesInactiveShare", old == 0 ? 0 : (double) inactive / old);

        // each organisation's organisation partners (either direction) in one array, by index (CSR): pairs are then
        // looked up by marking one organisation's partners, with no table of pairs
        int[] start = new int[org.length + 1];
        for (int i = 0; i < orgTieCount; i++) {
            start[ties.from(orgTies[i]) + 1]++;
            start[ties.to(orgTies[i]) + 1]++;
        }
        for (int i = 0; i < org.length; i++) start[i + 1] += start[i];
        int[] adj = new int[2 * orgTieCount], fill = java.util.Arrays.copyOf(start, org.length);
        for (int i = 0; i < orgTieCount; i++) {
            int f = ties.from(orgTies[i]), t = ties.to(orgTies[i]);
            adj[fill[f]++] = t;
            adj[fill[t]++] = f;
        }
        int[] mark = new int[org.length];
        int close = 0, closeUntied = 0, no = orgs.size();
        // positions and indices read once: the pairs are thousands squared in the national run
        double[] ox = new double[no], oy = new double[no];
        int[] oi = new int[no];
        for (int i = 0; i < no; i++) {
            ox[i] = orgs.get(i).discourse().x();
            oy[i] = orgs.get(i).discourse().y();
            oi[i] = orgs.get(i).index();
        }
        java.util.Arrays.fill(mark, -1);
        for (int i = 0; i < no; i++) {
            for (int k = start[oi[i]]; k < start[oi[i] + 1]; k++) mark[adj[k]] = i;
            for (int j = i + 1; j < no; j++) {
                if (Discourse.distance(ox[i], oy[i], ox[j], oy[j]) > CLOSE_DISCOURSE) continue;
                close++;
                if (mark[oi[j]] != i) closeUntied++;
            }
        }
        r.put("discourseCloseUntiedShare", close == 0 ? 0 : (double) closeUntied / close);

        Map<Integer, Integer> cluster = twoMeans(orgs, r);
        int[] clusterOf = new int[org.length];
        java.util.Arrays.fill(clusterOf, -1);
        for (Map.Entry<Integer, Integer> e : cluster.entrySet()) clusterOf[e.getKey()] = e.getValue();
        int between = 0, within = 0;
        java.util.Arrays.fill(mark, -1);
        for (int x = 0; x < org.length; x++) {
            if (clusterOf[x] < 0) continue;
            for (int k = start[x]; k < start[x + 1]; k++) { // each distinct pair once, from its lower index
                int y = adj[k];
                if (y <= x || mark[y] == x || clusterOf[y] < 0) continue;
                mark[y] = x;
                if (clusterOf[x] == clusterOf[y]) within++;
                else between++;
            }
        }
        r.put("crossClusterTieShare", between + within == 0 ? 0 : (double) between / (between + within));

        double sx = 0, sxx = 0;
        int n = 0, resist = 0;
        for (ActorKind k : ActorKind.values()) {
            for (Actor a : w.active(k)) {
                double x = a.discourse().x();
                sx += x;
                sxx += x * x;
                n++;
                if (x <= RESISTANCE_X) resist++;
            }
        }
        double mean = n == 0 ? 0 : sx / n;
        r.put("discourseX_sd", n == 0 ? 0 : Math.sqrt(Math.max(0, sxx / n - mean * mean)));
        r.put("discourseResistanceShare", n == 0 ? 0 : (double) resist / n);
    }

    /**
     * Two discourse clusters of the organisations by 2-means (Lloyd's algorithm started from the organisations with
     * the lowest and the highest x, so it needs no random numbers); puts the distance between their centroids as
     * discourseClusterDistance and returns each organisation's cluster by actor index.
     */
    static Map<Integer, Integer> twoMeans(List<Actor> orgs, Map<String, Double> r) {
        Map<Integer, Integer> out = new HashMap<>();
        if (orgs.size() < 2) {
            r.put("discourseClusterDistance", 0.0);
            return out;
        }
        Actor lo = orgs.get(0), hi = orgs.get(0);
        for (Actor a : orgs) {
            if (a.discourse().x() < lo.discourse().x()) lo = a;
            if (a.discourse().x() > hi.discourse().x()) hi = a;
        }
        double[][] c = {{lo.discourse().x(), lo.discourse().y()}, {hi.discourse().x(), hi.discourse().y()}};
        int[] assign = new int[orgs.size()];
        for (int iter = 0; iter < 100; iter++) {
            boolean changed = iter == 0;
            double[][] sum = new double[2][2];
            int[] n = new int[2];
            for (int i = 0; i < orgs.size(); i++) {
                double x = orgs.get(i).discourse().x(), y = orgs.get(i).discourse().y();
                double d0 = sq(x - c[0][0]) + sq(y - c[0][1]), d1 = sq(x - c[1][0]) + sq(y - c[1][1]);
                int k = d1 < d0 ? 1 : 0;
                if (k != assign[i]) changed = true;
                assign[i] = k;
                sum[k][0] += x;
                sum[k][1] += y;
                n[k]++;
            }
            for (int k = 0; k < 2; k++) if (n[k] > 0) c[k] = new double[] {sum[k][0] / n[k], sum[k][1] / n[k]};
            if (!changed) break;
        }
        for (int i = 0; i < orgs.size(); i++) out.put(orgs.get(i).index(), assign[i]);
        r.put("discourseClusterDistance", Math.sqrt(sq(c[0][0] - c[1][0]) + sq(c[0][1] - c[1][1])));
        return out;
    }

    private static double sq(double v) {
        return v * v;
    }

    /** adoption_export, adoption_local, certifiedShare_organic, persistence24_cohort, persistence24_kept. */
    private void smes(World w, int step, Map<String, Double> r) {
        int[] n = new int[MarketOrientation.values().length], adopted = new int[n.length];
        int organic = 0, organicCertified = 0;
        for (Actor a : w.active(ActorKind.SME)) {
            Sme s = (Sme) a;
            n[s.orientation().ordinal()]++;
            if (s.adopted()) adopted[s.orientation().ordinal()]++;
            if (s.domain() == Domain.ORGANIC) {
                organic++;
                if (s.certified()) organicCertified++;
            }
            // a project ends in its last supported month; remember the SMEs that practise then
            if (s.supportedUntil() == step && s.adopted()) {
                cohorts.computeIfAbsent(step + PERSISTENCE_MONTHS, k -> new ArrayList<>()).add(s.index());
            }
        }
        for (MarketOrientation o : MarketOrientation.values()) {
            r.put("adoption_" + o.key(), n[o.ordinal()] == 0 ? 0 : (double) adopted[o.ordinal()] / n[o.ordinal()]);
        }
        r.put("certifiedShare_organic", organic == 0 ? 0 : (double) organicCertified / organic);
        int cohort = 0, kept = 0;
        ArrayList<Integer> due = cohorts.remove(step);
        if (due != null) {
            for (int i : due) {
                Sme s = (Sme) w.actor(i);
                // SMEs that left do not count; one that stopped practising since is not kept even if a later project
                // brought it back (projects go only to SMEs that do not practise, so a new project follows a reversion)
                if (!s.active()) continue;
                cohort++;
                if (s.adopted() && s.revertedStep() < step - PERSISTENCE_MONTHS) kept++;
            }
        }
        r.put("persistence24_cohort", (double) cohort);
        r.put("persistence24_kept", (double) kept);
    }

    /**
     * ngoClosures_conventional, ngoClosures_marketDriven, ngoClosures_marketIncome, ngoClosures_aidIncome (NGOs that
     * closed for insolvency this month, classed as they were last month), ngo_marketIncome, ngo_aidIncome.
     */
    private void closures(World w, Map<String, Double> r) {
        int conventional = 0, driven = 0, market = 0, aid = 0;
        for (Map.Entry<Integer, Integer> e : lastNgos.entrySet()) {
            Ngo n = (Ngo) w.actor(e.getKey());
            if (n.active() || n.insolventMonths() < w.params.getNgoInsolvencyMonths()) continue;
            int f = e.getValue();
            if ((f & 1) != 0) conventional++;
            if ((f & 2) != 0) driven++;
            if ((f & 4) != 0) market++;
            else aid++;
        }
        HashMap<Integer, Integer> now = new HashMap<>();
        int withMarket = 0, without = 0;
        for (Actor a : w.active(ActorKind.NGO)) {
            Ngo n = (Ngo) a;
            Map<IncomeSource, Double> own = n.ownIncome();
            double fromMarket = own.getOrDefault(IncomeSource.SALES, 0.0) + own.getOrDefault(IncomeSource.SERVICE_FEES, 0.0);
            boolean m = fromMarket >= MARKET_INCOME_SHARE * n.monthlyCost() && fromMarket > 0;
            if (m) withMarket++;
            else without++;
            now.put(n.index(), (n.type() == NgoType.CONVENTIONAL ? 1 : 0) | (marketDriven(n.type()) ? 2 : 0) | (m ? 4 : 0));
        }
        lastNgos = now;
        r.put("ngoClosures_conventional", (double) conventional);
        r.put("ngoClosures_marketDriven", (double) driven);
        r.put("ngoClosures_marketIncome", (double) market);
        r.put("ngoClosures_aidIncome", (double) aid);
        r.put("ngo_marketIncome", (double) withMarket);
        r.put("ngo_aidIncome", (double) without);
    }

    /**
     * fundingSourceEntropy_business and _conventional: mean over the NGOs of the type that receive funding of the
     * normalised entropy of the money they received on their funding ties, grouped by the funder's kind.
     */
    private static void fundingSources(World w, Map<String, Double> r) {
        for (NgoType type : new NgoType[] {NgoType.BUSINESS, NgoType.CONVENTIONAL}) {
            double sum = 0;
            int n = 0;
            for (Actor a : w.active(ActorKind.NGO)) {
                if (((Ngo) a).type() != type) continue;
                double[] byKind = new double[ActorKind.values().length];
                double total = 0;
                for (Tie t : w.ties.in(a.index())) {
                    if (t.layer() != Layer.FUNDING) continue;
                    byKind[w.actor(t.from()).kind().ordinal()] += t.totalFlow();
                    total += t.totalFlow();
                }
                if (total <= 0) continue;
                sum += entropy(byKind);
                n++;
            }
            r.put("fundingSourceEntropy_" + type.key(), n == 0 ? 0 : sum / n);
        }
    }
}
