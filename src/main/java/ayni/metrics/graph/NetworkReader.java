package ayni.metrics.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a network file, choosing the format by the file name: .graphml (or .xml), .gexf, or an edge list .csv/.tsv. */
public final class NetworkReader {
    private NetworkReader() {}

    public static NetworkFile read(Path file) throws NetworkException {
        if (!Files.exists(file)) {
            throw new NetworkException(file + ": file not found; fix: check the path (a .graphml, .gexf or edge-list .csv file)");
        }
        if (!Files.isRegularFile(file)) {
            throw new NetworkException(file + ": not a file; fix: give a .graphml, .gexf or edge-list .csv file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".graphml") || name.endsWith(".xml")) return XmlNetworks.graphMl(file);
        if (name.endsWith(".gexf")) return XmlNetworks.gexf(file);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) return EdgeListReader.read(file);
        throw new NetworkException(file + ": unknown network format; fix: name the file .graphml, .gexf or .csv "
                + "(an edge list with a source,target[,weight] header)");
    }
}
