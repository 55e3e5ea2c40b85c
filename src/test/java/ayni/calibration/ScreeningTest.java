package ayni.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.experiment.Measures;
import ayni.scenario.CalibrationReader;
import ayni.scenario.CalibrationSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Morris screening on a toy model whose answer is known on paper, determinism across thread counts, the fact weighting,
 * and a calibration that takes the screened parameters fixed.
 */
class ScreeningTest {
    @TempDir
    Path tmp;

    static final String FILE = """
            name: toy
            title: toy screening
            seed: 5
            scenarios:
              - {key: organic, file: $ROOT/scenarios/organic-production.yaml, steps: 12, set: {smeCount: 30}}
            parameters:
              - {name: knowledgeTransferRate, prior: uniform, low: 0.01, high: 0.3}
              - {name: revertProbability, prior: uniform, low: 0, high: 0.1}
            summaries:
              - {name: knowledge, fact: knowledge, scenario: organic, measure: knowledgeTransferred, stat: mean, target: 0.2}
              - {name: practice, fact: practice, scenario: organic, measure: practice_mean, stat: end, target: 0.6}
            heldOut:
              - {name: adoption, fact: adoption, scenario: organic, measure: adoption_all, target: 0.5}
              - {name: certified, fact: certification, scenario: organic, measure: certified_share, below: 0.2}
              - {name: ties, fact: ties, scenario: organic, measure: ties_knowledge, target: 100}
              - {name: cooperation, fact: cooperation, scenario: organic, measure: cooperationRate, target: 0.7}
            population: 8
            stop: {minAcceptance: 0.3}
            predictive: 0
            screen: {trajectories: 6, levels: 4, threshold: 0.1}
            """;

    private CalibrationSpec spec(String yaml) throws Exception {
        Path f = tmp.resolve("toy.yaml");
        Files.writeString(f, yaml.replace("$ROOT", Path.of("").toAbsolutePath().toString().replace('\\', '/')));
        return CalibrationReader.load(f, Measures.catalogue());
    }

    /**
     * The toy model: knowledge = 10 × knowledgeTransferRate + noise(seed); practice = noise(seed) only;
     * revertProbability acts nowhere. The noise comes from the seed, so it cancels in an elementary effect only when both
     * runs share their seed (common random numbers within a trajectory).
     */
    static final Summaries TOY = new Summaries() {
        @Override
        public List<String> names() {
            return List.of("knowledge", "practice", "adoption", "certified", "ties", "cooperation");
        }

        @Override
        public double[] values(Map<String, Double> p, long seed) {
            double noise = new java.util.SplittableRandom(seed).nextDouble();
            return new double[] {10 * p.get("knowledgeTransferRate") + noise, noise, 0, 0, 0, 0};
        }
    };

    @Test
    void theInertParameterIsFixedAtItsMedianAndTheLinearOneKept() throws Exception {
        CalibrationSpec spec = spec(FILE);
        Screening.Result r = Screening.run(spec, TOY, spec.screen(), 2, null);
        assertEquals(6 * 3, r.points());
        Screening.Effect active = effect(r, "knowledgeTransferRate", "knowledge");
        Screening.Effect inert = effect(r, "revertProbability", "knowledge");
        // on paper: a step of Δ on the unit grid moves knowledgeTransferRate by Δ × 0.29, so knowledge by 10 × 0.29 × Δ:
        // every elementary effect is 2.9 (response per unit of the scaled range), mu* = 2.9, sigma = 0
        assertEquals(2.9, active.muStar(), 1e-9);
        assertEquals(0, active.sigma(), 1e-9);
        // revertProbability never enters: with the seed shared along a trajectory its effects are exactly zero
        assertEquals(0.0, inert.muStar());
        assertEquals(0.0, effect(r, "knowledgeTransferRate", "practice").muStar());
        Screening.Overall a = r.overall().get(0), b = r.overall().get(1);
        assertFalse(a.fixed());
        assertEquals(1.0, a.share());
        // overall: (knowledge fact 2.9 / spread + practice fact 0) / 2 facts
        assertEquals(2.9 / active.spread() / 2, a.muStar(), 1e-12);
        assertTrue(b.fixed());
        assertEquals(0.05, b.fixedAt(), 1e-15, "the uniform prior's median: (0 + 0.1) / 2");
        List<CalibrationSpec.Fixed> fix = r.toFix("here");
        assertEquals(1, fix.size());
        assertEquals("revertProbability", fix.get(0).param().id());
    }

    /** Summaries with the toy's checks and the given values. */
    static Summaries toy(java.util.function.BiFunction<Map<String, Double>, Long, double[]> values) {
        return new Summaries() {
            @Override
            public List<String> names() {
                return TOY.names();
            }

            @Override
            public double[] values(Map<String, Double> p, long seed) {
                return values.apply(p, seed);
            }
        };
    }

