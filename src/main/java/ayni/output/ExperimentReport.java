package ayni.output;

import ayni.experiment.Sensitivity;
import ayni.experiment.Summary;
import ayni.experiment.Verdict;
import ayni.scenario.ExperimentSpec;
import ayni.scenario.ExperimentSpec.Arm;
import ayni.scenario.HypothesisSpec;
import ayni.scenario.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code report.md}: an experiment's set-up, results, charts and hypotheses, readable on its own. */
final class ExperimentReport {
    private ExperimentReport() {}

    static String markdown(ExperimentWriter.Inputs in, List<String> charts) {
        ExperimentSpec spec = in.plan().spec();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(spec.title()).append("\n\n");
        md.append("Experiment `").append(spec.name()).append("` (").append(spec.kind().key()).append(") from `")
                .append(RunWriter.fileName(spec.file())).append("`.");
        if (!spec.description().isBlank()) md.append(' ').append(spec.description().strip());
        md.append("\n\n## Set-up\n\n");
        var sc = spec.scenario();
        md.append("- **Base scenario:** ").append(sc.title()).append(" (`").append(RunWriter.fileName(sc.file())).append("`), ")
                .append(sc.dateOf(0)).append(" to ").append(sc.dateOf(spec.steps() - 1)).append(" (").append(spec.steps())
                .append(" months).\n");
        md.append("- **Replications:** ").append(spec.replications()).append(spec.kind() == ExperimentSpec.Kind.SWEEP
                ? " per design point" : " per arm")
                .append(spec.posterior() == null ? "" : " (" + spec.posterior().draws() + " parameter sets drawn from a calibrated "
                        + "posterior × " + spec.posterior().seedsPerDraw() + " seeds each; see *Over the calibrated posterior*)").append(", seeds ").append(spec.seed()).append(" to ")
                .append(spec.seed() + spec.replications() - 1).append(". Replication i uses seed ").append(spec.seed())
                .append(" + i in every ").append(spec.kind() == ExperimentSpec.Kind.SWEEP ? "design point" : "arm")
                .append(" (common random numbers: every actor draws from its own stream, keyed by the seed and its id).\n");
        md.append("- **Runs:** ").append(in.runs().size()).append(". Measures recorded in ").append(recordedMonths(spec))
                .append("; the end-of-period value of a run is the mean of its last ")
                .append(spec.window()).append(" months; network power measures every ").append(spec.measureInterval()).append(" months.\n");
        md.append("- **Reproduce:** `").append(in.command()).append("` (the manifest holds versions and hashes).\n\n");
        if (spec.kind() != ExperimentSpec.Kind.SWEEP) arms(md, spec);
        switch (spec.kind()) {
            case PAIRED -> paired(md, spec, in.summary(), charts);
            case REPLICATE_COUNT -> precision(md, spec, in.summary(), charts);
            case SWEEP -> sweep(md, spec, in.sensitivity(), charts);
        }
        if (in.posterior() != null) {
            CompareWriter.posteriorMd(md, in.posterior(), "experiment");
            md.append('\n');
        }
        if (!in.verdicts().isEmpty()) {
            md.append("## Hypotheses\n\n");
            verdictTable(md, in.verdicts());
            md.append("\n![Hypotheses: estimates in units of the minimum effect of interest](hypotheses-forest.png)\n\n");
            for (Verdict v : in.verdicts()) verdictSection(md, v, "###");
        }
        md.append("## Files\n\n");
        md.append("- `runs.csv`: one row per run and recorded month (experiment, run, arm, point, replication, seed, parameters, step, date, measures).\n");
        md.append("- `ends.csv`: one row per run with the end-of-period value of every recorded measure.\n");
        if (spec.kind() != ExperimentSpec.Kind.SWEEP) md.append("- `summary.csv`: per arm, measure and recorded month: n, mean, sd, 95% interval.\n");
        if (spec.kind() == ExperimentSpec.Kind.PAIRED) md.append("- `comparison.csv`: each arm against the reference, paired and unpaired.\n");
        if (spec.kind() == ExperimentSpec.Kind.REPLICATE_COUNT) md.append("- `precision.csv`: replications needed per measure.\n");
        if (spec.kind() == ExperimentSpec.Kind.SWEEP) md.append("- `points.csv`: design points and mean responses; `sensitivity.csv`: effects per parameter.\n");
        if (!in.verdicts().isEmpty()) md.append("- `hypotheses.csv`: one row per hypothesis.\n");
        if (in.posterior() != null) {
            md.append("- `variance.csv`: per measure and arm, the end-of-period variance split into parameter uncertainty and ")
                    .append("stochastic spread.\n");
        }
        md.append("- `runs/`: the stored runs (one file each; an interrupted experiment resumes from them).\n");
        md.append("- `manifest.json`: seeds, hashes of the experiment and scenario files, parameters, version.\n");
        md.append("- Charts as PNG and SVG: ").append(String.join(", ", charts.stream().map(c -> "`" + c + "`").toList())).append(".\n");
        return md.toString();
    }

