package ayni.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.scenario.ExperimentReader;
import ayni.scenario.ExperimentSpec;
import ayni.scenario.HypothesisReader;
import ayni.scenario.HypothesisSpec;
import ayni.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped experiment and hypothesis file loads, plans, and runs its first runs (shortened to two years). */
class ShippedExperimentsTest {
    @TempDir
    Path tmp;

    static ExperimentReader.Measures measures() {
        return Measures.catalogue();
    }

    static List<Path> files(String folder) throws Exception {
        try (Stream<Path> s = Files.list(Path.of("scenarios", folder))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyExperimentLoadsPlansAndRunsItsFirstRuns() throws Exception {
        ExperimentReader.Measures m = measures();
        List<Path> files = files("experiments");
        assertTrue(files.size() >= 7, "experiments shipped: " + files);
        Set<ExperimentSpec.Kind> kinds = new java.util.HashSet<>();
        Set<ExperimentSpec.Design> designs = new java.util.HashSet<>();
        for (Path f : files) {
            ExperimentSpec e = ExperimentReader.load(f, m);
            kinds.add(e.kind());
            if (e.sweep() != null) designs.add(e.sweep().design());
            assertEquals(f.getFileName().toString(), e.name() + ".yaml", "file name = experiment name");
            ExperimentSpec shortened = new ExperimentSpec(e.file(), e.sha256(), e.name(), e.title(), e.description(), e.kind(),
                    e.scenario(), e.arms(), e.replications(), e.seed(), Math.min(24, e.steps()), e.record(), e.recordEvery(),
                    Math.min(e.window(), 12), 12, e.sweep(), e.precision(), e.fork());
            Plan plan = new Plan(shortened);
            assertTrue(plan.size() >= e.replications(), f.toString());
            // the first run of each arm (or of the first two design points)
            List<Plan.Run> first = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Plan.Run r : plan.runs()) if (r.replication() == 0 && seen.add(r.arm() + "/" + Math.min(r.point(), 1))) first.add(r);
            RunStore store = new RunStore(tmp.resolve(e.name()));
            assertEquals(first.size(), ExperimentRunner.run(plan, first, store, 2, null), f.toString());
            for (Plan.Run r : first) {
                RunRecord rec = store.read(r, plan.factorNames(), e.record());
                for (double v : rec.end()) assertFalse(Double.isNaN(v), f + " run " + r);
            }
        }
        assertEquals(Set.of(ExperimentSpec.Kind.values()), kinds, "every kind of experiment is shipped");
        assertEquals(Set.of(ExperimentSpec.Design.values()), designs, "every sweep design is shipped");
    }

    @Test
    void everyHypothesisLoadsAgainstItsExperiment() throws Exception {
        ExperimentReader.Measures m = measures();
        List<Path> files = files("hypotheses");
        Set<String> em = new java.util.TreeSet<>(), ns = new java.util.TreeSet<>();
        Set<HypothesisSpec.Test> tests = new java.util.HashSet<>();
        java.util.Map<String, List<String>> segmented = new java.util.HashMap<>();
        for (Path f : files) {
            assertTrue(HypothesisReader.isHypothesis(f), f.toString());
            HypothesisSpec h = HypothesisReader.load(f, m);
            tests.add(h.test());
            if (h.id().startsWith("H-EM")) em.add(h.id());
            if (h.id().startsWith("NS")) ns.add(h.id());
            assertFalse(h.source().isBlank(), f.toString());
            if (!h.segments().isEmpty()) segmented.put(h.id(), h.perSegment().stream().map(HypothesisSpec::id).toList());
        }
        // the hypotheses about one size class of SMEs are tested in every size class (the reader refuses one alone)
        for (String id : List.of("H-EM5", "H-EM8", "H-EM10")) {
            assertEquals(List.of(id + "/micro", id + "/small", id + "/medium"), segmented.get(id), id);
        }
        assertTrue(em.size() >= 6, "H-EM hypotheses: " + em);
        assertTrue(ns.size() >= 3, "network-society propositions: " + ns);
        assertEquals(Set.of(HypothesisSpec.Test.values()), tests, "every test is used by a shipped hypothesis");
    }
}
