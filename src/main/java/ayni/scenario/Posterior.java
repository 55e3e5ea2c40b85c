package ayni.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.random.Well19937c;

/**
 * A calibration's posterior ({@code posterior.csv} of {@code ayni calibrate}): weighted parameter sets. The parameter
 * columns are those named after a model parameter (section 8 of docs/ODD.md), optionally {@code name@scenarios} for a
 * parameter fitted for some scenarios only, which applies to runs of those scenarios; the other columns (key, weight,
 * distance, check values) are not used here.
 *
 * @param sha256    the file's hash (stored runs of another posterior are never mixed in)
 * @param scenarios the calibration's scenario keys with the hash of the scenario each ran, from the
 *                  {@code manifest.json} beside the file (empty without one): a {@code name@key} parameter applies to
 *                  runs of that scenario
 */
public record Posterior(String file, String sha256, List<String> parameters, double[][] values, double[] weights,
                        Map<String, String> scenarios) {

    /** Reads a posterior; a folder means its posterior.csv. Problems are one line naming file, row and column. */
    public static Posterior read(Path path) throws ScenarioException {
        Path f = Files.isDirectory(path) ? path.resolve("posterior.csv") : path;
        String name = f.toString();
        if (!Files.isRegularFile(f)) throw problem(name, 0, "file not found", "give a posterior.csv written by 'ayni calibrate'");
        String sha;
        try {
            sha = Composer.sha256(Files.readAllBytes(f));
        } catch (IOException e) {
            throw problem(name, 0, "cannot be read (" + e.getMessage() + ")", "give a posterior.csv written by 'ayni calibrate'");
        }
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            List<String> header = p.getHeaderNames();
            if (!header.contains("weight")) throw problem(name, 1, "has no 'weight' column", "give a posterior.csv written by 'ayni calibrate'");
            List<String> params = new ArrayList<>();
            for (String h : header) {
                String base = h.contains("@") ? h.substring(0, h.indexOf('@')) : h;
                if (Parameters.SPECS.stream().anyMatch(s -> s.name().equals(base))) params.add(h);
            }
            if (params.isEmpty()) throw problem(name, 1, "names no model parameter", "give a posterior.csv written by 'ayni calibrate'");
            List<double[]> rows = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            for (CSVRecord r : p) {
                double[] v = new double[params.size()];
                try {
                    for (int k = 0; k < v.length; k++) v[k] = Double.parseDouble(r.get(params.get(k)));
                    double wt = Double.parseDouble(r.get("weight"));
                    if (!(wt >= 0) || Double.isInfinite(wt)) throw new NumberFormatException("weight " + wt);
                    w.add(wt);
                } catch (NumberFormatException e) {
                    throw problem(name, (int) r.getRecordNumber() + 1, "not a number (" + e.getMessage() + ")", "use the file as written");
                }
                rows.add(v);
            }
            if (rows.isEmpty() || w.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                throw problem(name, 1, "holds no particle with a positive weight", "give a posterior.csv written by 'ayni calibrate'");
            }
            return new Posterior(name, sha, List.copyOf(params), rows.toArray(new double[0][]),
                    w.stream().mapToDouble(Double::doubleValue).toArray(), scenarios(f.resolveSibling("manifest.json")));
        } catch (IOException | IllegalArgumentException e) {
            throw problem(name, 0, "cannot be read as CSV (" + e.getMessage() + ")", "give a posterior.csv written by 'ayni calibrate'");
        }
    }

    /** The scenario keys of the calibration's manifest with their scenarios' hashes; empty when there is none. */
    private static Map<String, String> scenarios(Path manifest) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(manifest)) return out;
        try {
            com.fasterxml.jackson.databind.JsonNode scen = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(manifest.toFile()).path("scenarios");
            scen.fields().forEachRemaining(e -> {
                String sha = e.getValue().path("sha256").asText("");
                if (!sha.isEmpty()) out.put(e.getKey(), sha);
            });
        } catch (IOException e) {
            return Map.of(); // a damaged manifest: the domain parameters are then not applied, and reports say so
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Whether parameter {@code id} applies to runs of the scenario with hash {@code scenarioSha}: a shared parameter
     * always, a {@code name@key1+key2} one when one of its keys ran that scenario in the calibration.
     */
    public boolean appliesTo(String id, String scenarioSha) {
        int at = id.indexOf('@');
        if (at < 0) return true;
        for (String key : id.substring(at + 1).split("\\+")) if (scenarioSha.equals(scenarios.get(key))) return true;
        return false;
    }

    /** A parameter's model name: {@code id} without its {@code @keys}. */
    public static String name(String id) {
        int at = id.indexOf('@');
        return at < 0 ? id : id.substring(0, at);
    }

    private static ScenarioException problem(String file, int line, String message, String fix) {
        return new ScenarioException(List.of(new Problem(file, line, "", message, fix)));
    }

    /** {@code m} particles drawn by weight (with replacement) from a generator seeded with {@code seed}. */
    public int[] draw(int m, long seed) {
        double total = 0;
        for (double w : weights) total += w;
        double[] cum = new double[weights.length];
        double c = 0;
        for (int i = 0; i < cum.length; i++) cum[i] = (c += weights[i] / total);
        Well19937c rng = new Well19937c(seed);
        int[] out = new int[m];
        for (int k = 0; k < m; k++) {
            int i = java.util.Arrays.binarySearch(cum, rng.nextDouble());
            out[k] = Math.min(i >= 0 ? i + 1 : -i - 1, cum.length - 1);
        }
        return out;
    }

    /** Particle i's values, by model name, of the parameters that apply to runs of the scenario with that hash. */
    public Map<String, Double> values(int i, String scenarioSha) {
        Map<String, Double> out = new TreeMap<>();
        for (int k = 0; k < parameters.size(); k++) {
            if (appliesTo(parameters.get(k), scenarioSha)) out.put(name(parameters.get(k)), values[i][k]);
        }
        return out;
    }
}