    @Test
    void theResultIsTheSameWhateverTheThreadCount() throws Exception {
        CalibrationSpec spec = spec(FILE);
        Summaries noisy = toy((p, seed) -> {
            double[] v = TOY.values(p, seed);
            v[1] += p.get("revertProbability") * new java.util.SplittableRandom(seed + 1).nextDouble();
            return v;
        });
        Screening.Result one = Screening.run(spec, noisy, spec.screen(), 1, null);
        Screening.Result three = Screening.run(spec, noisy, spec.screen(), 3, null);
        assertEquals(one.effects(), three.effects());
        assertEquals(one.overall(), three.overall());
        assertNotEquals(0.0, effect(one, "revertProbability", "practice").muStar());
    }

    @Test
    void everyFactWeighsTheSameHoweverManyChecksItHas() {
        // fact a: scaled mu* 1 and 3 (mean 2); fact b: 8; overall (2 + 8) / 2 = 5, not the plain mean 4
        List<Screening.Effect> es = List.of(new Screening.Effect("p", "a1", "a", 1, 0, 1), new Screening.Effect("p", "a2", "a", 6, 0, 2),
                new Screening.Effect("p", "b1", "b", 8, 0, 1));
        assertEquals(5.0, Screening.factWeighted(es, Screening.Effect::scaledMuStar), 1e-12);
    }

    @Test
    void aCalibrationWithScreenedParametersRunsThemAtTheStatedValues() throws Exception {
        CalibrationSpec spec = spec(FILE);
        Path dir = Files.createDirectories(tmp.resolve("screen"));
        // fixed at the top of its range, not at a default, so that ignoring the fix changes the runs
        Files.writeString(dir.resolve(Screening.SCREENED), "calibration: toy\nsha256: " + spec.sha256()
                + "\nthreshold: 0.1\nfixed:\n  - {name: knowledgeTransferRate, value: 0.3}\nkept: [revertProbability]\n");
        CalibrationSpec fixed = spec.fix(Screening.read(dir, spec));
        assertEquals(List.of("revertProbability"), fixed.parameters().stream().map(CalibrationSpec.Param::id).toList());
        assertEquals(1, fixed.screened().size());
        assertNotEquals(spec.sha256(), fixed.sha256(), "a store of the unscreened calibration is never mixed in");
        Map<String, Double> theta = Map.of("revertProbability", 0.02);
        double[] screened = new ScenarioSummaries(fixed).values(theta, 77);
        double[] at = new ScenarioSummaries(spec).values(Map.of("revertProbability", 0.02, "knowledgeTransferRate", 0.3), 77);
        double[] low = new ScenarioSummaries(spec).values(Map.of("revertProbability", 0.02, "knowledgeTransferRate", 0.01), 77);
        assertArrayEquals(at, screened);
        assertNotEquals(low[0], screened[0], "knowledge flow depends on knowledgeTransferRate");

        // a screening of another version of the file, or naming a parameter not fitted, is refused
        Files.writeString(dir.resolve(Screening.SCREENED), "calibration: toy\nsha256: 00\nfixed: []\n");
        Screening.BadScreening stale = assertThrows(Screening.BadScreening.class, () -> Screening.read(dir, spec));
        assertTrue(stale.getMessage().contains("sha256: screened another version"), stale.getMessage());
        Files.writeString(dir.resolve(Screening.SCREENED), "calibration: toy\nsha256: " + spec.sha256()
                + "\nfixed:\n  - {name: smeCount, value: 3}\n");
        Screening.BadScreening other = assertThrows(Screening.BadScreening.class, () -> Screening.read(dir, spec));
        assertTrue(other.getMessage().contains("fixed[0].name: 'smeCount' is not a fitted parameter"), other.getMessage());
    }

    @Test
    void theThresholdIsAStrictShareOfTheLargestAndNoEffectFixesNothing() throws Exception {
        CalibrationSpec spec = spec(FILE);
        List<ayni.stats.abc.Prior> priors = Calibration.priors(spec);
        // knowledgeTransferRate: scaled mu* 4 / 2 = 2, sigma 6 / 2 = 3; revertProbability 0.5 = a quarter of the largest
        List<Screening.Effect> es = List.of(new Screening.Effect("knowledgeTransferRate", "k", "k", 4, 6, 2),
                new Screening.Effect("revertProbability", "k", "k", 1, 0, 2));
        List<Screening.Overall> at = Screening.overall(spec, priors, es, 0.25);
        assertEquals(3.0, at.get(0).sigma(), 1e-12);
        assertEquals(0.25, at.get(1).share(), 1e-12);
        assertFalse(at.get(1).fixed(), "exactly at the threshold share: kept (below fixes)");
        assertTrue(Screening.overall(spec, priors, es, 0.3).get(1).fixed(), "0.5 < 0.3 x 2");
        assertFalse(Screening.overall(spec, priors, es, 0.2).get(1).fixed(), "0.5 > 0.2 x 2");
        List<Screening.Overall> none = Screening.overall(spec, priors, List.of(new Screening.Effect("knowledgeTransferRate", "k", "k",
                0, 0, 1), new Screening.Effect("revertProbability", "k", "k", 0, 0, 1)), 0.1);
        assertFalse(none.get(0).fixed() || none.get(1).fixed(), "no parameter moves anything: nothing to rank, nothing fixed");
        assertTrue(Double.isNaN(Screening.factWeighted(List.of(), Screening.Effect::scaledMuStar)), "no check, no effect");
    }

