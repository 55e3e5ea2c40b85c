package ayni.metrics.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Every measure of a network in three tidy tables: {@code nodes} (one row per node: id, label, group, each measure),
 * {@code groups} (one row per group: count, mean and sum of each measure, its share of all PageRank and betweenness)
 * and {@code graph} (one row per whole-graph measure, plus the ties and density of each block of the
 * group-by-group density matrix).
 */
public record NetworkReport(Table nodes, Table groups, Table graph) {

    /** The per-node measures, in column order. */
    public static final List<String> MEASURES = List.of("inDegree", "outDegree", "degree", "inStrength",
            "outStrength", "strength", "pagerank", "betweenness", "betweennessSE", "betweennessNormalized", "closeness",
            "harmonicCloseness", "eigenvector", "clustering", "constraint", "effectiveSize", "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "brokerage");

    /**
     * @param samples betweenness sources to sample, or null for exact up to {@link Betweenness#EXACT_LIMIT} nodes
     * @param rng     draws the sampled sources
     */
    public static NetworkReport of(Network net, Integer samples, RandomGenerator rng) {
        Graph<String, DefaultWeightedEdge> g = net.graph();
        Map<String, Degrees.Degree> deg = Degrees.of(g);
        Map<String, Double> pr = PageRankCentrality.of(g);
        Betweenness.Result<String> bc = Betweenness.of(g, samples, rng);
        Eigenvector.Result<String> ev = Eigenvector.of(g);
        Clustering.Result<String> cl = Clustering.of(g);
        Map<String, Double> con = BurtConstraint.of(g);
        Map<String, Double> eff = EffectiveSize.of(g);
        Closeness.Result<String> clo = Closeness.of(g, samples, rng);
        int n = g.vertexSet().size();
        Map<String, Brokerage.Counts> bro = Brokerage.of(g, net.groups());

        Map<String, double[]> values = new LinkedHashMap<>();
        for (String v : g.vertexSet()) {
            Degrees.Degree d = deg.get(v);
            Brokerage.Counts b = bro.get(v);
            values.put(v, new double[] {d.in(), d.out(), d.total(), d.inStrength(), d.outStrength(), d.strength(),
                    pr.get(v), bc.score().get(v), bc.standardError().get(v),
                    Betweenness.normalized(bc.score().get(v), n, net.directed()), clo.closeness().get(v),
                    clo.harmonic().get(v), ev.score().get(v), cl.local().get(v), con.get(v), eff.get(v),
                    b.get(Brokerage.Role.COORDINATOR), b.get(Brokerage.Role.ITINERANT),
                    b.get(Brokerage.Role.REPRESENTATIVE), b.get(Brokerage.Role.GATEKEEPER),
                    b.get(Brokerage.Role.LIAISON), b.total()});
        }
        return new NetworkReport(nodes(net, values), groups(net, values), graph(net, deg, bc, ev, cl, bro));
    }

    /** A whole-graph measure from the graph table, e.g. "betweennessSamples". */
    public double graphMeasure(String name) {
        for (List<Object> r : graph.rows()) if (r.get(0).equals(name)) return ((Number) r.get(3)).doubleValue();
        throw new IllegalArgumentException("no graph measure " + name);
    }

    private static Table nodes(Network net, Map<String, double[]> values) {
        List<String> cols = new ArrayList<>(List.of("id", "label", "group"));
        cols.addAll(MEASURES);
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            List<Object> r = new ArrayList<>(List.of(e.getKey(), net.labels().get(e.getKey()), net.groups().get(e.getKey())));
            for (double x : e.getValue()) r.add(x);
            rows.add(r);
        }
        return new Table("nodes", cols, rows);
    }

