package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names in input files and --out options never make Ayni write outside the folder the user chose, nor replace a
 * folder that is not an Ayni output (docs/security.md).
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;

    static final List<String> BAD_NAMES = List.of("../../x", "/tmp/x", "..", "a/b", "a\\\\b", "results/../../x", "~", "X",
            "x\\u0000y", "\\u00e9t\\u00e9", ".hidden", "-rf");

    /** Everything under a folder, as relative paths, to see that nothing was added. */
    static List<String> listing(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void scenarioAndExperimentNamesThatArePathsAreRefused() throws Exception {
        List<String> resultsBefore = listing(Path.of("results"));
        for (String name : BAD_NAMES) {
            Path f = tmp.resolve("s.yaml");
            Files.writeString(f, Tiny.donorAndNgo(null, null).replace("name: tiny", "name: \"" + name + "\""));
            for (String[] cmd : List.of(new String[] {"validate", f.toString()}, new String[] {"run", f.toString(), "--steps", "2"})) {
                MainTest.Outcome o = MainTest.exec(cmd);
                assertEquals(2, o.code(), cmd[0] + " with name " + name + ": " + o.err());
                assertEquals(1, o.err().strip().lines().count(), o.err());
                assertTrue(o.err().contains("s.yaml:1: name: "), o.err());
            }
            Path e = tmp.resolve("e.yaml");
            Files.writeString(e, """
                    name: "%s"
                    title: t
                    kind: replicate-count
                    scenario: ok.yaml
                    replications: 2
                    steps: 2
                    record: [adoption_all]
                    precision: {level: 0.95, halfWidth: {adoption_all: 0.01}}
                    """.formatted(name));
            Files.writeString(f.resolveSibling("ok.yaml"), Tiny.donorAndNgo(null, null));
            MainTest.Outcome o = MainTest.exec("experiment", e.toString(), "--experiments", tmp.resolve("exp").toString());
            assertEquals(2, o.code(), "experiment named " + name + ": " + o.out() + o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(o.err().contains("e.yaml:1: name: "), o.err());
        }
        assertEquals(resultsBefore, listing(Path.of("results")), "nothing written under results/");
        assertFalse(Files.exists(Path.of("/tmp/x")) && Files.getLastModifiedTime(Path.of("/tmp/x")).toMillis()
                > System.currentTimeMillis() - 60_000, "nothing written at an absolute path");
        assertEquals(List.of("", "e.yaml", "ok.yaml", "s.yaml"), listing(tmp));
    }

    @Test
    void outNeverReplacesAFolderThatIsNotAnAyniOutput() throws Exception {
        Path scenario = tmp.resolve("tiny.yaml");
        Files.writeString(scenario, Tiny.donorAndNgo(null, null));
        Path mine = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(mine.resolve("chapter1.tex"), "precious");
        Path file = Files.writeString(tmp.resolve("notes.txt"), "precious too");
        for (String[] args : List.of(
                new String[] {"run", scenario.toString(), "--steps", "2", "--quiet", "--out", mine.toString()},
                new String[] {"run", scenario.toString(), "--steps", "2", "--quiet", "--out", file.toString()},
                new String[] {"run", scenario.toString(), "--steps", "2", "--quiet", "--out", "/"},
                new String[] {"compare", scenario.toString(), scenario.toString(), "--steps", "2", "--quiet", "--out", mine.toString()},
                new String[] {"metrics", "src/test/resources/networks/karate.csv", "--out", mine.toString()},
                new String[] {"experiment", "scenarios/experiments/replicate-count-organic.yaml", "--out", mine.toString()})) {
            MainTest.Outcome o = MainTest.exec(args);
            assertEquals(2, o.code(), String.join(" ", args) + ": " + o.out() + o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(o.err().contains("fix:"), o.err());
            assertEquals("precious", Files.readString(mine.resolve("chapter1.tex")));
            assertEquals("precious too", Files.readString(file));
        }
        assertEquals(List.of("", "notes.txt", "thesis", "thesis/chapter1.tex", "tiny.yaml"), listing(tmp)); // not even a lock file

        // an earlier output (it has a manifest) and an empty folder are fair game
        Path run = tmp.resolve("run");
        assertEquals(0, MainTest.exec("run", scenario.toString(), "--steps", "2", "--quiet", "--out", run.toString()).code());
        MainTest.Outcome again = MainTest.exec("run", scenario.toString(), "--steps", "3", "--quiet", "--out", run.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(4, Files.readAllLines(run.resolve("timeseries.csv")).size());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, MainTest.exec("metrics", "src/test/resources/networks/karate.csv", "--out", empty.toString()).code());
        assertEquals(0, MainTest.exec("metrics", "src/test/resources/networks/karate.csv", "--out", empty.toString()).code());
        assertTrue(Files.exists(empty.resolve("manifest.json")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".tmp")), "no temporary file left");
        }
    }
}
