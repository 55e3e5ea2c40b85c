package ayni.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pattern files and the changelog: what is read, and every mistake named with file, line and field. */
class PatternReaderTest {
    @TempDir
    Path tmp;

    static final ExperimentReader.Measures MEASURES = ayni.experiment.Measures.catalogue();

    @BeforeEach
    void scenario() throws IOException {
        Files.writeString(tmp.resolve("tiny.yaml"), Tiny.donorAndNgo(null, null));
    }

    /** A pattern file sf99-test.yaml with one check whose lines after 'scenario' are given. */
    private Path pattern(String check) throws IOException {
        Path f = tmp.resolve("sf99-test.yaml");
        Files.writeString(f, """
                fact: SF1
                name: sf99-test
                title: "A test fact"
                thesis: "§1"
                definition: "What the model should show."
                checks:
                  - id: one
                    title: "a check"
                    scenario: tiny.yaml
                """ + check.indent(4) + """
                    thesis: "§1"
                    source: proposal
                """);
        return f;
    }

    private String problem(String check) throws IOException {
        Path f = pattern(check);
        ScenarioException e = assertThrows(ScenarioException.class, () -> PatternReader.load(f, MEASURES));
        return e.getMessage();
    }

    @Test
    void aWellFormedFileIsReadWithItsDefaults() throws Exception {
        PatternSpec p = PatternReader.load(pattern("""
                observable: adoption_all
                stat: change
                from: 2000-01
                target: 0
                tolerance: 0.05
                """), MEASURES);
        assertEquals("SF1", p.fact());
        PatternSpec.Check c = p.checks().get(0);
        assertTrue(c.measurable());
        assertEquals(PatternSpec.Stat.CHANGE, c.value().stat());
        assertEquals("2004-12", c.value().to().toString(), "the window ends with the scenario by default");
        assertEquals("0 ± 0.05", c.criterion());
        assertFalse(p.buildSubset());
    }

    @Test
    void everyMistakeNamesFileLineAndField() throws Exception {
        String m = problem("""
                observable: adoption_all
                expect: above
                tolerence: 0.1
                """);
        assertTrue(m.matches("(?s).*sf99-test\\.yaml:12: checks\\[0\\]\\.tolerence: unknown key 'tolerence'; fix: did you mean 'tolerance'\\?.*"), m);
        assertTrue(problem("observable: adoption_al\nexpect: above\n").contains("checks[0].observable: 'adoption_al' is not a measure; "
                + "fix: did you mean 'adoption_all'?"));
        assertTrue(problem("observable: adoption_all\n").contains("the check has neither a target nor a direction"));
        assertTrue(problem("observable: adoption_all\nexpect: above\ntarget: 1\ntolerance: 1\n").contains("either a target"));
        assertTrue(problem("observable: adoption_all\nexpect: above\nfrom: 1999-01\n").contains("checks[0].from: the window 1999-01..2004-12 is not within"));
        assertTrue(problem("observable: adoption_all\nstat: change\nfrom: 2003-06\nexpect: above\n").contains("needs at least 24 months"));
        assertTrue(problem("observable: adoption_all\nstat: ratio\nexpect: above\n").contains("checks[0].over: stat 'ratio' needs"));
        assertTrue(problem("observable: adoption_all\npaired: true\nexpect: above\n").contains("a paired check needs a 'whatif' or a 'set'"));
        assertTrue(problem("observable: adoption_all\nset: {smeBoardSeats: 0}\npaired: true\nexpect: above\n")
                .contains("checks[0].set.smeBoardSeats: 'smeBoardSeats' is not a model parameter"));
        assertTrue(problem("observable: adoption_all\nexpect: sideways\n").contains("checks[0].expect: 'sideways' is not one of"));
        assertTrue(problem("observable: adoption_all\ntarget: 0.5\ntolerance: 0\n").contains("checks[0].tolerance: must be above 0"));
        assertTrue(problem("observable: adoption_all\nwhatif: missing.yaml\nexpect: above\n").contains("scenario file 'missing.yaml' not found"));
    }

    @Test
    void aFileNamedDifferentlyOrForAnUnknownFactIsRefused() throws Exception {
        Path f = pattern("observable: adoption_all\nexpect: above\n");
        Files.writeString(f, Files.readString(f).replace("fact: SF1", "fact: SF21"));
        String m = assertThrows(ScenarioException.class, () -> PatternReader.load(f, MEASURES)).getMessage();
        assertTrue(m.contains("sf99-test.yaml:1: fact: 'SF21' is not a stylized fact"), m);
        Path g = tmp.resolve("other.yaml");
        Files.writeString(g, Files.readString(f).replace("fact: SF21", "fact: SF2"));
        assertTrue(assertThrows(ScenarioException.class, () -> PatternReader.load(g, MEASURES)).getMessage()
                .contains("name: 'sf99-test' differs from the file name 'other'"));
    }

    @Test
    void namesTheModelLacksAreAcceptedOnlyWithTheMechanismTheyNeed() throws Exception {
        PatternSpec p = PatternReader.load(pattern("""
                observable: conflictRate_smeSme
                set: {smeBoardSeats: 0}
                paired: true
                expect: above
                needs: "conflict and seats"
                """), MEASURES);
        PatternSpec.Check c = p.checks().get(0);
        assertFalse(c.measurable());
        assertEquals(List.of("parameter smeBoardSeats", "conflictRate_smeSme"), c.missing());
        assertTrue(c.set().isEmpty(), "an unknown parameter is not set");
    }

    @Test
    void theChangelogIsReadAndItsMistakesNamed() throws Exception {
        Path log = tmp.resolve("CHANGELOG.yaml");
        Files.writeString(log, "entries: []\n");
        assertEquals(0, PatternReader.changelog(log).size());
        Files.writeString(log, """
                entries:
                  - {date: 2026-12-07, fact: SF20, check: price-premium, field: tolerance, old: "0.10", new: "0.05",
                     reason: "a narrower band", thesis: "§5.2.2 L1324"}
                """);
        PatternSpec.Change ch = PatternReader.changelog(log).get(0);
        assertEquals("0.05", ch.newValue());
        assertEquals("§5.2.2 L1324", ch.thesis());
        Files.writeString(log, "entries:\n  - {date: 7 Dec, fact: SF20, check: x, field: y, old: a, new: b, reason: r, thesis: t}\n");
        String m = assertThrows(ScenarioException.class, () -> PatternReader.changelog(log)).getMessage();
        assertTrue(m.contains("CHANGELOG.yaml:2: entries[0].date: '7 Dec' is not a date; fix: write YYYY-MM-DD"), m);
    }

    @Test
    void theShippedPatternFilesAreAllReadable() throws Exception {
        try (var s = Files.list(Path.of("scenarios", "patterns"))) {
            List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("sf")).sorted().toList();
            assertEquals(20, files.size(), "SF1 .. SF20");
            for (int i = 0; i < files.size(); i++) {
                PatternSpec p = PatternReader.load(files.get(i), MEASURES);
                assertEquals("SF" + (i + 1), p.fact(), files.get(i).toString());
                for (PatternSpec.Check c : p.checks()) {
                    assertTrue(c.measurable() || c.needs() != null, c.id() + " is measurable or says what it needs");
                }
            }
        }
        PatternReader.changelog(Path.of("scenarios", "patterns", "CHANGELOG.yaml")); // readable
    }
}
