package ayni.metrics;

import ayni.agents.Actor;
import ayni.agents.Company;
import ayni.agents.GovernmentAgency;
import ayni.agents.Mistrust;
import ayni.agents.Ngo;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.GovernmentLevel;
import ayni.domain.Layer;
import ayni.domain.Scope;
import ayni.network.TieStore;
import java.util.List;
import java.util.Map;

/**
 * The power measures (estimates after the thesis §2.3) computed on the live network in one pass over the ties (docs/ODD.md
 * 9.2): resource control per layer, power-dependence, concentration of funding sources, informational and anchoring
 * power, programmers, Freeman centralization of the funding and knowledge layers, densities within and between the
 * global and local poles and SME inclusion. Shares by kind sum to 1
 * (or are all 0 when nothing qualifies).
 */
public final class PowerMeasures {
    static final Layer[] CONTROLLED = {Layer.FUNDING, Layer.KNOWLEDGE, Layer.LEGITIMACY};
    private static final int K = ActorKind.values().length;

    private PowerMeasures() {}

    /** Adds this step's measures to a row. */
    public static void measure(World w, Map<String, Double> r) {
        List<Actor> actors = w.actors();
        int n = actors.size(), step = w.step();
        TieStore ts = w.ties;

        double[][] control = new double[CONTROLLED.length][K];
        double[] fundingIn = new double[n];
        int[] fundingOutDegree = new int[n], knowledgeOutDegree = new int[n];
        double[] swAll = new double[n], fwAll = new double[n];
        // each actor's kind, position and whether it is an organisation read once, not through two objects per tie
        int[] kind = new int[n];
        boolean[] org = new boolean[n];
        double[] px = new double[n], py = new double[n];
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            kind[i] = a.kind().ordinal();
            org[i] = a.kind() != ActorKind.SME;
            px[i] = a.discourse().x();
            py[i] = a.discourse().y();
        }
        double latitude = w.params.getDiscourseRejectionDistance();
        for (int ti = 0, tn = ts.size(); ti < tn; ti++) {
            int t = ts.slotAt(ti), a = ts.from(t), b = ts.to(t);
            double f = ts.flowAt(t, step);
            for (int c = 0; c < CONTROLLED.length; c++) if (ts.layer(t) == CONTROLLED[c] && f > 0) control[c][kind[a]] += f;
            if (ts.layer(t) == Layer.FUNDING) {
                fundingIn[ts.to(t)] += ts.weight(t);
                fundingOutDegree[ts.from(t)]++;
                if (f > 0) fwAll[ts.to(t)] += f;
            }
            if (ts.layer(t) == Layer.KNOWLEDGE) knowledgeOutDegree[ts.from(t)]++;
            // the weight a partner's position pulls with: ties to partners rejected (7.33) do not pull
            if (!Mistrust.rejectsPosition(org[a], px[a], py[a], org[b], px[b], py[b], ts.layer(t), latitude)) {
                swAll[ts.from(t)] += ts.weight(t);
                swAll[ts.to(t)] += ts.weight(t);
            }
        }
        for (int c = 0; c < CONTROLLED.length; c++) put(r, "control" + cap(CONTROLLED[c].key()) + "_", shares(control[c]));

        NodePower np = nodes(w);
        double[] hhiSum = new double[K];
        int[] hhiCount = new int[K];
        for (int ti = 0, tn = ts.size(); ti < tn; ti++) {
            int t = ts.slotAt(ti);
            if (ts.layer(t) != Layer.FUNDING) continue;
            double share = ts.weight(t) / fundingIn[ts.to(t)];
            hhiSum[kind[ts.to(t)]] += share * share;
        }
        for (int i = 0; i < n; i++) if (fundingIn[i] > 0) hhiCount[actors.get(i).kind().ordinal()]++;
        put(r, "dependence_", shares(byKind(w, np.dependence())));
        for (ActorKind k : new ActorKind[] {ActorKind.NGO, ActorKind.PLATFORM, ActorKind.SME, ActorKind.GOVERNMENT}) {
            int c = hhiCount[k.ordinal()];
            r.put("fundingHhi_" + k.key(), c == 0 ? 0 : hhiSum[k.ordinal()] / c);
        }
        bySubgroup(w, np.dependence(), "dependence", r);
        put(r, "informational_", shares(byKind(w, np.informational())));
        put(r, "anchoring_", shares(byKind(w, np.anchoring())));
        put(r, "programmer_", programmers(w, swAll, fwAll, step));

