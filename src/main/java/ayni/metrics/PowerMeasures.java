package ayni.metrics;

import ayni.agents.Actor;
import ayni.agents.Company;
import ayni.agents.GovernmentAgency;
import ayni.agents.Mistrust;
import ayni.agents.Ngo;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Discourse;
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
    /** An actor's pole for the densities: global (donors, international NGOs, export buyers), local, or neither. */
    private static final byte NEITHER = 0, GLOBAL = 1, LOCAL = 2;

    private PowerMeasures() {}

    /** Adds this step's measures to a row. */
    public static void measure(World w, Map<String, Double> r) {
        measure(NetworkCopy.of(w), r);
        poles(w, r);
    }

    /**
     * The measures of the ties (all but the densities and SME inclusion, {@link #poles}), from a copy of the network:
     * the columns of {@link #measure(World, Map)} up to the centralizations, in the same order.
     */
    public static void measure(NetworkCopy c, Map<String, Double> r) {
        int n = c.actors(), m = c.ties();
        int[] kind = c.kind();
        double[] weight = c.weight(), flow = c.flow(), px = c.px(), py = c.py();
        int funding = Layer.FUNDING.ordinal(), knowledge = Layer.KNOWLEDGE.ordinal();

        double[][] control = new double[CONTROLLED.length][K];
        double[] fundingIn = new double[n];
        int[] fundingOutDegree = new int[n], knowledgeOutDegree = new int[n];
        double[] swAll = new double[n], fwAll = new double[n];
        for (int t = 0; t < m; t++) {
            int a = c.from(t), b = c.to(t), layer = c.layer()[t];
            double f = flow[t];
            for (int k = 0; k < CONTROLLED.length; k++) if (layer == CONTROLLED[k].ordinal() && f > 0) control[k][kind[a]] += f;
            if (layer == funding) {
                fundingIn[b] += weight[t];
                fundingOutDegree[a]++;
                if (f > 0) fwAll[b] += f;
            }
            if (layer == knowledge) knowledgeOutDegree[a]++;
            // the weight a partner's position pulls with: ties to partners rejected (7.33) do not pull
            if (!Mistrust.rejectsPosition(c.organisation(a), px[a], py[a], c.organisation(b), px[b], py[b], c.layerOf(t),
                    c.latitude())) {
                swAll[a] += weight[t];
                swAll[b] += weight[t];
            }
        }
        for (int k = 0; k < CONTROLLED.length; k++) put(r, "control" + cap(CONTROLLED[k].key()) + "_", shares(control[k]));

        NodePower np = nodes(c);
        double[] hhiSum = new double[K];
        int[] hhiCount = new int[K];
        for (int t = 0; t < m; t++) {
            if (c.layer()[t] != funding) continue;
            int b = c.to(t);
            double share = weight[t] / fundingIn[b];
            hhiSum[kind[b]] += share * share;
        }
        for (int i = 0; i < n; i++) if (fundingIn[i] > 0) hhiCount[kind[i]]++;
        put(r, "dependence_", shares(byKind(c, np.dependence())));
        for (ActorKind k : new ActorKind[] {ActorKind.NGO, ActorKind.PLATFORM, ActorKind.SME, ActorKind.GOVERNMENT}) {
            int count = hhiCount[k.ordinal()];
            r.put("fundingHhi_" + k.key(), count == 0 ? 0 : hhiSum[k.ordinal()] / count);
        }
        bySubgroup(c.groups(), np.dependence(), "dependence", r);
        put(r, "informational_", shares(byKind(c, np.informational())));
        put(r, "anchoring_", shares(byKind(c, np.anchoring())));
        put(r, "programmer_", programmers(c, swAll, fwAll));

        r.put("centralization_funding", centralization(c, fundingOutDegree));
        r.put("centralization_knowledge", centralization(c, knowledgeOutDegree));
    }

    /** The rest of {@link #measure(World, Map)}: the densities within and between the poles, and SME inclusion. */
    public static void poles(World w, Map<String, Double> r) {
        densities(w, r);
        r.put("smeIncluded", smeIncluded(w));
    }

    /** The names of the columns {@link #measure(NetworkCopy, Map)} writes, in order. */
    public static java.util.Set<String> tieColumns() {
        return TIE_COLUMNS;
    }

    private static final java.util.Set<String> TIE_COLUMNS;

    static {
        Map<String, Double> r = new java.util.LinkedHashMap<>();
        measure(empty(), r);
        TIE_COLUMNS = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(r.keySet()));
    }

    private static NetworkCopy empty() {
        return new NetworkCopy(new int[0], new int[0], new byte[0], new double[0], new double[0], new int[0],
                new boolean[0], 0, new double[0], new double[0], new boolean[0], new double[0],
                new ActorGroups(new int[0], new int[0], new int[0], new int[0], new int[0]), new double[K], 0, 0, 0);
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
        return nodes(NetworkCopy.of(w));
    }

    /** The same from a copy of the network. */
    public static NodePower nodes(NetworkCopy c) {
        int n = c.actors(), nl = Layer.values().length, m = c.ties();
        int[] dep = c.dep(), prov = c.prov();
        byte[] layer = c.layer();
        double[] weight = c.weight(), rooted = c.rooted();
        boolean[] local = c.local();
        int knowledge = Layer.KNOWLEDGE.ordinal();
        // inflow by actor and layer in one array
        double[] inflow = new double[n * nl];
        double[] informational = new double[n], anchoring = new double[n], dependence = new double[n];
        for (int t = 0; t < m; t++) {
            int a = c.from(t), b = c.to(t);
            inflow[dep[t] * nl + layer[t]] += weight[t];
            if (layer[t] == knowledge) informational[a] += weight[t];
            if (local[b]) anchoring[a] += weight[t] * rooted[a];
            if (local[a]) anchoring[b] += weight[t] * rooted[b];
        }
        int[] layers = new int[n];
        for (int i = 0; i < n; i++) for (int l = 0; l < nl; l++) if (inflow[i * nl + l] > 0) layers[i]++;
        for (int t = 0; t < m; t++) {
            int b = dep[t];
            double total = inflow[b * nl + layer[t]];
            if (total > 0) dependence[prov[t]] += weight[t] / total / layers[b];
        }
        return new NodePower(dependence, informational, anchoring);
    }

    /**
     * Shares of a per-actor measure held by each NGO type ({@code <name>Ngo_<type>}, shares of the total over all
     * actors) and by each domain ({@code <name>Domain_<domain>}; agencies serving every domain count in none).
     */
    public static void bySubgroup(World w, double[] perActor, String name, Map<String, Double> r) {
        bySubgroup(ActorGroups.of(w), perActor, name, r);
    }

    /** The same over groups read before (in their kind-by-kind order). */
    public static void bySubgroup(ActorGroups g, double[] perActor, String name, Map<String, Double> r) {
        double total = 0;
        double[] type = new double[ayni.domain.NgoType.values().length];
        double[] domain = new double[ayni.domain.Domain.values().length];
        int[] grouped = g.grouped(), typeOf = g.typeOf(), domainOf = g.domainOf();
        for (int i = 0; i < grouped.length; i++) {
            double v = perActor[grouped[i]];
            total += v;
            if (typeOf[i] >= 0) type[typeOf[i]] += v;
            if (domainOf[i] >= 0) domain[domainOf[i]] += v;
        }
        for (ayni.domain.NgoType t : ayni.domain.NgoType.values()) {
            r.put(name + "Ngo_" + t.key(), total <= 0 ? 0 : type[t.ordinal()] / total);
        }
        for (ayni.domain.Domain d : ayni.domain.Domain.values()) {
            r.put(name + "Domain_" + d.key(), total <= 0 ? 0 : domain[d.ordinal()] / total);
        }
    }

    /** A per-actor measure summed by kind, kind by kind over the active lists (their order). */
    static double[] byKind(NetworkCopy c, double[] perActor) {
        double[] out = new double[K];
        for (int i : c.groups().grouped()) out[c.kind()[i]] += perActor[i];
        return out;
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
    static double[] programmers(NetworkCopy c, double[] sw, double[] fw) {
        int[] kind = c.kind();
        double[] px = c.px(), py = c.py(), weight = c.weight(), flow = c.flow();
        double influence = c.influence(), pressure = c.pressure();
        int donor = ActorKind.DONOR.ordinal();
        double[] pull = new double[K];
        for (int t = 0, m = c.ties(); t < m; t++) {
            int u = c.from(t), v = c.to(t);
            Layer layer = c.layerOf(t);
            double d = Discourse.distance(px[u], py[u], px[v], py[v]);
            // no pull along a rejected tie (7.33; funding ties, which carry the funders' pressure, are never rejected)
            if (d == 0 || Mistrust.rejectsPosition(c.organisation(u), px[u], py[u], c.organisation(v), px[v], py[v], layer,
                    c.latitude())) continue;
            // u pulls v (v's in-tie) and v pulls u (u's out-tie); donors do not move
            if (kind[v] != donor && sw[v] > 0) pull[kind[u]] += influence * weight[t] / sw[v] * d;
            if (kind[u] != donor && sw[u] > 0) pull[kind[v]] += influence * weight[t] / sw[u] * d;
            double f = layer == Layer.FUNDING ? flow[t] : 0;
            if (f > 0 && kind[v] != donor && fw[v] > 0) pull[kind[u]] += pressure * f / fw[v] * d;
        }
        double[] alloc = c.given().clone();
        double[] a = shares(alloc), p = shares(pull), out = new double[K];
        for (int k = 0; k < K; k++) out[k] = a[k] * p[k];
        return shares(out);
    }

    /**
     * Freeman out-degree centralization of one layer among active actors (Freeman 1979): Σ (max − d_i) over the
     * largest possible sum, (n − 1)², reached when one actor sends to every other and nobody else sends. 1 =
     * hierarchical (one hub), 0 = democratic (everyone alike).
     */
    static double centralization(NetworkCopy c, int[] outDegree) {
        int n = 0, max = 0;
        long sum = 0;
        for (int i : c.groups().grouped()) {
            n++;
            max = Math.max(max, outDegree[i]);
            sum += outDegree[i];
        }
        if (n < 3) return 0;
        return ((double) n * max - sum) / ((double) (n - 1) * (n - 1));
    }

    /**
     * Density per layer, and of all layers together within the global pole, within the local pole and between; each
     * ordered pair of actors counts once whatever the layers of its ties (a mark per receiver, not a look-up per tie).
     */
    static void densities(World w, Map<String, Double> r) {
        TieStore ts = w.ties;
        byte[] pole = new byte[w.actors().size()];
        for (Actor a : w.actors()) pole[a.index()] = isGlobal(a) ? GLOBAL : isLocal(a) ? LOCAL : NEITHER;
        int n = 0, nGlobal = 0, nLocal = 0;
        for (ActorKind k : ActorKind.values()) {
            for (Actor a : w.active(k)) {
                n++;
                if (pole[a.index()] == GLOBAL) nGlobal++;
                else if (pole[a.index()] == LOCAL) nLocal++;
            }
        }
        for (Layer l : Layer.values()) r.put("density_" + l.key(), n < 2 ? 0 : w.ties.count(l) / ((double) n * (n - 1)));
        long within = 0, local = 0, between = 0;
        int[] seenFrom = new int[pole.length];
        for (int a = 0; a < pole.length; a++) {
            for (int k = 0, d = ts.outDegree(a); k < d; k++) {
                int b = ts.to(ts.outSlot(a, k));
                if (seenFrom[b] == a + 1) continue; // the pair's other layers
                seenFrom[b] = a + 1;
                byte pa = pole[a], pb = pole[b];
                if (pa == GLOBAL && pb == GLOBAL) within++;
                else if (pa == LOCAL && pb == LOCAL) local++;
                else if ((pa == GLOBAL && pb == LOCAL) || (pa == LOCAL && pb == GLOBAL)) between++;
            }
        }
        r.put("density_global", nGlobal < 2 ? 0 : within / ((double) nGlobal * (nGlobal - 1)));
        r.put("density_local", nLocal < 2 ? 0 : local / ((double) nLocal * (nLocal - 1)));
        r.put("density_globalLocal", nGlobal == 0 || nLocal == 0 ? 0 : between / (2.0 * nGlobal * nLocal));
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
