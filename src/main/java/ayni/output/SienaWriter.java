package ayni.output;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.metrics.NetworkSnapshot;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Panel waves for stochastic actor-oriented models (RSiena): one adjacency matrix per wave and layer over a fixed
 * actor set (every actor present in any wave), 1 for a tie at or above a weight threshold, 0 for none, 10 (RSiena's
 * structural zero) where either actor is absent in that wave; changing covariates (one column per wave, NA where the
 * actor is absent, so RSiena's centring and imputation use the actors present) and a constant covariate of actor
 * kinds; a README with the R lines to read them and the Jaccard index of each layer between consecutive waves
 * (ties kept / ties present in either wave, over pairs present in both), flagged below RSiena's threshold of 0.3. RSiena handles a few thousand actors at
 * most, so above {@link #MAX_ACTORS} the SMEs are left out (the README says so).
 */
public final class SienaWriter {
    public static final int MAX_ACTORS = 2_500;
    public static final double THRESHOLD = 0.1;
    /** RSiena warns when the Jaccard index of two consecutive waves is below this (Ripley et al., RSiena manual). */
    public static final double JACCARD_WARNING = 0.3;

    private SienaWriter() {}

    public static void write(List<NetworkSnapshot> waves, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Integer, NetworkSnapshot.Node> actors = new TreeMap<>();
        for (NetworkSnapshot s : waves) for (NetworkSnapshot.Node n : s.nodes()) actors.putIfAbsent(n.index(), n);
        boolean dropSmes = actors.size() > MAX_ACTORS;
        if (dropSmes) actors.values().removeIf(n -> n.kind().equals(ActorKind.SME.key()));
        List<Integer> order = new ArrayList<>(actors.keySet());
        Map<Integer, Integer> pos = new HashMap<>();
        for (int i = 0; i < order.size(); i++) pos.put(order.get(i), i);
        int n = order.size();

        try (Writer w = TextFile.writer(dir.resolve("actors.csv"))) {
            w.write("row,id,kind,subtype,domain\n");
            for (int i = 0; i < n; i++) {
                NetworkSnapshot.Node a = actors.get(order.get(i));
                w.write((i + 1) + "," + a.id() + "," + a.kind() + "," + a.subtype() + "," + a.domain() + "\n");
            }
        }
        try (Writer w = TextFile.writer(dir.resolve("kind.dat"))) {
            for (int i = 0; i < n; i++) w.write((ActorKind.valueOf(actors.get(order.get(i)).kind().toUpperCase()).ordinal() + 1) + "\n");
        }
        Map<String, double[][]> covariates = new LinkedHashMap<>();
        for (String c : List.of("legitimacy", "knowledge", "cash", "pagerank")) {
            double[][] v = new double[n][waves.size()];
            for (double[] row : v) java.util.Arrays.fill(row, Double.NaN); // absent until present: NA
            covariates.put(c, v);
        }
        List<String> files = new ArrayList<>(), jaccard = new ArrayList<>();
        Map<Layer, byte[][]> previous = new HashMap<>();
        for (int wv = 0; wv < waves.size(); wv++) {
            NetworkSnapshot s = waves.get(wv);
            Set<Integer> present = new HashSet<>();
            for (NetworkSnapshot.Node a : s.nodes()) {
                Integer i = pos.get(a.index());
                if (i == null) continue;
                present.add(i);
                covariates.get("legitimacy")[i][wv] = a.legitimacy();
                covariates.get("knowledge")[i][wv] = a.knowledge();
                covariates.get("cash")[i][wv] = a.cash();
                covariates.get("pagerank")[i][wv] = a.pagerank();
            }
            for (Layer layer : Layer.values()) {
                byte[][] m = new byte[n][n];
                for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (!present.contains(i) || !present.contains(j)) m[i][j] = 10;
                for (NetworkSnapshot.Link l : s.links()) {
                    if (!l.layer().equals(layer.key()) || l.weight() < THRESHOLD) continue;
                    Integer i = pos.get(l.from()), j = pos.get(l.to());
                    if (i != null && j != null && !i.equals(j)) m[i][j] = 1;
                }
                for (int i = 0; i < n; i++) m[i][i] = 0;
                byte[][] before = previous.put(layer, m);
                if (before != null) {
                    double j = jaccard(before, m);
                    jaccard.add(String.format(java.util.Locale.ROOT, "  %s, waves %d-%d: %s%s", layer.key(), wv, wv + 1,
                            Double.isNaN(j) ? "no ties" : String.format(java.util.Locale.ROOT, "%.3f", j),
                            j < JACCARD_WARNING ? "  (below " + JACCARD_WARNING + ": RSiena will warn; take waves closer together)" : ""));
                }
                String name = "wave" + (wv + 1) + "-" + layer.key() + ".dat";
                files.add(name + " (" + s.month() + ")");
                try (Writer w = TextFile.writer(dir.resolve(name))) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        row.setLength(0);
                        for (int j = 0; j < n; j++) row.append(j == 0 ? "" : " ").append(m[i][j]);
                        w.write(row.append('\n').toString());
                    }
                }
            }
        }
        for (var e : covariates.entrySet()) {
            try (Writer w = TextFile.writer(dir.resolve(e.getKey() + ".dat"))) {
                for (double[] row : e.getValue()) {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < row.length; k++) {
                        sb.append(k == 0 ? "" : " ").append(Double.isNaN(row[k]) ? "NA" : TimeSeriesCsv.number(row[k]));
                    }
                    w.write(sb.append('\n').toString());
                }
            }
        }
        StringBuilder readme = new StringBuilder("Panel waves for RSiena written by Ayni ").append(Manifest.version()).append(".\n\n");
        readme.append("Actors (rows and columns, in actors.csv order): ").append(n)
                .append(dropSmes ? " (SMEs left out: more than " + MAX_ACTORS + " actors in all)" : "").append(".\n");
        readme.append("A tie is 1 when its weight is at least ").append(THRESHOLD).append("; 10 marks an actor absent in that wave (structural zero).\n");
        readme.append("Waves and layers:\n");
        for (String f : files) readme.append("  ").append(f).append('\n');
        readme.append("Changing covariates (one column per wave): legitimacy.dat, knowledge.dat, cash.dat, pagerank.dat;\n")
                .append("NA where the actor is absent in that wave (RSiena centres on the mean of the others and imputes it).\n");
        readme.append("Jaccard index of each layer between consecutive waves (ties in both / ties in either, pairs present\n")
                .append("in both waves; RSiena asks for 0.3 or more, else the change is too large to estimate well):\n");
        for (String j : jaccard) readme.append(j).append('\n');
        readme.append("Constant covariate: kind.dat (1 donor, 2 ngo, 3 sme, 4 government, 5 company, 6 platform).\n\n");
        readme.append("In R:\n  library(RSiena)\n  waves <- lapply(1:").append(waves.size())
                .append(", function(k) as.matrix(read.table(sprintf('wave%d-funding.dat', k))))\n")
                .append("  funding <- sienaDependent(array(unlist(waves), dim = c(").append(n).append(", ").append(n).append(", ")
                .append(waves.size()).append(")))\n")
                .append("  legitimacy <- varCovar(as.matrix(read.table('legitimacy.dat'))[, -").append(waves.size()).append(", drop = FALSE])\n")
                .append("  data <- sienaDataCreate(funding, legitimacy)\n");
        Files.writeString(dir.resolve("README.txt"), readme.toString(), StandardCharsets.UTF_8);
    }

    /** Ties in both waves over ties in either, on pairs that are not structural zeros (10) in either; NaN if none. */
    static double jaccard(byte[][] a, byte[][] b) {
        long both = 0, either = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (a[i][j] == 10 || b[i][j] == 10) continue;
                if (a[i][j] == 1 && b[i][j] == 1) both++;
                if (a[i][j] == 1 || b[i][j] == 1) either++;
            }
        }
        return either == 0 ? Double.NaN : (double) both / either;
    }
}
