package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands (run, compare, experiment, patterns, calibrate) killed with SIGKILL at random moments (uniform over an uninterrupted run's duration), ayni.kill.trials times
 * each (mvn -Pkill test -Dtest=KillTest: 20). After each kill no visible file under the results folder is partial: the
 * folder is absent or complete (it has its manifest), and no visible temporary file is left. Running the command again
 * then gives CSV, GraphML and GEXF files byte-identical to an uninterrupted run, and an experiment resumes: it runs only
 * the runs it had not stored, and so do a pattern scorecard and a calibration.
 */
@EnabledIf("enabled")
class KillTest {
    @TempDir
    Path tmp;

    static final int TRIALS = Integer.getInteger("ayni.kill.trials", 0);
    static final Random RNG = new Random(2013);

    static boolean enabled() {
        return TRIALS > 0;
    }

    record Done(int code, String out, long millis) {}

    Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true).start();
    }

    Done run(String... args) throws Exception {
        long t0 = System.nanoTime();
        Process p = start(args);
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        return new Done(p.exitValue(), out, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Starts the command, kills it after a random share of {@code millis}, and returns after how many milliseconds. */
    long killSomewhereIn(long millis, String... args) throws Exception {
        Process p = start(args);
        long after = (long) (RNG.nextDouble() * millis);
        Thread.sleep(after);
        p.destroyForcibly(); // SIGKILL on Unix
        p.waitFor(1, TimeUnit.MINUTES);
        return after;
    }

    /** One line per trial that passed, so a long run of the profile shows its progress and its record. */
    static void passed(String command, int trial, long killedAfter, long reference) {
        System.out.printf("KillTest %s: trial %d of %d passed (killed after %d of %d ms)%n", command, trial + 1, TRIALS,
                killedAfter, reference);
    }

    /** Visible files under a folder (not starting with a dot, nor inside a hidden folder). */
    static List<Path> visible(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir))
                    .filter(p -> dir.relativize(p).toString().replace('\\', '/').matches("([^./][^/]*/)*[^./][^/]*"))
                    .sorted().toList();
        }
    }

    static void assertSameFiles(Path expected, Path actual, List<String> names) throws IOException {
        for (String n : names) assertArrayEquals(Files.readAllBytes(expected.resolve(n)), Files.readAllBytes(actual.resolve(n)), n);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void killedRunsLeaveNothingPartialAndRerunIdentically() throws Exception {
        String[] args = {"run", "scenarios/agro-ecological.yaml", "--steps", "48", "--gexf-interval", "6", "--quiet", "--out"};
        Path reference = tmp.resolve("reference");
        Done ref = run(concat(args, reference.toString()));
        assertEquals(0, ref.code(), ref.out());
        List<String> outputs = List.of("timeseries.csv", "events.csv", "network-final.graphml", "network-dynamic.gexf");
        for (int t = 0; t < TRIALS; t++) {
            Path results = tmp.resolve("results-" + t), out = results.resolve("run");
            long killed = killSomewhereIn(ref.millis(), concat(args, out.toString()));
            for (Path p : visible(results)) assertTrue(p.startsWith(out), "only the run's folder: " + p);
            if (Files.exists(out)) assertTrue(Files.exists(out.resolve("manifest.json")), "trial " + t + ": a folder without manifest");
            Done again = run(concat(args, out.toString()));
            assertEquals(0, again.code(), again.out());
            assertSameFiles(reference, out, outputs);
            passed("run", t, killed, ref.millis());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void killedComparisonsLeaveNothingPartialAndRerunIdentically() throws Exception {
        String[] args = {"compare", "scenarios/organic-production.yaml", "scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml",
                "--replications", "2", "--steps", "24", "--threads", "1", "--quiet", "--out"};
        Path reference = tmp.resolve("reference");
        Done ref = run(concat(args, reference.toString()));
        assertEquals(0, ref.code(), ref.out());
        for (int t = 0; t < TRIALS; t++) {
            Path results = tmp.resolve("results-" + t), out = results.resolve("compare");
            long killed = killSomewhereIn(ref.millis(), concat(args, out.toString()));
            for (Path p : visible(results)) assertTrue(p.startsWith(out), "only the comparison's folder: " + p);
            if (Files.exists(out)) assertTrue(Files.exists(out.resolve("manifest.json")), "trial " + t);
            Done again = run(concat(args, out.toString()));
            assertEquals(0, again.code(), again.out());
            assertSameFiles(reference, out, List.of("compare.csv", "summary.csv", "events-base.csv", "events-whatif.csv"));
            passed("compare", t, killed, ref.millis());
        }
    }

    static final Pattern RESUMED = Pattern.compile("(\\d+) runs, (\\d+) run now \\((\\d+) already stored\\)");

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void killedExperimentsResumeWithoutRepeatingFinishedRuns() throws Exception {
        Path file = tmp.resolve("exp.yaml");
        Files.writeString(file, """
                name: kill-test
                title: Killed and resumed
                kind: replicate-count
                scenario: %s
                replications: 6
                seed: 1
                steps: 24
                record: [adoption_all, actors_ngo]
                recordEvery: 12
                window: 12
                measureInterval: 12
                precision:
                  level: 0.95
                  halfWidth: {adoption_all: 0.01, actors_ngo: 0.5}
                """.formatted(Path.of("scenarios/agro-ecological.yaml").toAbsolutePath().toString().replace('\\', '/')));
        String[] args = {"experiment", file.toString(), "--threads", "1", "--quiet", "--out"};
        Path reference = tmp.resolve("reference");
        Done ref = run(concat(args, reference.toString()));
        assertEquals(0, ref.code(), ref.out());
        List<String> csvs;
        try (Stream<Path> s = Files.list(reference)) {
            csvs = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
        assertTrue(csvs.size() >= 2, csvs.toString());
        for (int t = 0; t < TRIALS; t++) {
            Path results = tmp.resolve("results-" + t), out = results.resolve("exp");
            long killed = killSomewhereIn(ref.millis(), concat(args, out.toString()));
            for (Path p : visible(results)) {
                assertTrue(p.startsWith(out), "only the experiment's folder: " + p);
                assertTrue(!p.getFileName().toString().contains(".tmp"), "a visible temporary file: " + p);
            }
            long stored = visible(out.resolve("runs")).stream().filter(p -> p.getFileName().toString().matches("run-\\d+\\.csv")).count();
            Done again = run(concat(args, out.toString()));
            assertEquals(0, again.code(), again.out());
            Matcher m = RESUMED.matcher(again.out());
            assertTrue(m.find(), again.out());
            assertEquals(stored, Long.parseLong(m.group(3)), "runs found stored: " + again.out());
            assertEquals(Long.parseLong(m.group(1)) - stored, Long.parseLong(m.group(2)), "only the missing runs ran again");
            assertSameFiles(reference, out, csvs);
            passed("experiment", t, killed, ref.millis());
        }
    }

    /** Absolute path of a shipped scenario, written so a file in a temporary folder can name it. */
    static String shipped(String name) {
        return Path.of("scenarios", name).toAbsolutePath().toString().replace('\\', '/');
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void killedPatternScoresResumeWithoutRepeatingFinishedRuns() throws Exception {
        Files.writeString(tmp.resolve("faster.yaml"), """
                base: %s
                name: tech-faster-transfer
                title: "Knowledge ties pass twice as much from 2000"
                events:
                  - {at: 2000-01, kind: parameter, name: knowledgeTransferRate, value: 0.1, note: "kill test"}
                """.formatted(shipped("technological-innovation.yaml")));
        Path file = tmp.resolve("sf01-kill.yaml");
        Files.writeString(file, """
                fact: SF1
                name: sf01-kill
                title: "Killed and resumed"
                thesis: "§7.2.4"
                definition: "Adoption is a share, and faster transfer does not lower knowledge."
                checks:
                  - {id: adoption-a-share, title: "adoption is a share", scenario: %s, observable: adoption_all,
                     target: 0.5, tolerance: 0.5, thesis: "§7.2.4", source: proposal}
                  - {id: transfer, title: "faster transfer, more knowledge transferred", scenario: %s, whatif: faster.yaml,
                     paired: true, observable: knowledgeTransferred, from: 2001-01, to: 2012-12, expect: above,
                     thesis: "§7.2.4", source: proposal}
                """.formatted(shipped("technological-innovation.yaml"), shipped("technological-innovation.yaml")));
        Files.writeString(tmp.resolve("CHANGELOG.yaml"), "entries: []\n");
        String[] args = {"patterns", file.toString(), "--replications", "3", "--threads", "1", "--out"};
        Path reference = tmp.resolve("reference");
        Done ref = run(concat(args, reference.toString()));
        assertEquals(0, ref.code(), ref.out());
        Pattern resumed = Pattern.compile("(\\d+) runs \\(\\d+ arms x \\d+ replications\\), (\\d+) run now");
        for (int t = 0; t < TRIALS; t++) {
            Path results = tmp.resolve("results-" + t), out = results.resolve("patterns");
            long killed = killSomewhereIn(ref.millis(), concat(args, out.toString()));
            for (Path p : visible(results)) {
                assertTrue(p.startsWith(out), "only the scorecard's folder: " + p);
                assertTrue(!p.getFileName().toString().contains(".tmp"), "a visible temporary file: " + p);
            }
            long stored = visible(out.resolve("runs")).stream().filter(p -> p.getFileName().toString().matches("run-\\d+\\.csv")).count();
            Done again = run(concat(args, out.toString()));
            assertEquals(0, again.code(), again.out());
            long all = 0, now = 0;
            for (Matcher m = resumed.matcher(again.out()); m.find(); ) { // one line per scenario
                all += Long.parseLong(m.group(1));
                now += Long.parseLong(m.group(2));
            }
            assertTrue(all > 0, again.out());
            assertEquals(all - stored, now, "only the missing runs ran again: " + again.out());
            assertSameFiles(reference, out, List.of("patterns.csv"));
            passed("patterns", t, killed, ref.millis());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void killedCalibrationsResumeWithoutRepeatingFinishedSimulations() throws Exception {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, CalibrateCommandTest.TINY.replace("$ROOT/scenarios/organic-production.yaml",
                shipped("organic-production.yaml")));
        String[] args = {"calibrate", file.toString(), "--threads", "1", "--quiet", "--out"};
        Path reference = tmp.resolve("reference");
        Done ref = run(concat(args, reference.toString()));
        assertEquals(0, ref.code(), ref.out());
        List<String> outputs = List.of("posterior.csv", "generations.csv", "fit.csv");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int t = 0; t < TRIALS; t++) {
            Path results = tmp.resolve("results-" + t), out = results.resolve("calibration");
            long killed = killSomewhereIn(ref.millis(), concat(args, out.toString()));
            for (Path p : visible(results)) {
                assertTrue(p.startsWith(out), "only the calibration's folder: " + p);
                assertTrue(!p.getFileName().toString().contains(".tmp"), "a visible temporary file: " + p);
            }
            long stored = visible(out.resolve("sims")).stream().filter(p -> p.getFileName().toString().matches("s\\d+\\.csv")).count();
            Done again = run(concat(args, out.toString()));
            assertEquals(0, again.code(), again.out());
            var manifest = json.readTree(out.resolve("manifest.json").toFile());
            assertEquals(manifest.get("simulations").asLong() - stored, manifest.get("simulatedNow").asLong(),
                    "trial " + t + ": only the missing simulations ran again");
            assertSameFiles(reference, out, outputs);
            passed("calibrate", t, killed, ref.millis());
        }
    }

    static String[] concat(String[] a, String last) {
        String[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = last;
        return r;
    }
}