    private static void arms(StringBuilder md, ExperimentSpec spec) {
        md.append("| Arm | Scenario | Parameters set |\n|---|---|---|\n");
        for (Arm a : spec.arms()) {
            List<String> set = new ArrayList<>();
            for (Map.Entry<String, Double> e : a.set().entrySet()) set.add(e.getKey() + " = " + Parameters.fmt(e.getValue()));
            md.append("| ").append(a.name()).append(" | ").append(a.scenario().title()).append(" (`")
                    .append(RunWriter.fileName(a.scenario().file())).append("`) | ")
                    .append(set.isEmpty() ? "–" : String.join(", ", set)).append(" |\n");
        }
        md.append('\n');
    }

    private static void paired(StringBuilder md, ExperimentSpec spec, Summary s, List<String> charts) {
        String ref = spec.arms().get(0).name();
        md.append("## Results: each arm against ").append(ref).append(" at the end of the period\n\n");
        md.append("Differences are arm minus ").append(ref).append(", paired replication by replication (same seed). ")
                .append("The unpaired interval treats the same runs as independent samples (Welch); the variance ratio says how ")
                .append("many times smaller the variance of the paired difference is.\n\n");
        md.append("Shares are in percent and their differences in percentage points (pp); each row is rounded to the precision ")
                .append("of its largest value.\n\n");
        md.append("| Arm | Measure | ").append(ref).append(" | Arm | Difference (paired 95% CI) | p | Unpaired 95% CI | Variance ratio |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        List<Double> ratios = new ArrayList<>();
        for (Summary.Contrast c : s.contrasts()) {
            MeasureNames.Name n = MeasureNames.of(c.measure());
            int d = Numbers.decimalsFor(c.referenceValue().mean(), c.armValue().mean(), c.paired().low(), c.paired().high(),
                    c.unpaired().low(), c.unpaired().high());
            md.append("| ").append(c.arm()).append(" | ").append(n.words()).append(" (`").append(c.measure()).append("`) | ")
                    .append(n.level(c.referenceValue().mean(), d)).append(" | ").append(n.level(c.armValue().mean(), d))
                    .append(" | ").append(n.difference(c.paired().mean(), d)).append(" (").append(n.difference(c.paired().low(), d))
                    .append(" to ").append(n.difference(c.paired().high(), d)).append(") | ").append(Verdict.p(c.paired().pValue()))
                    .append(" | ").append(n.difference(c.unpaired().low(), d)).append(" to ").append(n.difference(c.unpaired().high(), d))
                    .append(" | ").append(Numbers.fixed(c.varianceReduction(), 1)).append(" |\n");
            if (Double.isFinite(c.varianceReduction()) && c.paired().halfWidth() > 0) ratios.add(c.varianceReduction());
        }
        if (!ratios.isEmpty()) {
            double[] r = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
            md.append("\n**Common random numbers.** Over the ").append(r.length).append(" arm–measure pairs with any spread, the ")
                    .append("variance of the paired difference is a median ").append(f(median)).append(" times smaller than the unpaired one ")
                    .append("(range ").append(f(r[0])).append(" to ").append(f(r[r.length - 1])).append("), so the paired interval is ")
                    .append(f(Math.sqrt(median))).append(" times narrower: the same precision from about ").append(f(median))
                    .append(" times fewer runs.\n\n");
        }
        for (String c : charts) if (c.startsWith("difference-")) md.append("![").append(c).append("](").append(c).append(".png)\n\n");
        md.append("### Over time\n\n");
        if (charts.stream().anyMatch(c -> c.startsWith("paired-difference-"))) {
            md.append("Each arm minus the base, replication by replication: the difference is exactly zero until the arm's ")
                    .append("first intervention, because both arms draw the same random numbers until then.\n\n");
        }
        for (String c : charts) if (c.startsWith("paired-difference-")) md.append("![").append(c).append("](").append(c).append(".png)\n\n");
        for (String c : charts) if (c.startsWith("arms-")) md.append("![").append(c).append("](").append(c).append(".png)\n\n");
    }

    private static void precision(StringBuilder md, ExperimentSpec spec, Summary s, List<String> charts) {
        md.append("## Results: replications needed\n\n");
        md.append("From the ").append(spec.replications()).append(" replications run (the pilot), each measure's standard deviation ")
                .append("at the end of the period gives the smallest n whose ").append(Verdict.plain(100 * spec.precision().level()))
                .append("% interval half-width t·sd/√n is at most the target.\n\n");
        md.append("| Arm | Measure | Mean | SD | Half-width now | Target | Replications needed |\n|---|---|---|---|---|---|---|\n");
        for (Summary.Need n : s.needs()) {
            String[] v = Numbers.row(n.mean(), n.sd(), n.halfWidth(), n.target());
            md.append("| ").append(n.arm()).append(" | ").append(n.measure()).append(" | ").append(v[0]).append(" | ")
                    .append(v[1]).append(" | ").append(v[2]).append(" | ").append(v[3]).append(" | **")
                    .append(n.needed()).append("** |\n");
        }
        md.append('\n');
        for (String c : charts) md.append("![").append(c).append("](").append(c).append(".png)\n\n");
    }

    private static void sweep(StringBuilder md, ExperimentSpec spec, Sensitivity s, List<String> charts) {
        var sw = spec.sweep();
        md.append("## Design\n\n");
        md.append(switch (sw.design()) {
            case FULL_FACTORIAL -> "Full factorial: every combination of " + sw.levels() + " evenly spaced values per parameter.";
            case ONE_AT_A_TIME -> "One factor at a time: the centre point (every parameter at mid-range), then each parameter alone "
                    + "through " + sw.levels() + " evenly spaced values with the others at the centre.";
            case LATIN_HYPERCUBE -> "Latin hypercube of " + sw.samples() + " points: each parameter's range cut into " + sw.samples()
                    + " strata with one point in each.";
            case MORRIS -> "Morris elementary effects: " + sw.samples() + " trajectories on a " + sw.levels() + "-level grid.";
            case SOBOL -> "Sobol indices: Saltelli sampling on the Sobol sequence with base sample " + sw.samples()
                    + " (N(k+2) points); first-order S (Saltelli 2010) and total ST (Jansen 1999) with bootstrap intervals.";
        }).append(" ").append(s.points().size()).append(" points.\n\n");
        md.append("| Parameter | Low | High |\n|---|---|---|\n");
        for (var p : sw.parameters()) {
            md.append("| ").append(p.name()).append(" | ").append(Parameters.fmt(p.low())).append(" | ").append(Parameters.fmt(p.high()))
                    .append(" |\n");
        }
        md.append("\n## Results\n\n");
        for (String resp : sw.responses()) {
            List<Sensitivity.Effect> es = s.effects(resp);
            if (es.isEmpty()) continue;
            md.append("### ").append(resp).append("\n\n");
            List<String> keys = new ArrayList<>(es.get(0).values().keySet());
            md.append("| Parameter | ").append(String.join(" | ", keys)).append(" |\n|---|");
            for (int i = 0; i < keys.size(); i++) md.append("---|");
            md.append('\n');
            for (Sensitivity.Effect e : es) {
                md.append("| ").append(e.factor());
                for (String k : keys) md.append(" | ").append(f(e.get(k)));
                md.append(" |\n");
            }
            md.append("\n![sensitivity-").append(resp).append("](sensitivity-").append(resp).append(".png)\n\n");
        }
        md.append(switch (sw.design()) {
            case FULL_FACTORIAL -> "atLow/atHigh: mean response over the points with the parameter at its lowest/highest level; "
                    + "mainEffect: their difference.\n\n";
            case ONE_AT_A_TIME -> "centre: response with every parameter at mid-range; atLow/atHigh: with this parameter at its low/high "
                    + "value; swing: the largest minus the smallest response over its values.\n\n";
            case LATIN_HYPERCUBE -> "src: standardized regression coefficient of a linear fit of the response on all parameters "
                    + "(r2: its R²); rankCorrelation: Spearman's rho of the parameter with the response.\n\n";
            case MORRIS -> "mu, muStar, sigma: mean, mean absolute value and standard deviation of the elementary effects, in "
                    + "response units per full range of the parameter. Large muStar: important; large sigma: non-linear or "
                    + "interacting.\n\n";
            case SOBOL -> "first: share of the response's variance due to the parameter alone; total: including all its "
                    + "interactions; *Low/*High: 95% bootstrap interval. With few base samples the intervals are wide and "
                    + "small indices can come out slightly negative.\n\n";
        });
    }

    static void verdictTable(StringBuilder md, List<Verdict> vs) {
        md.append("| Hypothesis | Test | Estimate (CI) | p | Effect size | Runs | Verdict |\n|---|---|---|---|---|---|---|\n");
        for (Verdict v : vs) {
            var r = v.result();
            md.append("| ").append(v.hypothesis().id()).append(": ").append(v.hypothesis().title()).append(" | ")
                    .append(v.hypothesis().test().key()).append(" | ").append(f(r.estimate())).append(" (").append(f(r.low()))
                    .append(" to ").append(f(r.high())).append(") | ").append(Verdict.p(r.pValue())).append(" | ")
                    .append(r.effectName()).append(" ").append(f(r.effectSize())).append(" | ").append(v.units())
                    .append(" | **").append(v.outcome().word()).append("** |\n");
        }
    }

    static void verdictSection(StringBuilder md, Verdict v, String heading) {
        HypothesisSpec h = v.hypothesis();
        var r = v.result();
        md.append(heading).append(' ').append(h.id()).append(": ").append(h.title()).append("\n\n");
        md.append("> ").append(h.statement().strip()).append("\n\n");
        md.append("- **Source:** ").append(h.source()).append('\n');
        md.append("- **Tested on:** ");
        var exps = h.experiments();
        for (int i = 0; i < exps.size(); i++) {
            md.append(i == 0 ? "" : " and ").append("experiment `").append(exps.get(i).name()).append("` (")
                    .append(exps.get(i).title()).append(")");
        }
        md.append(exps.size() > 1 ? " (independent runs, so the test is unpaired), " : ", ").append(v.units())
                .append(h.test().twoSample() ? " per sample" : "").append(v.seedsPerDraw() > 1 ? " (runs of one draw share its "
                        + "parameters, so each draw is one unit: its mean, or for a slope its own slope)" : "")
                .append(".\n");
        md.append("- **Test:** ").append(describe(h)).append(", alpha ").append(Verdict.plain(h.alpha())).append(", expected ")
                .append(h.expect().key()).append(", minimum effect of interest ").append(Verdict.plain(h.minEffect())).append(".\n");
        md.append("- **Result:** estimate ").append(f(r.estimate())).append(" (").append(Verdict.plain(100 * (1 - h.alpha())))
                .append("% CI ").append(f(r.low())).append(" to ").append(f(r.high())).append("), ").append(Verdict.pIs(r.pValue()))
                .append(", ").append(r.effectName()).append(" = ").append(f(r.effectSize())).append(", statistic ")
                .append(f(r.statistic())).append(".\n");
        md.append("- **Verdict: ").append(v.outcome().word()).append(".** ").append(capital(v.reason())).append(".\n\n");
    }

    /** Which months a run records, in calendar words: e.g. "1990-01, then every December (1990-12, 1991-12, ...) and 2012-12". */
    static String recordedMonths(ExperimentSpec spec) {
        var sc = spec.arms().get(0).scenario();
        int every = spec.recordEvery(), last = spec.steps() - 1;
        if (every == 1) return "every month";
        String first = sc.dateOf(every - 1).toString(), second = every * 2 - 1 <= last ? sc.dateOf(2 * every - 1).toString() : null;
        String which = every == 12 ? "every " + sc.dateOf(11).getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) : "every " + every + " months";
        return sc.dateOf(0) + " (the first month), then " + which + " (" + first + (second != null ? ", " + second : "")
                + ", ...) and " + sc.dateOf(last) + " (the last month)";
    }

