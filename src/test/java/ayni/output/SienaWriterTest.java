package ayni.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.metrics.NetworkSnapshot;
import ayni.metrics.NetworkSnapshot.Link;
import ayni.metrics.NetworkSnapshot.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SienaWriterTest {
    @TempDir
    Path tmp;

    static Node node(int index, String id, String kind, double legitimacy) {
        return new Node(index, id, id, kind, "", "", 100, 0.5, legitimacy, 0, 0, Double.NaN, 0.1, 0, 0, 0, 0, 0, 0, 1);
    }

    @Test
    void absentActorsCovariatesAreNaAndJaccardIsReported() throws Exception {
        // wave 1: d funds n1; n2 does not exist yet. wave 2: n2 appears; d funds n1 and n2; wave 3: d funds only n2
        NetworkSnapshot w1 = new NetworkSnapshot(0, YearMonth.of(2000, 1),
                List.of(node(0, "d", "donor", 0.9), node(1, "n1", "ngo", 0.2)),
                List.of(new Link(0, 1, "funding", 0.5, 0, 10)));
        NetworkSnapshot w2 = new NetworkSnapshot(12, YearMonth.of(2001, 1),
                List.of(node(0, "d", "donor", 0.9), node(1, "n1", "ngo", 0.3), node(2, "n2", "ngo", 0.4)),
                List.of(new Link(0, 1, "funding", 0.5, 0, 10), new Link(0, 2, "funding", 0.5, 12, 10)));
        NetworkSnapshot w3 = new NetworkSnapshot(24, YearMonth.of(2002, 1),
                List.of(node(0, "d", "donor", 0.9), node(2, "n2", "ngo", 0.5)),
                List.of(new Link(0, 2, "funding", 0.5, 12, 10)));
        Path dir = tmp.resolve("siena");
        SienaWriter.write(List.of(w1, w2, w3), dir);
        assertEquals(List.of("0.9 0.9 0.9", "0.2 0.3 NA", "NA 0.4 0.5"), Files.readAllLines(dir.resolve("legitimacy.dat")));
        assertEquals(List.of("0 1 10", "0 0 10", "10 10 0"), Files.readAllLines(dir.resolve("wave1-funding.dat")));
        String readme = Files.readString(dir.resolve("README.txt"));
        // waves 1-2: n2 absent in wave 1, so only d->n1 counts: kept, Jaccard 1; waves 2-3: n1 gone, d->n2 kept: 1
        assertTrue(readme.contains("funding, waves 1-2: 1.000\n"), readme);
        assertTrue(readme.contains("funding, waves 2-3: 1.000\n"), readme);
        assertTrue(readme.contains("knowledge, waves 1-2: no ties"), readme);
    }

    @Test
    void jaccardCountsKeptTiesOverTiesInEitherWaveAndFlagsLowValues() {
        byte[][] a = {{0, 1, 1}, {0, 0, 0}, {0, 1, 0}}, b = {{0, 1, 0}, {1, 0, 0}, {0, 10, 0}};
        // pairs: (0,1) kept; (0,2) dropped; (1,0) new; (2,1) structural zero in b: ignored -> 1 / 3
        assertEquals(1.0 / 3, SienaWriter.jaccard(a, b), 1e-12);
        assertTrue(SienaWriter.jaccard(a, b) > SienaWriter.JACCARD_WARNING);
        assertEquals(0, SienaWriter.jaccard(a, new byte[3][3]), 1e-12);
    }
}
