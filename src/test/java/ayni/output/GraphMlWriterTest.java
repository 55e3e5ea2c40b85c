package ayni.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ayni.metrics.NetworkSnapshot;
import ayni.metrics.NetworkSnapshot.Link;
import ayni.metrics.NetworkSnapshot.Node;
import ayni.metrics.graph.NetworkFile;
import ayni.metrics.graph.NetworkReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed GraphML reads back, through Ayni's own reader, to the snapshot's values, names that need escaping included. */
class GraphMlWriterTest {
    @Test
    void aSnapshotReadsBackToItsValues(@TempDir Path dir) throws Exception {
        Node a = new Node(0, "a&b", "Tom & \"Jerry\" <co>", "ngo", "producer", "organic", 1.5, 0.25, 0.5, -0.1, 0.2, 0.3,
                0.4, 2.0, 3.0, 4.0, 0.01, 0.5, 0.6, 1.75);
        Node b = new Node(1, "b", "Perú", "sme", null, null, 0, 0, 0, 0, 0, Double.NaN, 0.6, 0, 0, 0, 0, 0, 0, Double.NaN);
        NetworkSnapshot s = new NetworkSnapshot(120, java.time.YearMonth.of(2000, 1), List.of(a, b),
                List.of(new Link(0, 1, "knowledge", 0.75, 12, 3.5), new Link(1, 0, "market", 1.0, 3, 0.0)));
        Path file = dir.resolve("n.graphml");
        GraphMlWriter.write(s, file);
        NetworkFile f = NetworkReader.read(file);
        assertEquals(List.of("a&b", "b"), List.copyOf(f.nodes().keySet()));
        assertEquals("Tom & \"Jerry\" <co>", f.nodes().get("a&b").get("label"));
        assertEquals("Perú", f.nodes().get("b").get("label"));
        assertEquals("1.75", f.nodes().get("a&b").get("effectiveSize"));
        assertFalse(f.nodes().get("b").containsKey("effectiveSize"), "an isolate's NaN is left out");
        assertFalse(f.nodes().get("b").containsKey("subtype"), "no subtype, no value");
        assertEquals(2, f.edges().size());
        NetworkFile.Edge e = f.edges().get(0);
        assertEquals("a&b", e.source());
        assertEquals("0.75", e.attributes().get("weight"));
        assertEquals("knowledge", e.attributes().get("layer"));
        assertEquals("12", e.attributes().get("startStep"));
        assertEquals("3.5", e.attributes().get("totalFlow"));
        // the default weight 1.0 is left out of the file and read back from the key's default
        assertEquals("1.0", f.edges().get(1).attributes().get("weight"));
        assertEquals(1, Files.readString(file).split("<data key=\"edge_weight_key\">", -1).length - 1);
    }
}
