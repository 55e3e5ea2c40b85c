package ayni.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.experiment.SingleRun;
import ayni.metrics.TimeSeries;
import ayni.scenario.CalibrationReader;
import ayni.scenario.CalibrationSpec;
import ayni.scenario.ExperimentReader;
import ayni.scenario.Parameters;
import ayni.scenario.ScenarioException;
import ayni.stats.abc.Streams;
import ayni.stats.abc.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pattern checks as calibration summaries, on two hand-made pattern files over a short, small organic run: each value
 * is recomputed here from plain runs, the targets come from the pattern file, and held-out facts stay out of the
 * distance.
 */
class PatternSummariesTest {
    @TempDir
    Path tmp;

    static final ExperimentReader.Measures MEASURES = ayni.experiment.Measures.catalogue();

    private static final String FIT = """
            fact: SF1
            name: sf98-fit
            title: "Fitted"
            thesis: "§1"
            definition: "Fitted."
            checks:
              - {id: level, title: "adoption", scenario: $ORG, observable: adoption_all, stat: mean, from: 1990-07, to: 1991-06,
                 target: 0.3, tolerance: 0.1, thesis: "§1", source: proposal}
              - {id: contrast, title: "more SMEs change mean practice (paired)", scenario: $ORG,
                 set: {smeCount: 80}, paired: true, observable: practice_mean, stat: mean, from: 1991-01,
                 to: 1991-12, expect: above, than: 0, thesis: "§1", source: proposal}
            """;
    private static final String HELD = """
            fact: SF2
            name: sf99-held
            title: "Held out"
            thesis: "§1"
            definition: "Held out."
            checks:
              - {id: change, title: "change", scenario: $ORG, observable: practice_mean, stat: change, from: 1990-01,
                 to: 1991-12, expect: above, than: 0, thesis: "§1", source: proposal}
              - {id: late, title: "late", scenario: $ORG, observable: adoption_all, stat: mean, from: 1991-01, to: 1991-12,
                 expect: below, than: 0.9, thesis: "§1", source: proposal}
            """;
    private static final String CAL = """
            name: cp
            title: "Pattern calibration"
            seed: 5
            patterns: pat
            scenarios:
              - {key: organic, file: $ORG, steps: 24, set: {smeCount: 40}}
            parameters:
              - {name: practiceGrowthRate, prior: log-uniform, low: 0.005, high: 0.5}
              - {name: knowledgeTransferRate, low: 0.005, high: 0.5, scenarios: [organic]}
            summaries:
              - {pattern: sf98-fit}
            heldOut:
              - {pattern: sf99-held}
              - {name: h3, fact: SF5, scenario: organic, measure: cooperationRate, stat: mean, target: 0.5}
              - {name: h4, fact: SF6, scenario: organic, measure: practice_mean, window: 6, target: 0.5}
            population: 10
            stop: {minAcceptance: 0.3}
            predictive: 0
            """;

    private Path write(String cal) throws Exception {
        String org = Path.of("scenarios", "organic-production.yaml").toAbsolutePath().toString().replace('\\', '/');
        Files.createDirectories(tmp.resolve("pat"));
        Files.writeString(tmp.resolve("pat/sf98-fit.yaml"), FIT.replace("$ORG", org));
        Files.writeString(tmp.resolve("pat/sf99-held.yaml"), HELD.replace("$ORG", org));
        Path f = tmp.resolve("cp.yaml");
        Files.writeString(f, cal.replace("$ORG", org));
        return f;
    }

    @Test
    void patternChecksAreSummariesAndHeldOutFactsWithTheirPatternTargets() throws Exception {
        CalibrationSpec spec = CalibrationReader.load(write(CAL), MEASURES);
        assertEquals(List.of("sf98-fit/level", "sf98-fit/contrast"), spec.summaries().stream().map(CalibrationSpec.Check::name).toList());
        assertEquals(List.of("sf99-held/change", "sf99-held/late", "h3", "h4"),
                spec.heldOut().stream().map(CalibrationSpec.Check::name).toList());
        assertEquals("SF1", spec.summaries().get(0).fact());
        List<Target> t = Calibration.targets(spec, null);
        assertEquals(0.2, t.get(0).low(), 1e-12, "a target check's target is the pattern's target ± tolerance");
        assertEquals(0.4, t.get(0).high(), 1e-12);
        assertEquals(0.1, spec.summaries().get(0).tolerance());
        assertEquals(Target.atLeast(0), t.get(1), "a direction 'above 0' is a one-sided bound");
        assertEquals(Target.atMost(0.9), t.get(3));
        assertTrue(Calibration.summaries(spec) instanceof PatternSummaries);
    }

