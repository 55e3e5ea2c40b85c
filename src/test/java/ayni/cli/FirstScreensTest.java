package ayni.cli;

import static ayni.cli.MainTest.exec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.cli.MainTest.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a new user sees first: usage, help, suggestions for typos, and files of the wrong kind. */
class FirstScreensTest {
    @TempDir
    Path tmp;

    @Test
    void bareAyniPrintsUsageOnStandardErrorAndExitsTwo() {
        Outcome o = exec();
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("Usage: ayni"), o.err());
        assertEquals("", o.out());
    }

    @Test
    void helpHasNoPicocliWarningAndListsEveryCommandWithAnExample() {
        PrintStream saved = System.err;
        ByteArrayOutputStream caught = new ByteArrayOutputStream();
        Outcome top;
        StringBuilder all = new StringBuilder();
        try {
            // picocli prints its formatting warnings on System.err, not on the command's writer
            System.setErr(new PrintStream(caught, true, StandardCharsets.UTF_8));
            top = exec("--help");
            for (var c : new CommandLine(new Main()).getSubcommands().entrySet()) {
                all.append(exec(c.getKey(), "--help").out());
                for (String sub : c.getValue().getSubcommands().keySet()) exec(c.getKey(), sub, "--help");
            }
        } finally {
            System.setErr(saved);
        }
        String warnings = caught.toString(StandardCharsets.UTF_8) + top.err();
        assertFalse(warnings.contains("WARN") || warnings.contains("Could not format"), warnings);
        assertEquals(0, top.code());
        assertTrue(top.out().contains("95%") && !top.out().contains("95%%"), top.out());
        for (String c : new CommandLine(new Main()).getSubcommands().keySet()) {
            assertTrue(top.out().contains("e.g. ./ayni " + c), c + " has no example in:\n" + top.out());
            assertTrue(all.toString().contains("Example: ./ayni " + c), c);
        }
        assertTrue(top.out().contains("./ayni list"), top.out());
    }

    @Test
    void anUnknownCommandOrOptionSuggestsTheNearest() {
        Outcome typo = exec("rnu", "scenarios/organic-production.yaml");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("unknown command 'rnu'; did you mean 'run'?"), typo.err());
        Outcome far = exec("frobnicate");
        assertEquals(2, far.code());
        assertTrue(far.err().contains("unknown command 'frobnicate'; The commands: run, validate,"), far.err());
        Outcome option = exec("run", "scenarios/organic-production.yaml", "--sed", "3");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("ayni run: Unknown option: '--sed'; did you mean '--seed'?"), option.err());
        Outcome nested = exec("experiment", "merge", "--frsh");
        assertTrue(nested.err().startsWith("ayni experiment merge: "), nested.err());
    }

    @Test
    void aMissingFileSuggestsTheNearestExistingOne() {
        Outcome o = exec("run", "scenarios/organic-productin.yaml");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("scenarios/organic-productin.yaml: file not found; fix: did you mean "
                + "'scenarios/organic-production.yaml'?"), o.err());
        // a what-if named without its folder is found under scenarios/
        Outcome w = exec("validate", "w01-oxfam-novib-abrupt-exti.yaml");
        assertTrue(w.err().contains("did you mean 'scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml'?"), w.err());
        Outcome none = exec("validate", "zzzz.yaml");
        assertTrue(none.err().contains("zzzz.yaml: file not found; fix: check the path"), none.err());
    }

    @Test
    void aFileOfTheWrongKindSaysWhatItIsAndWhichCommandTakesIt() throws Exception {
        Outcome e = exec("experiment", "scenarios/organic-production.yaml");
        assertEquals(2, e.code());
        assertEquals("scenarios/organic-production.yaml: this is a scenario, not an experiment file; fix: run it with "
                + "'ayni run scenarios/organic-production.yaml'", e.err().strip());
        Outcome r = exec("run", "scenarios/experiments/w01-paired-organic.yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("this is an experiment file, not a scenario; fix: run it with "
                + "'ayni experiment scenarios/experiments/w01-paired-organic.yaml'"), r.err());
        Outcome c = exec("compare", "scenarios/organic-production.yaml", "scenarios/hypotheses/h-em2-government-channel.yaml");
        assertTrue(c.err().contains("this is a hypothesis file, not a scenario; fix: run it with 'ayni experiment "), c.err());
        Outcome g = exec("gui", "scenarios/hypotheses/h-em2-government-channel.yaml", "--screenshot", tmp.resolve("x.png").toString());
        assertEquals(2, g.code());
        assertTrue(g.err().contains("this is a hypothesis file"), g.err());
        Path pattern = Files.createDirectories(tmp.resolve("patterns")).resolve("sf1.yaml");
        Files.writeString(pattern, "id: SF1\ntitle: slow spread\nscenarios: [organic-production]\n");
        Outcome p = exec("run", pattern.toString());
        assertTrue(p.err().contains("this is a pattern file, not a scenario; fix: run it with 'ayni patterns "), p.err());
        Path calibration = Files.createDirectories(tmp.resolve("calibration")).resolve("joint.yaml");
        Files.writeString(calibration, "name: joint\nscenarios: [organic-production]\n");
        Outcome k = exec("experiment", calibration.toString());
        assertTrue(k.err().contains("this is a calibration file, not an experiment file; fix: run it with 'ayni calibrate "), k.err());
        // a what-if given to experiment: the fix names the compare command with its base
        Outcome w = exec("experiment", "scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml");
        assertTrue(w.err().contains("this is a what-if scenario, not an experiment file; fix: run it with 'ayni compare "
                + "scenarios/organic-production.yaml scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml"), w.err());
    }

    @Test
    void validateChecksEveryKindOfFileByItsKind() throws Exception {
        Outcome o = exec("validate", "scenarios/organic-production.yaml", "scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml",
                "scenarios/experiments/w01-paired-organic.yaml", "scenarios/hypotheses/h-em2-government-channel.yaml");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("organic-production.yaml: ok (organic-production, 1990-01 to 2012-12"), o.out());
        assertTrue(o.out().contains("w01-oxfam-novib-abrupt-exit.yaml: ok (what-if w01-oxfam-novib-abrupt-exit,"), o.out());
        assertTrue(o.out().contains("w01-paired-organic.yaml: ok (experiment w01-paired-organic, paired, 30 replications)"), o.out());
        assertTrue(o.out().contains("h-em2-government-channel.yaml: ok (hypothesis H-EM2, paired-t on experiment organic-whatifs)"), o.out());
        // each kind is checked by its own reader: a mistake in an experiment file is named as such
        Path bad = tmp.resolve("exp.yaml");
        Files.writeString(bad, Files.readString(Path.of("scenarios/experiments/w01-paired-organic.yaml"))
                .replace("scenario: ../organic-production.yaml", "scenario: " + Path.of("scenarios/organic-production.yaml").toAbsolutePath())
                .replace("replications: 30", "replications: 0"));
        Outcome b = exec("validate", bad.toString());
        assertEquals(2, b.code());
        assertTrue(b.err().contains("exp.yaml:") && b.err().contains("replications"), b.err());
        try (var s = Files.list(Path.of("scenarios/calibration"))) {
            for (Path c : s.filter(x -> x.toString().endsWith(".yaml")).toList()) {
                Outcome v = exec("validate", c.toString());
                assertEquals(0, v.code(), v.err());
                assertTrue(v.out().contains(": ok (calibration "), v.out());
            }
        }
        Path pattern = Files.createDirectories(tmp.resolve("patterns")).resolve("sf1.yaml");
        Files.writeString(pattern, "id: SF1\nchecks: []\n");
        Outcome p = exec("validate", pattern.toString());
        assertEquals(2, p.code());
        assertTrue(p.err().contains("sf1.yaml:1: missing required key 'fact'"), p.err()); // read by the pattern reader
        Outcome shipped = exec("validate", "scenarios/patterns/sf12-effectiveness-ranking.yaml", "scenarios/patterns/CHANGELOG.yaml");
        assertEquals(0, shipped.code(), shipped.err());
        assertTrue(shipped.out().contains(": ok (pattern SF12, ") && shipped.out().contains(": ok (pattern changelog"), shipped.out());
    }

    @Test
    void listShowsEveryShippedFileUnderTheCommandThatTakesIt() throws Exception {
        Outcome o = exec("list");
        assertEquals(0, o.code(), o.err());
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).toList()) assertTrue(o.out().contains(f.toString()), f.toString());
        }
        assertTrue(o.out().contains("Experiment files (10): ayni experiment FILE"), o.out());
        assertTrue(o.out().contains("What-if scenarios (" + count("scenarios/whatif") + "): ayni compare BASE FILE"), o.out());
        assertTrue(o.out().contains("W1: OXFAM-NOVIB leaves abruptly"), o.out());
    }

    private static long count(String dir) throws Exception {
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).count();
        }
    }

    @Test
    void theLauncherSaysItIsBuildingWithoutEscapeCodes() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path home = Files.createDirectories(tmp.resolve("ayni-copy"));
        Files.copy(Path.of("ayni"), home.resolve("ayni"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        // stand-ins for Maven and Java: mvn records its arguments, prints a coloured line and makes the jar
        fake(bin.resolve("mvn"), "echo \"$@\" > \"" + tmp.resolve("mvn-args") + "\"; printf '\\033[1mBUILD\\033[0m\\n';"
                + " if [ -n \"${FAIL:-}\" ]; then exit 1; fi; mkdir -p target; touch target/ayni.jar");
        fake(bin.resolve("java"), "echo \"java $*\"");
        List<String> first = launch(home, bin, false);
        assertEquals("0", first.get(0), first.toString());
        String err = first.get(2);
        assertTrue(err.startsWith("ayni: building Ayni (first time: about 2 minutes"), err);
        assertFalse(err.contains("\u001b") || first.get(1).contains("\u001b"), err);
        assertFalse(err.contains("BUILD"), "a successful build is quiet: " + err);
        String args = Files.readString(tmp.resolve("mvn-args"));
        assertTrue(args.contains("-B") && args.contains("--no-transfer-progress") && args.contains("package"), args);
        assertTrue(first.get(1).contains("-jar") && first.get(1).endsWith("target/ayni.jar --version\n"), first.get(1));
        // a failed build shows Maven's output, escape codes removed, and exits 1
        Files.delete(home.resolve("target/ayni.jar"));
        List<String> failed = launch(home, bin, true);
        assertEquals("1", failed.get(0));
        assertTrue(failed.get(2).contains("BUILD") && !failed.get(2).contains("\u001b"), failed.get(2));
        assertTrue(failed.get(2).contains("the build failed"), failed.get(2));
    }

    @Test
    void windowsUsersGetACmdLauncherThatBuildsAndRunsTheSameJar() throws Exception {
        String cmd = Files.readString(Path.of("ayni.cmd"));
        assertTrue(cmd.contains("\r\n"), "a .cmd file needs CRLF line ends");
        assertTrue(cmd.contains("target\\ayni.jar") && cmd.contains("mvn -B -q --no-transfer-progress"), cmd);
        assertTrue(cmd.contains("java -Djava.awt.headless=true -jar \"%JAR%\" %*"), cmd);
        assertTrue(Files.readString(Path.of("ayni")).contains("mvn -B -q --no-transfer-progress -Dstyle.color=never -DskipTests package"));
    }

    private static void fake(Path file, String body) throws Exception {
        Files.writeString(file, "#!/bin/bash\n" + body + "\n");
        assertTrue(file.toFile().setExecutable(true));
    }

    /** Runs the copied launcher with the fakes first on PATH: exit code, standard output, standard error. */
    private List<String> launch(Path home, Path bin, boolean fail) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", home.resolve("ayni").toString(), "--version");
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        if (fail) pb.environment().put("FAIL", "1");
        pb.redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        int code = pb.start().waitFor();
        return List.of(String.valueOf(code), Files.readString(tmp.resolve("out")), Files.readString(tmp.resolve("err")));
    }
}
