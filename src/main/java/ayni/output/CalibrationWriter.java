package ayni.output;

import ayni.calibration.Calibration;
import ayni.calibration.Marginal;
import ayni.scenario.CalibrationSpec;
import ayni.scenario.CalibrationSpec.Check;
import ayni.stats.abc.GenerationStats;
import ayni.stats.abc.Population;
import ayni.stats.abc.Prior;
import ayni.stats.abc.Simulation;
import ayni.stats.abc.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A calibration's results beside its stored simulations: {@code posterior.csv} (the particles with their weights),
 * {@code generations.csv}, {@code fit.csv} (every check's target against the prior- and posterior-predictive runs),
 * the marginal and pairwise charts, {@code report.md} and the manifest.
 */
public final class CalibrationWriter {
    private CalibrationWriter() {}

    public static void write(Calibration.Outcome o, Manifest manifest, String command, Path folder) throws IOException {
        AtomicFolder.replaceFiles(folder, dir -> writeAll(o, manifest, command, dir));
    }

    private static void writeAll(Calibration.Outcome o, Manifest manifest, String command, Path dir) throws IOException {
        CalibrationSpec spec = o.spec();
        Population pop = o.result().posterior();
        List<String> ids = o.priors().stream().map(Prior::name).toList();
        List<Check> checks = spec.outputs();
        List<String> header = new ArrayList<>(List.of("generation", "index", "weight", "distance"));
        header.addAll(ids);
        for (Check c : checks) header.add(c.name());
        double[] w = pop.normalisedWeights();
        try (CSVPrinter p = ExperimentWriter.printer(dir.resolve("posterior.csv"), header)) {
            for (int i : pop.keyOrder()) {
                Simulation s = pop.particle(i);
                List<Object> row = new ArrayList<>(List.of(s.generation(), s.index(), Double.toString(w[i]), Double.toString(pop.distance(i))));
                for (double t : s.theta()) row.add(Double.toString(t));
                for (double v : s.outputs()) row.add(Double.toString(v));
                p.printRecord(row);
            }
        }
        try (CSVPrinter p = ExperimentWriter.printer(dir.resolve("generations.csv"),
                List.of("generation", "tolerance", "acceptance", "ess", "simulations", "total"))) {
            for (GenerationStats g : o.result().generations()) {
                p.printRecord(g.generation(), ExperimentWriter.num(g.tolerance()), ExperimentWriter.num(g.acceptance()),
                        ExperimentWriter.num(g.ess()), g.simulations(), g.total());
            }
        }
        List<Fit> fits = fits(o);
        try (CSVPrinter p = ExperimentWriter.printer(dir.resolve("fit.csv"), List.of("check", "fact", "use", "observable", "target",
                "priorMean", "priorLow", "priorHigh", "posteriorMean", "posteriorLow", "posteriorHigh", "posteriorMisfit"))) {
            for (Fit f : fits) {
                p.printRecord(f.check().name(), f.check().fact(), f.heldOut() ? "held-out" : "distance", f.check().describe(),
                        f.target().describe(), ExperimentWriter.num(f.prior()[0]), ExperimentWriter.num(f.prior()[1]),
                        ExperimentWriter.num(f.prior()[2]), ExperimentWriter.num(f.posterior()[0]), ExperimentWriter.num(f.posterior()[1]),
                        ExperimentWriter.num(f.posterior()[2]), ExperimentWriter.num(f.target().misfit(f.posterior()[0])));
            }
        }
        List<Marginal> ms = Marginal.of(o);
        double[] planted = null;
        if (spec.planted() != null) {
            planted = new double[ids.size()];
            for (int k = 0; k < planted.length; k++) planted[k] = spec.planted().get(ids.get(k));
        }
        List<String> charts = CalibrationCharts.write(o.priors(), pop, planted, spec.name(), dir);
        manifest.write(dir.resolve("manifest.json"));
        Files.writeString(dir.resolve("report.md"), markdown(o, ms, fits, charts, command), StandardCharsets.UTF_8);
        ReportPages.write(dir);
    }

    /** A check's target with the mean and 90 % range of its prior-predictive and posterior-predictive values. */
    record Fit(Check check, boolean heldOut, Target target, double[] prior, double[] posterior) {}

    static List<Fit> fits(Calibration.Outcome o) {
        List<Check> checks = o.spec().outputs();
        List<Fit> out = new ArrayList<>();
        Population pop = o.result().posterior();
        for (int k = 0; k < checks.size(); k++) {
            final int kk = k;
            double[] prior = range(o.result().priorPredictive().stream().mapToDouble(s -> s.outputs()[kk]).toArray());
            double[] post = o.predictive().isEmpty()
                    ? new double[] {pop.outputMean(k), pop.outputQuantile(k, 0.05), pop.outputQuantile(k, 0.95)}
                    : range(o.predictive().stream().mapToDouble(s -> s.outputs()[kk]).toArray());
            out.add(new Fit(checks.get(k), k >= o.spec().summaries().size(), o.targets().get(k), prior, post));
        }
        return out;
    }

    /**
     * A fact of the file: its checks here, and the share of the prior-predictive and the posterior-predictive runs (or
     * the particles, by weight, when there are none) in which every one of them meets its target.
     */
    record FactShare(String fact, boolean heldOut, int checks, double prior, double posterior) {}

    static List<FactShare> factShares(Calibration.Outcome o) {
        List<Check> checks = o.spec().outputs();
        Map<String, List<Integer>> byFact = new java.util.LinkedHashMap<>();
        for (int k = 0; k < checks.size(); k++) {
            boolean held = k >= o.spec().summaries().size();
            byFact.computeIfAbsent((held ? "h:" : "d:") + checks.get(k).fact(), x -> new ArrayList<>()).add(k);
        }
        Population pop = o.result().posterior();
        List<FactShare> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byFact.entrySet()) {
            List<Integer> ks = e.getValue();
            if (ks.stream().anyMatch(k -> o.targets().get(k).low() == o.targets().get(k).high())) {
                // a run never meets a point target exactly: no share to give
                out.add(new FactShare(e.getKey().substring(2), e.getKey().startsWith("h:"), ks.size(), Double.NaN, Double.NaN));
                continue;
            }
            double prior = share(o.result().priorPredictive(), null, ks, o.targets());
            double post = o.predictive().isEmpty()
                    ? share(pop.particles(), pop.normalisedWeights(), ks, o.targets())
                    : share(o.predictive(), null, ks, o.targets());
            out.add(new FactShare(e.getKey().substring(2), e.getKey().startsWith("h:"), ks.size(), prior, post));
        }
        return out;
    }

    /** The (weighted) share of simulations whose outputs {@code ks} all meet their targets. */
    private static double share(List<Simulation> sims, double[] weights, List<Integer> ks, List<Target> targets) {
        double met = 0, all = 0;
        for (int i = 0; i < sims.size(); i++) {
            double w = weights == null ? 1 : weights[i];
            all += w;
            boolean ok = true;
            for (int k : ks) ok &= targets.get(k).misfit(sims.get(i).outputs()[k]) == 0;
            if (ok) met += w;
        }
        return all == 0 ? Double.NaN : met / all;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a (a point target)" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    private static double[] range(double[] xs) {
        double[] f = java.util.Arrays.stream(xs).filter(Double::isFinite).toArray();
        if (f.length == 0) return new double[] {Double.NaN, Double.NaN, Double.NaN};
        Percentile pc = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        return new double[] {java.util.Arrays.stream(f).average().orElse(Double.NaN), pc.evaluate(f, 5), pc.evaluate(f, 95)};
    }

    private static String f(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.4g", v);
    }

    static String markdown(Calibration.Outcome o, List<Marginal> ms, List<Fit> fits, List<String> charts, String command) {
        CalibrationSpec spec = o.spec();
        List<GenerationStats> gs = o.result().generations();
        GenerationStats last = gs.get(gs.size() - 1);
        StringBuilder md = new StringBuilder("# Calibration: ").append(spec.title()).append("\n\n");
        if (!spec.description().isBlank()) md.append(spec.description().strip()).append("\n\n");
        md.append("Reproduce: `").append(command).append("`\n\n");
        md.append(String.format(Locale.ROOT, "Sequential Monte Carlo ABC (adaptive population Monte Carlo, Lenormand et al. "
                + "2013; weights and kernel of Beaumont et al. 2009): %d particles, α = %s (generation 0 draws %d parameter sets "
                + "from the prior, each later generation proposes %d), stopped after generation %d because %s "
                + "(acceptance %s, minimum %s; tolerance drop minimum %s). %d simulations in all, each running %s; "
                + "%d simulations (with any planted and posterior-predictive runs) run by this invocation in %.1f minutes "
                + "on %d threads%s. Seed %d.%n%n",
                spec.population(), f(spec.alpha()), (int) Math.ceil(spec.population() / spec.alpha()),
                (int) Math.ceil(spec.population() / spec.alpha()) - spec.population(), last.generation(),
                o.result().stop().text(), f(last.acceptance()), f(spec.minAcceptance()), f(spec.minToleranceDrop()), last.total(),
                String.join(", ", spec.scenarios().stream().map(r -> r.key() + " (" + r.steps() + " months)").toList()),
                o.simulatedNow(), o.nanos() / 6e10, o.threads(),
                o.simulatedNow() == 0 ? " (every simulation was read from the store an earlier invocation wrote)" : "", spec.seed()));
        md.append("The distance is the root of the sum over facts of the mean squared misfit of the fact's checks, each "
                + "divided by ").append(spec.scale() == CalibrationSpec.Scale.MAD
                        ? "the median absolute deviation (× 1.4826) of its prior-predictive values"
                        : "its tolerance")
                .append(", so every fact weighs the same. Held-out checks never enter it; ").append(spec.predictive() > 0
                        ? "they are computed for the first " + spec.predictive() + " prior draws (the prior predictive, "
                                + "whose runs also compute every check in the distance) and for the posterior-predictive runs, "
                                + "not for the particles, which never need them.\n\n"
                        : "they are computed on the same runs.\n\n");
        List<String> floored = new java.util.ArrayList<>();
        ayni.stats.abc.Distance dist = o.result().distance();
        for (int i = 0; i < dist.terms().size(); i++) {
            if (dist.floors()[i] > 0) {
                floored.add(spec.outputs().get(dist.terms().get(i).output()).name() + " (target "
                        + dist.terms().get(i).target().describe() + ", closest prior draw " + f(dist.floors()[i]) + " short)");
            }
        }
        if (!floored.isEmpty()) {
            md.append("**Checks no prior draw met** (each measured from the closest the prior predictive came, so that it "
                    + "does not swamp the other facts; they stay failing checks in the scorecard below): ")
                    .append(String.join("; ", floored)).append(".\n\n");
        }
        if (spec.planted() != null) {
            md.append("**Planted-parameter recovery**: the targets are the outputs of one run at the planted values (its own "
                    + "seed), so the posterior should cover the planted values.\n\n");
        }
        if (!spec.screened().isEmpty()) {
            md.append("**Fixed by screening** (a Morris screening found they do not move the checks; `ayni calibrate screen`): ")
                    .append(String.join(", ", spec.screened().stream().map(x -> x.param().id() + " = " + f(x.value())).toList()))
                    .append(", from ").append(spec.screened().get(0).from()).append(". They are not fitted: every simulation "
                            + "runs them at these values.\n\n");
        }
        md.append("## Posterior\n\nEstimates: medians and 90 % intervals of the weighted particles; \"identified\" when the "
                + "interval is at most ").append(f(spec.identifiedShare())).append(" of the prior's central 90 %.\n\n");
        md.append("| parameter | prior | median | 90 % interval | width / prior's | identified |")
                .append(spec.planted() != null ? " planted | covered |" : "").append('\n');
        md.append("|---|---|---|---|---|---|").append(spec.planted() != null ? "---|---|" : "").append('\n');
        for (Marginal m : ms) {
            Prior p = m.prior();
            String prior = p.shape().key() + " [" + f(p.low()) + ", " + f(p.high()) + "]"
                    + (p.shape() == Prior.Shape.NORMAL ? " mean " + f(p.mean()) + " sd " + f(p.sd()) : "");
            md.append("| ").append(m.id()).append(" | ").append(prior).append(" | ").append(f(m.median())).append(" | ")
                    .append(f(m.low())).append(" – ").append(f(m.high())).append(" | ").append(f(m.share())).append(" | ")
                    .append(m.identified() ? "yes" : "**no**").append(" |");
            if (m.planted() != null) md.append(' ').append(f(m.planted())).append(" | ").append(m.covers() ? "yes" : "**no**").append(" |");
            md.append('\n');
        }
        md.append('\n');
        for (String c : charts) md.append("![").append(c).append("](").append(c).append(".png)\n\n");
        md.append("## Checks in the distance\n\n");
        fitTable(md, fits, false, o.predictive().isEmpty());
        md.append("## Held-out checks (never in the distance)\n\n");
        fitTable(md, fits, true, o.predictive().isEmpty());
        md.append("## Facts met, run by run\n\nThe share of runs in which every check a fact has in this file meets its target "
                + "(one run each, so not the pattern rule of `ayni patterns`, which judges the 95 % interval over replications).\n\n"
                + "| fact | checks | role | prior predictive | posterior ").append(o.predictive().isEmpty() ? "particles" : "predictive")
                .append(" |\n|---|---|---|---|---|\n");
        for (FactShare fs : factShares(o)) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", fs.fact(), fs.checks(),
                    fs.heldOut() ? "held out" : "distance", percent(fs.prior()), percent(fs.posterior())));
        }
        md.append('\n');
        md.append("## Generations\n\n| generation | tolerance | acceptance | effective sample size | simulations | total |\n")
                .append("|---|---|---|---|---|---|\n");
        for (GenerationStats g : gs) {
            md.append(String.format(Locale.ROOT, "| %d | %s | %s | %.0f | %d | %d |%n", g.generation(), f(g.tolerance()),
                    f(g.acceptance()), g.ess(), g.simulations(), g.total()));
        }
        md.append("\nFiles: `posterior.csv` (particles, normalised weights, distances, outputs), `generations.csv`, `fit.csv`, ")
                .append("`manifest.json`; the simulations are stored one file each in `sims/`.\n");
        return md.toString();
    }

    private static void fitTable(StringBuilder md, List<Fit> fits, boolean heldOut, boolean fromParticles) {
        md.append("| check | fact | observable | target | prior predictive: mean (90 %) | posterior ")
                .append(fromParticles ? "particles" : "predictive").append(": mean (90 %) | misfit of the mean |\n|---|---|---|---|---|---|---|\n");
        int n = 0;
        for (Fit fit : fits) {
            if (fit.heldOut() != heldOut) continue;
            n++;
            md.append("| ").append(fit.check().name()).append(" | ").append(fit.check().fact()).append(" | ")
                    .append(fit.check().describe()).append(" | ").append(fit.target().describe()).append(" | ")
                    .append(f(fit.prior()[0])).append(" (").append(f(fit.prior()[1])).append(" – ").append(f(fit.prior()[2]))
                    .append(") | ").append(f(fit.posterior()[0])).append(" (").append(f(fit.posterior()[1])).append(" – ")
                    .append(f(fit.posterior()[2])).append(") | ").append(f(fit.target().misfit(fit.posterior()[0]))).append(" |\n");
        }
        if (n == 0) md.append("| (none) | | | | | | |\n");
        md.append('\n');
    }
}