        r.put("centralization_funding", centralization(w, fundingOutDegree));
        r.put("centralization_knowledge", centralization(w, knowledgeOutDegree));
        densities(w, r);
        r.put("smeIncluded", smeIncluded(w));
    }

    /** Per-actor power (indexed by actor index): dependence held, informational and anchoring power. */
    public record NodePower(double[] dependence, double[] informational, double[] anchoring) {}

    /**
     * Per-actor power on the live network. Dependence: each actor with inflow spreads one unit over its providers,
     * on each layer in proportion to their tie weights (more alternatives, smaller shares), layers with inflow counted
     * equally. Informational power (§8.6.1): out-strength on the knowledge layer. Anchoring power (§8.6.1, §9.3.3):
     * the weight of an actor's ties (any layer, either direction) to actors of the local web, SMEs and local NGOs and
     * agencies; an SME's ties count in proportion to its embeddedness in local webs.
     */
    public static NodePower nodes(World w) {
        int n = w.actors().size(), nl = Layer.values().length;
        TieStore ts = w.ties;
        // inflow by actor and layer in one array; each actor's locality and rootedness read once
        double[] inflow = new double[n * nl];
        double[] informational = new double[n], anchoring = new double[n], dependence = new double[n];
        boolean[] local = new boolean[n];
        double[] rooted = new double[n];
        for (int i = 0; i < n; i++) {
            Actor a = w.actor(i);
            local[i] = isLocal(a);
            rooted[i] = rootedness(a);
        }
        for (int ti = 0, tn = ts.size(); ti < tn; ti++) {
            int t = ts.slotAt(ti), a = ts.from(t), b = ts.to(t);
            inflow[DependencePageRank.dependent(ts, t) * nl + ts.layer(t).ordinal()] += ts.weight(t);
            if (ts.layer(t) == Layer.KNOWLEDGE) informational[a] += ts.weight(t);
            if (local[b]) anchoring[a] += ts.weight(t) * rooted[a];
            if (local[a]) anchoring[b] += ts.weight(t) * rooted[b];
        }
        int[] layers = new int[n];
        for (int i = 0; i < n; i++) for (int l = 0; l < nl; l++) if (inflow[i * nl + l] > 0) layers[i]++;
        for (int ti = 0, tn = ts.size(); ti < tn; ti++) {
            int t = ts.slotAt(ti);
            int b = DependencePageRank.dependent(ts, t);
            double total = inflow[b * nl + ts.layer(t).ordinal()];
            if (total > 0) dependence[DependencePageRank.provider(ts, t)] += ts.weight(t) / total / layers[b];
        }
        return new NodePower(dependence, informational, anchoring);
    }

    /**
     * Shares of a per-actor measure held by each NGO type ({@code <name>Ngo_<type>}, shares of the total over all
     * actors) and by each domain ({@code <name>Domain_<domain>}; agencies serving every domain count in none).
     */
    public static void bySubgroup(World w, double[] perActor, String name, Map<String, Double> r) {
        double total = 0;
        double[] type = new double[ayni.domain.NgoType.values().length];
        double[] domain = new double[ayni.domain.Domain.values().length];
        for (ActorKind k : ActorKind.values()) {
            for (Actor a : w.active(k)) {
                double v = perActor[a.index()];
                total += v;
                if (a instanceof Ngo n) type[n.type().ordinal()] += v;
                if (a.domain() != null) domain[a.domain().ordinal()] += v;
            }
        }
        for (ayni.domain.NgoType t : ayni.domain.NgoType.values()) {
            r.put(name + "Ngo_" + t.key(), total <= 0 ? 0 : type[t.ordinal()] / total);
        }
        for (ayni.domain.Domain d : ayni.domain.Domain.values()) {
            r.put(name + "Domain_" + d.key(), total <= 0 ? 0 : domain[d.ordinal()] / total);
        }
    }

    static double[] byKind(World w, double[] perActor) {
        double[] out = new double[K];
        for (ActorKind k : ActorKind.values()) for (Actor a : w.active(k)) out[k.ordinal()] += perActor[a.index()];
        return out;
    }

    private static double rootedness(Actor a) {
        return a instanceof Sme s ? s.embeddedness() : 1.0;
    }

    static boolean isLocal(Actor a) {
        return a instanceof Sme || (a instanceof Ngo n && n.scope() == Scope.LOCAL)
                || (a instanceof GovernmentAgency g && g.level() != GovernmentLevel.NATIONAL);
    }

    static boolean isGlobal(Actor a) {
        return a.kind() == ActorKind.DONOR || (a instanceof Ngo n && n.scope() == Scope.INTERNATIONAL)
                || (a instanceof Company c && c.exportBuyer());
    }

    /**
     * Programmers (§2.3.3): the power to set the rules money follows and to move others' discourse. A kind's score is
     * its share of the funding allocated this step times its share of the discourse pull it exerts (the part of its
     * partners' discourse update that moves them toward it, as in DiscourseDynamics), renormalised over kinds.
     */
    static double[] programmers(World w, double[] sw, double[] fw, int step) {
        TieStore ts = w.ties;
        double influence = w.params.getDiscourseInfluenceRate(), pressure = w.params.getFunderPressureRate();
        double[] pull = new double[K];
        for (int ti = 0, tn = ts.size(); ti < tn; ti++) {
            int t = ts.slotAt(ti);
            Actor u = w.actor(ts.from(t)), v = w.actor(ts.to(t));
            double d = u.discourse().distance(v.discourse());
            // no pull along a rejected tie (7.33; funding ties, which carry the funders' pressure, are never rejected)
            if (d == 0 || Mistrust.rejectsPosition(u, v, ts.layer(t), w.params.getDiscourseRejectionDistance())) continue;
            // u pulls v (v's in-tie) and v pulls u (u's out-tie); donors do not move
            if (v.kind() != ActorKind.DONOR && sw[v.index()] > 0) pull[u.kind().ordinal()] += influence * ts.weight(t) / sw[v.index()] * d;
            if (u.kind() != ActorKind.DONOR && sw[u.index()] > 0) pull[v.kind().ordinal()] += influence * ts.weight(t) / sw[u.index()] * d;
            double f = ts.layer(t) == Layer.FUNDING ? ts.flowAt(t, step) : 0;
            if (f > 0 && v.kind() != ActorKind.DONOR && fw[v.index()] > 0) pull[u.kind().ordinal()] += pressure * f / fw[v.index()] * d;
        }
        double[] alloc = new double[K];
        for (ActorKind k : ActorKind.values()) alloc[k.ordinal()] = w.ledger.givenStep(k);
        double[] a = shares(alloc), p = shares(pull), out = new double[K];
        for (int k = 0; k < K; k++) out[k] = a[k] * p[k];
        return shares(out);
    }

    /**
     * Freeman out-degree centralization of one layer among active actors (Freeman 1979): Σ (max − d_i) over the
     * largest possible sum, (n − 1)², reached when one actor sends to every other and nobody else sends. 1 =
     * hierarchical (one hub), 0 = democratic (everyone alike).
     */
    static double centralization(World w, int[] outDegree) {
        int n = 0, max = 0;
        long sum = 0;
        for (ActorKind k : ActorKind.values()) {
            for (Actor a : w.active(k)) {
                n++;
                max = Math.max(max, outDegree[a.index()]);
                sum += outDegree[a.index()];
            }
        }
        if (n < 3) return 0;
        return ((double) n * max - sum) / ((double) (n - 1) * (n - 1));
    }

    /** Density per layer, and of all layers together within the global pole, within the local pole and between. */
    static void densities(World w, Map<String, Double> r) {
        TieStore ts = w.ties;
        int n = 0, nGlobal = 0, nLocal = 0;
        for (ActorKind k : ActorKind.values()) {
            for (Actor a : w.active(k)) {
                n++;
                if (isGlobal(a)) nGlobal++;
                else if (isLocal(a)) nLocal++;
            }
        }
        for (Layer l : Layer.values()) r.put("density_" + l.key(), n < 2 ? 0 : w.ties.count(l) / ((double) n * (n - 1)));
        long within = 0, local = 0, between = 0;
        for (int ti = 0, tn = ts.size(); ti < tn; ti++) {
            int t = ts.slotAt(ti);
            if (laterLayerOfPair(ts, t)) continue; // each ordered pair once, whatever the layers
            Actor a = w.actor(ts.from(t)), b = w.actor(ts.to(t));
            boolean ga = isGlobal(a), gb = isGlobal(b), la = !ga && isLocal(a), lb = !gb && isLocal(b);
            if (ga && gb) within++;
            else if (la && lb) local++;
            else if ((ga && lb) || (la && gb)) between++;
        }
        r.put("density_global", nGlobal < 2 ? 0 : within / ((double) nGlobal * (nGlobal - 1)));
        r.put("density_local", nLocal < 2 ? 0 : local / ((double) nLocal * (nLocal - 1)));
        r.put("density_globalLocal", nGlobal == 0 || nLocal == 0 ? 0 : between / (2.0 * nGlobal * nLocal));
    }

    /** True unless the tie in this slot is the pair's tie of the lowest layer (so a pair counts once). */
    private static boolean laterLayerOfPair(TieStore ts, int t) {
        int a = ts.from(t), b = ts.to(t), l = ts.layer(t).ordinal();
        for (int k = 0; k < l; k++) if (ts.slot(a, b, Layer.values()[k]) >= 0) return true;
        return false;
    }

    /** Share of active SMEs tied to at least one NGO or platform, or member of a platform (inclusion, §9.3.3). */
    static double smeIncluded(World w) {
        List<Actor> smes = w.active(ActorKind.SME);
        if (smes.isEmpty()) return 0;
        int in = 0;
        for (Actor s : smes) if (included(w, s)) in++;
        return (double) in / smes.size();
    }

    private static boolean included(World w, Actor s) {
        if (!s.platforms().isEmpty()) return true;
        TieStore ts = w.ties;
        int i = s.index();
        for (int k = 0; k < ts.outDegree(i); k++) if (isIntermediary(w.actor(ts.to(ts.outSlot(i, k))))) return true;
        for (int k = 0; k < ts.inDegree(i); k++) if (isIntermediary(w.actor(ts.from(ts.inSlot(i, k))))) return true;
        return false;
    }

    private static boolean isIntermediary(Actor a) {
        return a.kind() == ActorKind.NGO || a.kind() == ActorKind.PLATFORM;
    }

    static double[] shares(double[] v) {
        double total = 0;
        for (double x : v) total += x;
        double[] out = new double[v.length];
        if (total <= 0) return out;
        for (int i = 0; i < v.length; i++) out[i] = v[i] / total;
        return out;
    }

    private static void put(Map<String, Double> r, String prefix, double[] byKind) {
        for (ActorKind k : ActorKind.values()) r.put(prefix + k.key(), byKind[k.ordinal()]);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