    /** Means and sums skip undefined values (constraint of an isolate); the standard error is not summed. */
    private static Table groups(Network net, Map<String, double[]> values) {
        int pagerank = MEASURES.indexOf("pagerank"), betweenness = MEASURES.indexOf("betweenness");
        int se = MEASURES.indexOf("betweennessSE");
        Map<String, List<double[]>> byGroup = new TreeMap<>();
        double[] total = new double[MEASURES.size()];
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            byGroup.computeIfAbsent(net.groups().get(e.getKey()), k -> new ArrayList<>()).add(e.getValue());
            for (int m = 0; m < total.length; m++) if (!Double.isNaN(e.getValue()[m])) total[m] += e.getValue()[m];
        }
        List<String> cols = new ArrayList<>(List.of("group", "count"));
        for (int m = 0; m < MEASURES.size(); m++) {
            if (m == se) continue;
            cols.add(MEASURES.get(m) + "_mean");
            cols.add(MEASURES.get(m) + "_sum");
        }
        cols.add("pagerankShare");
        cols.add("betweennessShare");
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : byGroup.entrySet()) {
            List<Object> r = new ArrayList<>(List.of(e.getKey(), (long) e.getValue().size()));
            double[] sum = new double[MEASURES.size()];
            int[] defined = new int[MEASURES.size()];
            for (double[] v : e.getValue()) {
                for (int m = 0; m < v.length; m++) if (!Double.isNaN(v[m])) { sum[m] += v[m]; defined[m]++; }
            }
            for (int m = 0; m < MEASURES.size(); m++) {
                if (m == se) continue;
                r.add(defined[m] == 0 ? Double.NaN : sum[m] / defined[m]);
                r.add(defined[m] == 0 ? Double.NaN : sum[m]);
            }
            r.add(total[pagerank] > 0 ? sum[pagerank] / total[pagerank] : Double.NaN);
            r.add(total[betweenness] > 0 ? sum[betweenness] / total[betweenness] : Double.NaN);
            rows.add(r);
        }
        return new Table("groups", cols, rows);
    }

    private static Table graph(Network net, Map<String, Degrees.Degree> deg, Betweenness.Result<String> bc,
            Eigenvector.Result<String> ev, Clustering.Result<String> cl, Map<String, Brokerage.Counts> bro) {
        Graph<String, DefaultWeightedEdge> g = net.graph();
        List<List<Object>> rows = new ArrayList<>();
        row(rows, "nodes", g.vertexSet().size());
        row(rows, "edges", g.edgeSet().size());
        row(rows, "directed", net.directed() ? 1 : 0);
        row(rows, "weighted", net.weightAttribute() != null ? 1 : 0);
        row(rows, "parallelEdgesMerged", net.parallelMerged());
        row(rows, "selfLoopsDropped", net.selfLoopsDropped());
        row(rows, "zeroWeightDropped", net.zeroWeightDropped());
        row(rows, "density", Density.of(g));
        if (net.directed()) {
            row(rows, "inDegreeCentralization", Centralization.directedDegree(deg.values().stream().map(Degrees.Degree::in).toList()));
            row(rows, "outDegreeCentralization", Centralization.directedDegree(deg.values().stream().map(Degrees.Degree::out).toList()));
        } else {
            row(rows, "degreeCentralization", Centralization.degree(deg.values().stream().map(Degrees.Degree::total).toList()));
        }
        row(rows, "betweennessCentralization", Centralization.betweenness(bc.score().values(), net.directed()));
        row(rows, "betweennessSamples", bc.samples());
        row(rows, "leadingEigenvalue", ev.eigenvalue());
        row(rows, "eigenvectorConverged", ev.converged() ? 1 : 0);
        row(rows, "transitivity", cl.transitivity());
        row(rows, "triangles", cl.triangles());
        row(rows, "averageClustering", cl.average());
        long brokerage = 0;
        for (Brokerage.Counts c : bro.values()) brokerage += c.total();
        row(rows, "brokerage", brokerage);
        for (Density.Block b : Density.byGroup(g, net.groups())) {
            rows.add(List.of("groupTies", b.from(), b.to(), b.ties()));
            rows.add(List.of("groupDensity", b.from(), b.to(), b.density()));
        }
        return new Table("graph", List.of("measure", "from", "to", "value"), rows);
    }

    private static void row(List<List<Object>> rows, String measure, Number value) {
        rows.add(List.of(measure, "", "", value));
    }
}
