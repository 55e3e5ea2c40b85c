package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryCheckTest {
    @TempDir
    Path tmp;

    @Test
    void aScenarioThatCannotFitTheHeapIsRefusedUpFrontWithTheXmxToUse() {
        Path out = tmp.resolve("big");
        long heapGb = Runtime.getRuntime().maxMemory() >> 30;
        // two million SMEs (the most allowed) need about 13 GB: more than the test heap
        MainTest.Outcome o = MainTest.exec("run", "scenarios/peru-national.yaml", "--set", "smeCount=2000000", "--out",
                out.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("scenarios/peru-national.yaml needs about"), o.err());
        assertTrue(o.err().matches("(?s).*-Xmx\\d+g.*"), o.err());
        assertFalse(Files.exists(out), "nothing written");
        assertTrue(heapGb < 13);
    }

    @Test
    void theEstimateGrowsWithTheSmesAndTheDynamicNetworkFile() throws Exception {
        ayni.scenario.Scenario s = ayni.scenario.ScenarioLoader.load(Path.of("scenarios/peru-national.yaml"));
        ayni.scenario.Parameters p = s.parameters();
        int smes = p.getSmeCount();
        var a = ayni.model.MemoryEstimate.of(s, p, s.steps(), 0);
        p.setSmeCount(smes * 10);
        var b = ayni.model.MemoryEstimate.of(s, p, s.steps(), 0);
        var c = ayni.model.MemoryEstimate.of(s, p, s.steps(), 12);
        assertTrue(b.bytes() > 2 * a.bytes() && b.actors() > 9L * smes, a + " " + b);
        assertTrue(c.bytes() > b.bytes());
    }
}