    @Test
    void eachValueIsThePatternStatisticOfOneReplicationWithTheFittedValuesInEveryArm() throws Exception {
        CalibrationSpec spec = CalibrationReader.load(write(CAL), MEASURES);
        double[] v = Calibration.summaries(spec).values(Map.of("practiceGrowthRate", 0.02, "knowledgeTransferRate@organic", 0.08), 11);

        // by hand: the base run and the contrast arm share the scenario's seed and the fitted values; the contrast's own
        // value wins over the file's fixed smeCount
        CalibrationSpec.Run run = spec.scenarios().get(0);
        long seed = Streams.seed(11, 0, 0, Streams.SIMULATE);
        Parameters pb = run.scenario().parameters();
        pb.set("smeCount", 40);
        pb.set("practiceGrowthRate", 0.02);
        pb.set("knowledgeTransferRate", 0.08);
        TimeSeries base = SingleRun.run(run.scenario(), seed, pb, 24, run.measureInterval(), null).series();
        Parameters pa = run.scenario().parameters();
        pa.set("practiceGrowthRate", 0.02);
        pa.set("knowledgeTransferRate", 0.08);
        pa.set("smeCount", 80);
        TimeSeries arm = SingleRun.run(run.scenario(), seed, pa, 24, run.measureInterval(), null).series();

        assertEquals(mean(base, "adoption_all", "1990-07", "1991-06"), v[0], 1e-12);
        double paired = mean(arm, "practice_mean", "1991-01", "1991-12") - mean(base, "practice_mean", "1991-01", "1991-12");
        assertNotEquals(0, paired, "the contrast must move practice for this test to mean anything");
        assertEquals(paired, v[1], 1e-12);
        double change = mean(base, "practice_mean", "1991-01", "1991-12") - mean(base, "practice_mean", "1990-01", "1990-12");
        assertEquals(change, v[2], 1e-12);
        assertEquals(mean(base, "adoption_all", "1991-01", "1991-12"), v[3], 1e-12);
        double coop = 0;
        for (double x : base.column("cooperationRate")) coop += x;
        assertEquals(coop / base.size(), v[4], 1e-12, "timeseries checks read the same base run");
        assertEquals(mean(base, "practice_mean", "1991-07", "1991-12"), v[5], 1e-12);
    }

    /**
     * A simulation asked for the summaries only leaves the held-out checks NaN and computes the summaries as a full one
     * does; a wanted check of a switcher measure (yearly betweenness) gets its value, so those measures run then.
     */
    @Test
    void onlyTheWantedChecksAreComputed() throws Exception {
        String cal = CAL.replace("  - {name: h4,", "  - {name: h5, fact: SF7, scenario: organic, measure: betweenness_ngo, stat: mean, target: 0.5}\n  - {name: h4,");
        CalibrationSpec spec = CalibrationReader.load(write(cal), MEASURES);
        Summaries summaries = Calibration.summaries(spec);
        Map<String, Double> theta = Map.of("practiceGrowthRate", 0.02, "knowledgeTransferRate@organic", 0.08);
        double[] all = summaries.values(theta, 11);
        assertEquals(7, all.length);
        for (double v : all) assertTrue(Double.isFinite(v));
        double[] lean = summaries.values(theta, 11, ayni.stats.abc.Cutoff.NEVER.only(new boolean[] {true, true}));
        assertEquals(all[0], lean[0]);
        assertEquals(all[1], lean[1]);
        for (int i = 2; i < lean.length; i++) assertTrue(Double.isNaN(lean[i]), spec.outputs().get(i).name() + " computed");
        double[] between = summaries.values(theta, 11,
                ayni.stats.abc.Cutoff.NEVER.only(new boolean[] {false, false, false, false, false, true, false}));
        assertEquals("h5", spec.outputs().get(5).name());
        assertEquals(all[5], between[5]);
        assertTrue(Double.isNaN(between[0]));
    }

    @Test
    void misnamedOrUnrunnablePatternChecksAreRefused() throws Exception {
        String m = assertThrows(ScenarioException.class, () -> CalibrationReader.load(write(CAL.replace(
                "{pattern: sf98-fit}", "{pattern: sf98-fit/levle}")), MEASURES)).getMessage();
        assertTrue(m.contains("pattern sf98-fit has no check 'levle'; fix: use one of: level, contrast"), m);
        m = assertThrows(ScenarioException.class, () -> CalibrationReader.load(write(CAL.replace("steps: 24", "steps: 18")),
                MEASURES)).getMessage();
        assertTrue(m.contains("pattern check sf98-fit/contrast reads 1991-01..1991-12, outside the run of organic"), m);
        m = assertThrows(ScenarioException.class, () -> CalibrationReader.load(write(CAL.replace(
                "{pattern: sf98-fit}", "{pattern: ../sf98-fit}")), MEASURES)).getMessage();
        assertTrue(m.contains("is not a pattern reference"), m);
        m = assertThrows(ScenarioException.class, () -> CalibrationReader.load(write(CAL.replace(
                "{pattern: sf98-fit}", "{pattern: sf99-held/late}")), MEASURES)).getMessage();
        assertTrue(m.contains("check 'sf99-held/late' is named twice"), m);
    }

    private static double mean(TimeSeries ts, String column, String from, String to) {
        double[] c = ts.column(column);
        double s = 0;
        int n = 0;
        boolean in = false;
        for (int t = 0; t < ts.size(); t++) {
            if (ts.date(t).equals(from)) in = true;
            if (in) {
                s += c[t];
                n++;
            }
            if (ts.date(t).equals(to)) break;
        }
        return s / n;
    }
}
