package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experiment command end to end on short runs: sharding and merging, resuming, stale runs, bad input. */
class ExperimentCommandTest {
    @TempDir
    Path tmp;

    private static MainTest.Outcome exec(String... args) {
        return MainTest.exec(args);
    }

    /** A paired W1 experiment over 4 years from 2007, so the 2009 exit falls inside; 3 replications. */
    private Path pairedFile(String extra) throws IOException {
        Path f = tmp.resolve("w01-test.yaml");
        String root = Path.of("").toAbsolutePath().toString().replace('\\', '/');
        Files.writeString(f, """
                name: w01-test
                title: "W1 on a short period"
                kind: paired
                scenario: %s/scenarios/organic-production.yaml
                arms:
                  - name: base
                  - name: exit
                    scenario: %s/scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml
                  - name: rich
                    set: {absorptionFactor: 2.5}
                replications: 3
                steps: 240
                recordEvery: 6
                record: [adoption_all, actors_ngo, powerPagerank_donor]
                """.formatted(root, root) + extra);
        return f;
    }

    @Test
    void shardsMergedEqualOneUnshardedRunRowForRow() throws Exception {
        Path file = pairedFile("");
        Path whole = tmp.resolve("whole");
        MainTest.Outcome o = exec("experiment", file.toString(), "--out", whole.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        for (int i = 1; i <= 3; i++) {
            MainTest.Outcome s = exec("experiment", file.toString(), "--out", tmp.resolve("shard" + i).toString(), "--shard", i + "/3",
                    "--quiet", "--threads", "1");
            assertEquals(0, s.code(), s.err());
            assertFalse(Files.exists(tmp.resolve("shard" + i).resolve("runs.csv")), "a shard writes no report");
        }
        Path merged = tmp.resolve("merged");
        MainTest.Outcome m = exec("experiment", "merge", file.toString(), tmp.resolve("shard1").toString(), tmp.resolve("shard2").toString(),
                tmp.resolve("shard3").toString(), "--out", merged.toString());
        assertEquals(0, m.code(), m.err());
        for (String f : List.of("runs.csv", "ends.csv", "summary.csv", "comparison.csv")) {
            List<String> a = Files.readAllLines(whole.resolve(f)), b = Files.readAllLines(merged.resolve(f));
            assertEquals(a.size(), b.size(), f);
            for (int i = 0; i < a.size(); i++) assertEquals(a.get(i), b.get(i), f + " line " + (i + 1));
        }
        // 3 arms x 3 replications, each recorded in month 0, every 6th month and the last: 1 + 40 rows
        assertEquals(1 + 9 * 41, Files.readAllLines(whole.resolve("runs.csv")).size());
        assertEquals(1 + 9, Files.readAllLines(whole.resolve("ends.csv")).size());
    }

    @Test
    void aMergeWithAShardMissingNamesWhatIsMissing() throws Exception {
        Path file = pairedFile("");
        exec("experiment", file.toString(), "--out", tmp.resolve("s1").toString(), "--shard", "1/2", "--quiet");
        MainTest.Outcome m = exec("experiment", "merge", file.toString(), tmp.resolve("s1").toString(), "--out", tmp.resolve("m").toString());
        assertEquals(2, m.code());
        assertTrue(m.err().contains("lacks 4 of 9 runs"), m.err());
        assertFalse(m.err().contains("Exception"), m.err());
    }

    @Test
    void aKilledExperimentResumesWithoutRepeatingOrLosingRuns() throws Exception {
        Path file = pairedFile("");
        Path folder = tmp.resolve("resumed");
        // a first attempt that got through some runs, then died while writing one (a leftover temporary file)
        assertEquals(0, exec("experiment", file.toString(), "--out", folder.toString(), "--shard", "2/3", "--quiet").code());
        Files.writeString(folder.resolve("runs").resolve("run-000000.csv.1.tmp"), "run,arm\n0,ba");
        MainTest.Outcome again = exec("experiment", file.toString(), "--out", folder.toString(), "--quiet");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("6 run now (3 already stored)"), again.out());
        assertFalse(Files.exists(folder.resolve("runs").resolve("run-000000.csv.1.tmp")));
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, exec("experiment", file.toString(), "--out", fresh.toString(), "--quiet").code());
        assertEquals(Files.readAllLines(fresh.resolve("runs.csv")), Files.readAllLines(folder.resolve("runs.csv")));
        Set<String> runs = new HashSet<>();
        for (String line : Files.readAllLines(folder.resolve("ends.csv")).subList(1, 10)) assertTrue(runs.add(line.split(",")[1]));
        // and run once more: nothing to do
        MainTest.Outcome third = exec("experiment", file.toString(), "--out", folder.toString(), "--quiet");
        assertTrue(third.out().contains("0 run now (9 already stored)"), third.out());
    }

    @Test
    void runsOfAnEditedExperimentAreNotMixedIn() throws Exception {
        Path file = pairedFile("");
        Path folder = tmp.resolve("stale");
        assertEquals(0, exec("experiment", file.toString(), "--out", folder.toString(), "--shard", "1/3", "--quiet").code());
        pairedFile("window: 24\n");
        MainTest.Outcome o = exec("experiment", file.toString(), "--out", folder.toString(), "--quiet");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("not of this version") && o.err().contains("--fresh"), o.err());
        MainTest.Outcome f = exec("experiment", file.toString(), "--out", folder.toString(), "--quiet", "--fresh");
        assertEquals(0, f.code(), f.err());
        assertTrue(f.out().contains("9 run now (0 already stored)"), f.out());
    }

    @Test
    void commonRandomNumbersKeepTheArmsIdenticalUntilTheIntervention() throws Exception {
        Path file = pairedFile("");
        Path folder = tmp.resolve("crn");
        assertEquals(0, exec("experiment", file.toString(), "--out", folder.toString(), "--quiet").code());
        List<String> rows = Files.readAllLines(folder.resolve("runs.csv"));
        // columns: experiment,run,arm,point,replication,seed,absorptionFactor,step,date,measures...
        java.util.Map<String, String> base = new java.util.HashMap<>();
        int same = 0, differ = 0;
        for (String r : rows.subList(1, rows.size())) {
            String[] c = r.split(",");
            String key = c[4] + "@" + c[8];
            String values = String.join(",", List.of(c).subList(9, c.length));
            if (c[2].equals("base")) base.put(key, values);
        }
        for (String r : rows.subList(1, rows.size())) {
            String[] c = r.split(",");
            if (!c[2].equals("exit")) continue;
            String values = String.join(",", List.of(c).subList(9, c.length));
            boolean before = c[8].compareTo("2009-01") < 0;
            if (before) {
                assertEquals(base.get(c[4] + "@" + c[8]), values, "replication " + c[4] + " in " + c[8]);
                same++;
            } else if (!values.equals(base.get(c[4] + "@" + c[8]))) {
                differ++;
            }
        }
        assertTrue(same > 3 * 30, "months compared before the exit: " + same);
        assertTrue(differ > 0, "the exit changes something afterwards");
        String report = Files.readString(folder.resolve("report.md"));
        assertTrue(report.contains("Common random numbers"), report);
        for (String line : report.split("\n")) {
            if (line.startsWith("| exit |")) assertFalse(line.matches(".*[0-9][eE]-?[0-9].*"), "rounded, no exponent: " + line);
        }
        assertTrue(report.contains("| exit | NGOs present (`actors_ngo`) |"), report);
        assertTrue(Files.size(folder.resolve("report.html")) > 0, "the page");

        // the exit arm ran forked from a checkpoint of the base in 2009-01; from the start it gives the same numbers
        Path unforked = tmp.resolve("unforked");
        assertEquals(0, exec("experiment", pairedFile("fork: false\n").toString(), "--out", unforked.toString(), "--quiet").code());
        assertEquals(Files.readAllLines(folder.resolve("runs.csv")), Files.readAllLines(unforked.resolve("runs.csv")));
        assertEquals(Files.readAllLines(folder.resolve("ends.csv")), Files.readAllLines(unforked.resolve("ends.csv")));
    }

    @Test
    void badExperimentFilesNameFileLineAndFixWithExitCode2() throws Exception {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, """
                name: bad
                title: "Bad"
                kind: sweep
                scenario: ../nowhere.yaml
                replications: 2
                """);
        MainTest.Outcome o = exec("experiment", f.toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("bad.yaml:4") && o.err().contains("not found"), o.err());
        assertFalse(Files.exists(tmp.resolve("x")));

        Path file = pairedFile("record2: []\n");
        MainTest.Outcome u = exec("experiment", file.toString(), "--out", tmp.resolve("y").toString());
        assertEquals(2, u.code());
        assertTrue(u.err().contains("w01-test.yaml:15") && u.err().contains("unknown key 'record2'")
                && u.err().contains("did you mean 'record'"), u.err());

        MainTest.Outcome s = exec("experiment", pairedFile("").toString(), "--shard", "4/3");
        assertEquals(2, s.code());
        assertTrue(s.err().contains("--shard 4/3"), s.err());
    }

    /**
     * The benchmark runs the experiment arms forked and every run from its start, twice each (a first pass that
     * compiles the experiment's code, then a second), and reports the speeds of both passes, the speed-up and the
     * variance ratios; the forked and the from-start runs are the same, file for file.
     */
    @Test
    void theBenchmarkReportsSpeedsAndVarianceRatiosFromIdenticalRuns() throws Exception {
        Path file = pairedFile("");
        Path out = tmp.resolve("bench-out");
        MainTest.Outcome o = exec("benchmark", file.toString(), "--out", out.toString(), "--single", "1", "--threads", "2",
                "--kernel-smes", "3000", "--betweenness-nodes", "600", "--scaling-smes", "100,400");
        assertEquals(0, o.code(), o.err());
        String md = Files.readString(out.resolve("benchmark.md"));
        for (String row : List.of("**Runs per hour**", "Runs per hour, every run from its first month", "Time saved by forking",
                "Parallel speed-up on 2 threads", "| exit | adoption_all |", "Median variance ratio", "| MASON `Network`, `Edge`, `Bag` |",
                "Step ÷ stream pass", "Spearman rank correlation", "| 100 |", "| 400 |",
                "Fitted exponent of step cost against live ties")) {
            assertTrue(md.contains(row), row + " in\n" + md);
        }
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"runsPerHourFromStart\""));
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"runsPerHourSecondPass\""));
        assertTrue(md.contains("| Figure | First pass (compiles the experiment's code) | Second pass (sustained) |"), md);
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"meanStepMs\""));
        Path forked = out.resolve("w01-test").resolve("runs"), whole = out.resolve("w01-test-from-start").resolve("runs");
        List<Path> runs;
        try (var l = Files.list(forked)) {
            runs = l.filter(p -> p.getFileName().toString().startsWith("run-")).sorted().toList();
        }
        assertEquals(9, runs.size());
        for (Path r : runs) assertEquals(Files.readString(r), Files.readString(whole.resolve(r.getFileName())), r.toString());

        MainTest.Outcome bad = exec("benchmark", tmp.resolve("none.yaml").toString(), "--out", out.toString());
        assertEquals(2, bad.code());
    }
}
