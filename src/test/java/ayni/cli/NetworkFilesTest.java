package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network files of a whole country are written only when asked for; a small run writes them by default. */
class NetworkFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aRunAboveTheLimitLeavesTheNetworkFilesOutUnlessAsked() {
        Path out = tmp.resolve("country");
        // 25,000 SMEs: above the 20,000 actors of RunCommand.NETWORK_FILES_LIMIT
        MainTest.Outcome o = MainTest.exec("run", "scenarios/peru-national.yaml", "--set", "smeCount=25000", "--steps", "1",
                "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.exists(out.resolve("timeseries.csv")) && Files.exists(out.resolve("report.html")));
        assertFalse(Files.exists(out.resolve("network-final.graphml")));
        assertFalse(Files.exists(out.resolve("network-final.png")));
        assertFalse(Files.exists(out.resolve("network-dynamic.gexf")));
        assertTrue(o.out().contains("ask with --network-final yes"), o.out());
    }

    @Test
    void aSmallRunWritesThemByDefaultAndNotWhenToldNo() {
        Path yes = tmp.resolve("yes"), no = tmp.resolve("no");
        assertEquals(0, MainTest.exec("run", "scenarios/agro-ecological.yaml", "--steps", "2", "--quiet", "--out", yes.toString()).code());
        assertTrue(Files.exists(yes.resolve("network-final.graphml")) && Files.exists(yes.resolve("network-dynamic.gexf")));
        assertEquals(0, MainTest.exec("run", "scenarios/agro-ecological.yaml", "--steps", "2", "--quiet", "--network-final", "no",
                "--out", no.toString()).code());
        assertFalse(Files.exists(no.resolve("network-final.graphml")));
        assertTrue(Files.exists(no.resolve("network-dynamic.gexf")));
    }

    @Test
    void anUnknownChoiceIsRefusedWithNothingWritten() {
        Path out = tmp.resolve("bad");
        MainTest.Outcome o = MainTest.exec("run", "scenarios/agro-ecological.yaml", "--steps", "2", "--network-final", "maybe",
                "--out", out.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--network-final must be auto, yes or no"), o.err());
        assertFalse(Files.exists(out));
    }
}
