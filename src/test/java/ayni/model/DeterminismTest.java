package ayni.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ayni.experiment.SingleRun;
import ayni.output.RunWriter;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path tmp;

    private Path runTo(Scenario s, long seed, String name) throws Exception {
        Path out = tmp.resolve(name);
        RunWriter.write(SingleRun.run(s, seed, s.parameters(), 120, null), out, Instant.EPOCH, Instant.EPOCH);
        return out;
    }

    @Test
    void sameSeedGivesByteIdenticalOutputsAndAnotherSeedDiffers() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/organic-production.yaml"));
        Path a = runTo(s, 11, "a"), b = runTo(s, 11, "b"), c = runTo(s, 12, "c");
        for (String f : new String[] {"timeseries.csv", "network-final.graphml", "power-by-kind.png"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("timeseries.csv")),
                Files.readAllBytes(c.resolve("timeseries.csv"))));
    }
}
