package ayni.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ayni.scenario.PatternReader;
import ayni.scenario.PatternSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build subset of the stylized facts: the pattern files marked {@code buildSubset: true} (facts whose intervals in
 * the committed 30-replication report lie well clear of their thresholds) are scored on fewer replications with the
 * same fixed seeds (4, against 30 in the report: intervals about four times wider), and every one of their checks must still hold. A change to the model that breaks one of them fails
 * the build; the full set runs as {@code ayni patterns}.
 */
class PatternSubsetTest {
    /** Replications per scenario in the build (the committed report uses 30; seeds are the scenarios' own + i). */
    static final int REPLICATIONS = 4;

    @TempDir
    Path tmp;

    /** Longer than the default guard against hangs: it simulates a few dozen runs, about a minute on a quiet 2-core machine. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void theBuildSubsetStillHolds() throws Exception {
        List<PatternSpec> subset = new ArrayList<>();
        ayni.scenario.ExperimentReader.Measures measures = Measures.catalogue();
        try (Stream<Path> s = Files.list(Path.of("scenarios", "patterns"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().startsWith("sf")).sorted().toList()) {
                PatternSpec p = PatternReader.load(f, measures);
                if (p.buildSubset()) subset.add(p);
            }
        }
        assertFalse(subset.isEmpty(), "some pattern file is marked buildSubset: true");
        PatternPlan plan = new PatternPlan(subset, REPLICATIONS);
        Map<String, List<RunRecord>> runs = new LinkedHashMap<>();
        for (Plan p : plan.plans()) {
            RunStore store = ExperimentRunner.open(p, tmp.resolve(p.spec().name()), false);
            ExperimentRunner.run(p, p.runs(), store, Runtime.getRuntime().availableProcessors(), null);
            runs.put(p.spec().name(), ExperimentRunner.load(p, store));
        }
        for (PatternScore.FactResult f : PatternScore.score(subset, plan, runs)) {
            for (PatternScore.CheckResult c : f.checks()) {
                assertEquals(PatternScore.Outcome.HOLDS, c.outcome(), f.pattern().fact() + " " + c.check().id() + ": " + c.reason());
            }
        }
    }
}