    private static String describe(HypothesisSpec h) {
        return switch (h.test()) {
            case PAIRED_T -> "paired t-test of " + h.b().describe() + " minus " + h.a().describe() + ", paired by replication";
            case WILCOXON -> "Wilcoxon signed-rank test of " + h.b().describe() + " minus " + h.a().describe()
                    + ", paired by replication (estimate: Hodges–Lehmann)";
            case MANN_WHITNEY -> "Mann–Whitney test of " + h.describe(h.b()) + " against " + h.describe(h.a())
                    + " (estimate: Hodges–Lehmann shift)";
            case OLS_SLOPE -> h.series() != null
                    ? "OLS slope per month of the replication mean of " + h.series().measure() + " (" + h.series().arm() + ")"
                    + range(h.series())
                    : "OLS slope of " + h.y().describe() + " on " + h.x().describe() + ", one point per run";
            case MANN_KENDALL -> "Mann–Kendall trend test of the replication mean of " + h.series().measure() + " ("
                    + h.series().arm() + ")" + range(h.series()) + " (estimate: Sen's slope per month)";
        };
    }

    private static String range(HypothesisSpec.Series s) {
        if (s.from() == null && s.to() == null) return " over the recorded months";
        return " over the recorded months " + (s.from() == null ? "from the start" : "from " + s.from()) + " to "
                + (s.to() == null ? "the end" : s.to());
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String f(double v) {
        return ExperimentWriter.fmt(v);
    }
}
