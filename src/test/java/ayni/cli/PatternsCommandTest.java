package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ayni patterns end to end on a hand-made world of five years: results, verdicts, resuming, the changelog, bad input. */
class PatternsCommandTest {
    @TempDir
    Path tmp;

    /**
     * A world where one donor funds one NGO, and a what-if where the donor leaves in 2002: the NGO's funding must fall
     * (a paired check that holds), adoption lies in 0..1 (a target that holds), adoption is above 2 (fails), and a
     * check that needs a mechanism the model lacks.
     */
    private Path files(String changelog) throws IOException {
        Files.writeString(tmp.resolve("tiny.yaml"), Tiny.donorAndNgo(null, null));
        Files.writeString(tmp.resolve("exit.yaml"), """
                base: tiny.yaml
                name: tiny-exit
                title: "The donor leaves in 2002"
                events:
                  - {at: 2002-01, kind: donorExit, donors: [d1], exitMode: abrupt}
                """);
        Path f = tmp.resolve("sf01-test.yaml");
        Files.writeString(f, """
                fact: SF1
                name: sf01-test
                title: "A test fact"
                thesis: "§1"
                definition: "Funding falls when the donor leaves."
                checks:
                  - {id: exit-cuts-funding, title: "exit cuts NGO funding", scenario: tiny.yaml, whatif: exit.yaml,
                     paired: true, observable: fundingReceived_ngo, from: 2002-06, to: 2004-12, expect: below,
                     thesis: "§1", source: proposal}
                  - {id: adoption-a-share, title: "adoption is a share", scenario: tiny.yaml, observable: adoption_all,
                     target: 0.5, tolerance: 0.5, thesis: "§1", source: proposal}
                """);
        Path g = tmp.resolve("sf02-test.yaml");
        Files.writeString(g, """
                fact: SF2
                name: sf02-test
                title: "Another test fact"
                thesis: "§2"
                definition: "Adoption above two, and conflict."
                checks:
                  - {id: impossible, title: "adoption above 2", scenario: tiny.yaml, observable: adoption_all, expect: above,
                     than: 2, thesis: "§2", source: proposal}
                  - {id: conflict, title: "conflict rises", scenario: tiny.yaml, observable: conflictRate_smeSme,
                     stat: slope, expect: above, thesis: "§2", source: proposal, needs: "conflict among SMEs"}
                """);
        Files.writeString(tmp.resolve("CHANGELOG.yaml"), changelog);
        return f;
    }

    @Test
    void scoresWritesResumesAndPrintsTheChangelog() throws Exception {
        Path f = files("""
                entries:
                  - {date: 2026-12-07, fact: SF1, check: adoption-a-share, field: tolerance, old: "0.4", new: "0.5",
                     reason: "a test entry", thesis: "§1 L1"}
                """);
        Path out = tmp.resolve("out");
        MainTest.Outcome o = MainTest.exec("patterns", f.toString(), tmp.resolve("sf02-test.yaml").toString(), "--replications",
                "4", "--out", out.toString(), "--quiet", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("SF1   holds"), o.out());
        assertTrue(o.out().contains("SF2   fails"), o.out());
        assertTrue(o.out().contains("1 of 2 facts hold"), o.out());
        for (String name : List.of("patterns.csv", "report.md", "scorecard.png", "scorecard.svg", "manifest.json", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        List<String> csv = Files.readAllLines(out.resolve("patterns.csv"));
        assertEquals(5, csv.size(), "a header and four checks");
        assertTrue(csv.get(0).startsWith("fact,check,title,scenario,observable,targetOrDirection"));
        assertTrue(csv.get(1).contains("tiny-exit − tiny (paired)"), csv.get(1));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("SF1,exit-cuts-funding") && l.contains(",holds,")), csv.toString());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("SF2,impossible") && l.contains(",fails,")));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("SF2,conflict") && l.contains(",not measurable yet,")));
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("fact holds only when all its checks hold"), "the verdict rule is printed");
        assertTrue(report.contains("| 2026-12-07 | SF1 | adoption-a-share | tolerance | 0.4 | 0.5 | a test entry | §1 L1 |"),
                "the changelog is printed");
        assertTrue(report.contains("**1 of 2 facts hold**"));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"replications\" : 4") && manifest.contains("\"changelogEntries\" : 1"), manifest);
        // both arms of tiny are stored (4 replications: with 3 the base's spread, 2,000-4,600 a month, puts the paired
        // interval's upper end just above 0); a second call runs nothing and says the same
        assertEquals(8, Files.list(out.resolve("runs").resolve("tiny").resolve("runs")).filter(p -> p.toString().endsWith(".csv")).count());
        MainTest.Outcome again = MainTest.exec("patterns", f.toString(), tmp.resolve("sf02-test.yaml").toString(), "--replications",
                "4", "--out", out.toString(), "--threads", "2");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 run now"), again.out());
        assertEquals(csv, Files.readAllLines(out.resolve("patterns.csv")), "the same runs give the same verdicts");
    }

    @Test
    void aSecondWriterOfTheFolderIsRefusedAtOnce() throws Exception {
        Path f = files("entries: []\n"), out = tmp.resolve("out");
        try (ayni.output.FolderLock held = ayni.output.FolderLock.acquire(out)) {
            MainTest.Outcome o = java.util.concurrent.CompletableFuture.supplyAsync(() -> MainTest.exec("patterns", f.toString(),
                    "--replications", "2", "--out", out.toString(), "--quiet")).get(); // another thread: refused, never waits
            assertEquals(2, o.code(), o.err());
            assertTrue(o.err().contains("another Ayni command is writing this folder"), o.err());
            assertFalse(Files.exists(out.resolve("runs")), "nothing run, nothing stored");
        }
    }

    @Test
    void anEmptyChangelogIsSaidSo() throws Exception {
        Path f = files("entries: []\n");
        Path out = tmp.resolve("out");
        assertEquals(0, MainTest.exec("patterns", f.toString(), "--replications", "2", "--out", out.toString(), "--quiet").code());
        assertTrue(Files.readString(out.resolve("report.md")).contains("has changed since the pattern files were pre-registered"));
    }

    @Test
    void badInputIsOneLineWithExitCodeTwoAndNothingWritten() throws Exception {
        Path f = files("entries: []\n");
        Files.writeString(f, Files.readString(f).replace("observable: adoption_all,", "observable: adoption_al,"));
        Path out = tmp.resolve("out");
        MainTest.Outcome o = MainTest.exec("patterns", f.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains("sf01-test.yaml:10: checks[1].observable: 'adoption_al' is not a measure"), o.err());
        assertFalse(Files.exists(out));
        Files.writeString(tmp.resolve("CHANGELOG.yaml"), "entries: [{date: soon}]\n");
        MainTest.Outcome c = MainTest.exec("patterns", tmp.resolve("sf02-test.yaml").toString(), "--out", out.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("CHANGELOG.yaml:1: entries[0].date: 'soon' is not a date"), c.err());
        assertFalse(Files.exists(out));
        assertEquals(2, MainTest.exec("patterns", f.toString(), "--replications", "1").code());
    }
}
