package ayni.metrics.graph;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an edge list: a header naming the columns {@code source} and {@code target} (any case, any position), then
 * one edge per row; every other column (e.g. {@code weight}, {@code layer}) becomes an edge attribute. A row with an
 * empty target adds its source as a node without edges (an isolate, which an edge list cannot otherwise hold). Lines
 * starting with {@code #} are comments. Comma-separated; tab-separated when the file name ends in {@code .tsv}.
 * An edge list declares no direction: it is directed unless the caller says otherwise.
 */
final class EdgeListReader {
    private EdgeListReader() {}

    static NetworkFile read(Path file) throws NetworkException {
        char delimiter = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setCommentMarker('#')
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        List<NetworkFile.Edge> edges = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(in, fmt)) {
            List<String> header = null;
            int source = -1, target = -1;
            for (CSVRecord r : p) {
                long line = p.getCurrentLineNumber();
                if (header == null) {
                    header = r.toList();
                    for (int i = 0; i < header.size(); i++) {
                        String h = header.get(i).toLowerCase(Locale.ROOT);
                        if (h.equals("source") && source < 0) source = i;
                        if (h.equals("target") && target < 0) target = i;
                    }
                    if (source < 0 || target < 0) {
                        throw new NetworkException(file + ": line " + line + ": the header " + header + " has no "
                                + (source < 0 ? "'source'" : "'target'") + " column; fix: start the file with a header"
                                + " such as source,target,weight" + (delimiter == ',' && header.size() == 1
                                && header.get(0).matches(".*[;\t].*") ? " (columns are separated by commas)" : ""));
                    }
                    continue;
                }
                String s = field(r, source), t = field(r, target);
                if (s.isEmpty()) {
                    throw new NetworkException(file + ": line " + line + ": empty source; fix: give a node id in the '"
                            + header.get(source) + "' column");
                }
                if (t.isEmpty()) {
                    nodes.putIfAbsent(s, Map.of());
                    continue;
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (i != source && i != target && i < r.size() && !r.get(i).isEmpty()) attributes.put(header.get(i), r.get(i));
                }
                edges.add(new NetworkFile.Edge(s, t, attributes, "line " + line));
                nodes.putIfAbsent(s, Map.of()); // nodes in order of first appearance
                nodes.putIfAbsent(t, Map.of());
            }
            if (header == null) {
                throw new NetworkException(file + ": the file is empty; fix: write a header such as source,target,weight "
                        + "and one edge per line");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new NetworkException(file + ": cannot read: " + e.getMessage() + "; fix: check the path and that it is "
                    + "a CSV edge list");
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new NetworkException(file + ": not a readable edge list: " + e.getMessage()
                    + "; fix: one header line with distinct column names, then one edge per line");
        }
        return new NetworkFile(file.toString(), true, nodes, edges);
    }

    private static String field(CSVRecord r, int i) {
        return i < r.size() ? r.get(i) : "";
    }
}