    @Test
    void progressIsHeardChecksWithoutAValueAreLeftOutAndFailuresPassThrough() throws Exception {
        CalibrationSpec spec = spec(FILE);
        Summaries gaps = toy((p, seed) -> {
            double[] v = TOY.values(p, seed);
            if (p.get("revertProbability") > 0.05) v[1] = Double.NaN; // practice has no value at half the points
            return v;
        });
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        Screening.Result r = Screening.run(spec, gaps, spec.screen(), 2, n -> heard.accumulateAndGet(n, Math::max));
        assertEquals(r.points(), heard.get());
        assertEquals(List.of("practice"), r.skipped());
        assertTrue(r.effects().stream().noneMatch(e -> e.check().equals("practice")));
        Summaries broken = toy((p, seed) -> {
            throw new IllegalStateException("scenario failed");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Screening.run(spec, broken, spec.screen(), 2, null));
        assertEquals("scenario failed", e.getMessage());
    }

    @Test
    void aScreenedValueMustLieWithinItsPriorEndsIncluded() throws Exception {
        CalibrationSpec spec = spec(FILE);
        Path dir = Files.createDirectories(tmp.resolve("s"));
        String head = "calibration: toy\nsha256: " + spec.sha256() + "\nfixed:\n  - {name: revertProbability, value: ";
        Files.writeString(dir.resolve(Screening.SCREENED), head + "0}\n");
        assertEquals(0.0, Screening.read(dir, spec).get(0).value(), "the prior's low end is a value");
        Files.writeString(dir.resolve(Screening.SCREENED), head + "0.1}\n");
        assertEquals(0.1, Screening.read(dir, spec).get(0).value(), "and so is its high end");
        Files.writeString(dir.resolve(Screening.SCREENED), head + "0.2}\n");
        assertTrue(assertThrows(Screening.BadScreening.class, () -> Screening.read(dir, spec)).getMessage()
                .contains("fixed[0].value: 0.2 is not a number within revertProbability's prior"));
        Files.writeString(dir.resolve(Screening.SCREENED), "calibration: other\nsha256: " + spec.sha256() + "\nfixed: []\n");
        assertTrue(assertThrows(Screening.BadScreening.class, () -> Screening.read(dir, spec)).getMessage()
                .contains("calibration: 'other' is not 'toy'"));
        assertTrue(assertThrows(Screening.BadScreening.class, () -> Screening.read(tmp.resolve("none"), spec)).getMessage()
                .contains("screened.yaml: not found"));
    }

    @Test
    void theFilesScreenBlockSetsTheDesignAndTheThreshold() throws Exception {
        // knowledge = 10 x knowledgeTransferRate + 20 x revertProbability: elementary effects 10 x 0.29 = 2.9 and
        // 20 x 0.1 = 2.0, so revertProbability's overall effect is 2.0 / 2.9 = 0.69 of the largest
        Summaries both = toy((p, seed) -> new double[] {10 * p.get("knowledgeTransferRate") + 20 * p.get("revertProbability"), 0, 0, 0, 0, 0});
        CalibrationSpec high = spec(FILE.replace("screen: {trajectories: 6, levels: 4, threshold: 0.1}",
                "screen: {trajectories: 3, levels: 6, threshold: 0.9}"));
        assertEquals(new CalibrationSpec.Screen(3, 6, 0.9), high.screen());
        assertEquals(6, Screening.design(high, high.screen()).levels());
        Screening.Result r = Screening.run(high, both, high.screen(), 2, null);
        assertEquals(3 * 3, r.points());
        assertEquals(2.0 / 2.9, r.overall().get(1).share(), 1e-9);
        assertTrue(r.overall().get(1).fixed(), "0.69 < 0.9");
        CalibrationSpec low = spec(FILE.replace("threshold: 0.1", "threshold: 0.5"));
        assertFalse(Screening.run(low, both, low.screen(), 2, null).overall().get(1).fixed(), "0.69 > 0.5");
        assertEquals(CalibrationSpec.Screen.DEFAULT, spec(FILE.replace("screen: {trajectories: 6, levels: 4, threshold: 0.1}\n", ""))
                .screen());
    }

    private static Screening.Effect effect(Screening.Result r, String parameter, String check) {
        return r.effects().stream().filter(e -> e.parameter().equals(parameter) && e.check().equals(check)).findFirst().orElseThrow();
    }
}
