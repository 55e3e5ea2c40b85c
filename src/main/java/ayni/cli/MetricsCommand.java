package ayni.cli;

import ayni.metrics.graph.Betweenness;
import ayni.metrics.graph.Network;
import ayni.metrics.graph.NetworkException;
import ayni.metrics.graph.NetworkReader;
import ayni.metrics.graph.NetworkReport;
import ayni.output.NetworkReportCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "metrics", mixinStandardHelpOptions = true,
        footer = CommandList.EXAMPLE + "./ayni metrics results/organic-production/seed-20130514/network-final.graphml",
        description = "Network measures of a GraphML, GEXF or edge-list CSV file (e.g. a run's network-final.graphml): "
                + "per node (degree, strength, PageRank, betweenness, closeness, harmonic closeness, eigenvector, "
                + "clustering, constraint, effective size, brokerage roles), per group, and for the whole graph (density, centralization, densities between groups). "
                + "Prints three CSV blocks, or writes nodes.csv, groups.csv and graph.csv into --out. docs/measures.md "
                + "explains each measure.")
final class MetricsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NETWORK", description = "a .graphml, .gexf or .csv file (edge list with a header "
            + "source,target[,weight,...])")
    Path network;

    @Option(names = "--weight", paramLabel = "ATTR", description = "edge attribute used as tie weight (default: "
            + "'weight' if the edges have it, else every edge counts 1; 'none' counts every edge 1)")
    String weight;

    @Option(names = "--kind", paramLabel = "ATTR", description = "node attribute used as group for brokerage roles, "
            + "group densities and the per-group summary (default: 'kind' if the nodes have it, else one group)")
    String kind;

    @Option(names = "--undirected", description = "ignore edge directions (an edge list is otherwise directed; GraphML "
            + "and GEXF follow the file's declaration)")
    boolean undirected;

    @Option(names = "--out", paramLabel = "DIR", description = "write nodes.csv, groups.csv and graph.csv into this "
            + "folder instead of printing them")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed for the sampled betweenness "
            + "sources (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--samples", paramLabel = "K", description = "estimate betweenness and closeness from K random source nodes "
            + "(default: exact up to " + Betweenness.EXACT_LIMIT + " nodes, else " + Betweenness.DEFAULT_SAMPLES
            + " sources); the standard error is written beside it")
    Integer samples;

    @Override
    public Integer call() throws IOException {
        if (samples != null && samples < 2) {
            throw new Main.BadInput("ayni metrics: --samples " + samples + " is too small; fix: give 2 or more source "
                    + "nodes (the standard error needs two), or leave it out");
        }
        Network net;
        try {
            net = Network.of(NetworkReader.read(network), weight, kind, undirected);
        } catch (NetworkException e) {
            throw new Main.BadInput(e.getMessage());
        }
        NetworkReport report = NetworkReport.of(net, samples, new SplittableRandom(seed));
        if (out == null) {
            NetworkReportCsv.print(report, spec.commandLine().getOut());
            return 0;
        }
        NetworkReportCsv.write(report, new ayni.output.Manifest().put("kind", "metrics")
                .put("network", ayni.output.RunWriter.fileName(network.toString()))
                .put("weight", net.weightAttribute() == null ? Network.UNWEIGHTED : net.weightAttribute())
                .put("groups", net.groupAttribute() == null ? "" : net.groupAttribute())
                .put("directed", net.directed()).put("samples", samples == null ? 0 : samples).put("seed", seed)
                .put("version", ayni.output.Manifest.version()), out);
        int k = (int) report.graphMeasure("betweennessSamples");
        spec.commandLine().getOut().printf("%s: %d nodes, %d ties (%s, %s), %s, betweenness %s -> %s%n",
                network, net.graph().vertexSet().size(), net.graph().edgeSet().size(), net.directed() ? "directed" : "undirected",
                net.weightAttribute() == null ? "unweighted" : "weighted by " + net.weightAttribute(),
                net.groupAttribute() == null ? "no groups" : "groups by " + net.groupAttribute(),
                k == 0 ? "exact" : "sampled from " + k + " sources", out);
        return 0;
    }
}
