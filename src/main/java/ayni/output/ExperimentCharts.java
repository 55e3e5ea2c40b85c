package ayni.output;

import ayni.experiment.Plan;
import ayni.experiment.Sensitivity;
import ayni.experiment.Verdict;
import ayni.scenario.ExperimentSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The sweep charts (tornado, Morris, regression coefficients, Sobol indices) and the hypothesis forest plot. */
final class ExperimentCharts {
    private ExperimentCharts() {}

    /** One chart per response; returns the chart names written. */
    static List<String> sensitivity(Plan plan, Sensitivity s, Path dir) throws IOException {
        ExperimentSpec spec = plan.spec();
        List<String> names = new ArrayList<>();
        String source = "Ayni experiment " + spec.name() + ": " + spec.sweep().design().key() + " design, "
                + plan.points().length + " points x " + spec.replications() + " replications; responses are end-of-period values "
                + "(mean of each run's last " + spec.window() + " months) averaged over replications.";
        for (String resp : spec.sweep().responses()) {
            List<Sensitivity.Effect> effects = new ArrayList<>(s.effects(resp));
            if (effects.isEmpty()) continue;
            String name = "sensitivity-" + resp;
            String words = MeasureNames.of(resp).words();
            int height = Math.max(320, 160 + 60 * effects.size());
            switch (s.design()) {
                case FULL_FACTORIAL, ONE_AT_A_TIME -> {
                    // tornado: widest swing on top
                    effects.sort(Comparator.comparingDouble((Sensitivity.Effect e) ->
                            -Math.abs(e.get("atHigh") - e.get("atLow"))));
                    double centre = s.design() == ExperimentSpec.Design.ONE_AT_A_TIME ? effects.get(0).get("centre") : mean(s, resp);
                    List<String> labels = new ArrayList<>();
                    double[][] v = new double[2][effects.size()];
                    for (int i = 0; i < effects.size(); i++) {
                        labels.add(effects.get(i).factor());
                        v[0][i] = effects.get(i).get("atLow") - centre;
                        v[1][i] = effects.get(i).get("atHigh") - centre;
                    }
                    String what = s.design() == ExperimentSpec.Design.ONE_AT_A_TIME
                            ? "others at mid-range" : "averaged over the other parameters' levels";
                    ChartFiles.write(IntervalCharts.bars("Tornado: " + words + " when each parameter goes to its low or high value ("
                                    + what + ")", "Change in " + words + " from " + (s.design() == ExperimentSpec.Design.ONE_AT_A_TIME
                                    ? "the centre point" : "the mean over all points") + " (centre " + ExperimentWriter.fmt(centre) + ")",
                            labels, List.of("parameter at low", "parameter at high"), v, source), dir, name, ChartFiles.WIDTH, height);
                }
                case LATIN_HYPERCUBE -> {
                    effects.sort(Comparator.comparingDouble((Sensitivity.Effect e) -> -Math.abs(e.get("src"))));
                    List<String> labels = new ArrayList<>();
                    double[][] v = new double[2][effects.size()];
                    for (int i = 0; i < effects.size(); i++) {
                        labels.add(effects.get(i).factor());
                        v[0][i] = effects.get(i).get("src");
                        v[1][i] = effects.get(i).get("rankCorrelation");
                    }
                    ChartFiles.write(IntervalCharts.bars("Latin hypercube: what moves " + words + " (R² of the linear fit "
                                    + ExperimentWriter.fmt(effects.get(0).get("r2")) + ")", "Coefficient (−1 to 1)", labels,
                            List.of("standardized regression coefficient", "Spearman rank correlation"), v, source),
                            dir, name, ChartFiles.WIDTH, height);
                }
                case MORRIS -> {
                    effects.sort(Comparator.comparingDouble((Sensitivity.Effect e) -> -e.get("muStar")));
                    List<String> labels = new ArrayList<>();
                    double[][] v = new double[2][effects.size()];
                    for (int i = 0; i < effects.size(); i++) {
                        labels.add(effects.get(i).factor());
                        v[0][i] = effects.get(i).get("muStar");
                        v[1][i] = effects.get(i).get("sigma");
                    }
                    ChartFiles.write(IntervalCharts.bars("Morris screening: " + words, "Elementary effect on " + words
                                    + " per full range of the parameter", labels,
                            List.of("μ* (mean absolute effect: importance)", "σ (spread: non-linearity or interaction)"), v, source),
                            dir, name, ChartFiles.WIDTH, height);
                }
                case SOBOL -> {
                    effects.sort(Comparator.comparingDouble((Sensitivity.Effect e) -> -e.get("total")));
                    List<String> labels = new ArrayList<>();
                    List<IntervalCharts.Row> rows = new ArrayList<>();
                    for (Sensitivity.Effect e : effects) {
                        labels.add(e.factor());
                        rows.add(new IntervalCharts.Row(e.factor(), "first-order S", e.get("first"), e.get("firstLow"), e.get("firstHigh")));
                        rows.add(new IntervalCharts.Row(e.factor(), "total ST", e.get("total"), e.get("totalLow"), e.get("totalHigh")));
                    }
                    ChartFiles.write(IntervalCharts.forest("Sobol indices: share of the variance of " + words, "Index (share of variance, "
                                    + "95% bootstrap interval)", labels, List.of("first-order S", "total ST"), rows, new double[] {0},
                            source), dir, name, ChartFiles.WIDTH, height);
                }
            }
            names.add(name);
        }
        return names;
    }

    private static double mean(Sensitivity s, String resp) {
        int j = -1;
        double sum = 0;
        for (Sensitivity.Point p : s.points()) {
            if (j < 0) j = responseIndex(s, resp);
            sum += p.responses()[j];
        }
        return sum / s.points().size();
    }

    private static int responseIndex(Sensitivity s, String resp) {
        List<String> order = new ArrayList<>();
        for (Sensitivity.Effect e : s.effects()) if (!order.contains(e.response())) order.add(e.response());
        return order.indexOf(resp);
    }

    /**
     * The forest plot of hypotheses: each estimate and interval divided by its minimum effect of interest, so that every
     * hypothesis reads on one scale (beyond ±1 the effect matters; the dashed lines).
     */
    static void forest(List<Verdict> verdicts, Path dir, String title) throws IOException {
        List<String> labels = new ArrayList<>();
        List<IntervalCharts.Row> rows = new ArrayList<>();
        List<String> series = new ArrayList<>();
        for (Verdict v : verdicts) {
            String label = v.hypothesis().id() + " (" + v.outcome().word() + ")";
            labels.add(label);
            double k = v.hypothesis().minEffect() > 0 ? v.hypothesis().minEffect() : 1;
            String s = v.outcome().word();
            if (!series.contains(s)) series.add(s);
            rows.add(new IntervalCharts.Row(label, s, v.result().estimate() / k, v.result().low() / k, v.result().high() / k));
        }
        // fixed colours per verdict whatever order they appear in
        List<String> ordered = new ArrayList<>();
        List<java.awt.Color> colours = new ArrayList<>();
        java.awt.Color[] byVerdict = {new java.awt.Color(0x2ca02c), new java.awt.Color(0xd62728), new java.awt.Color(0x7f7f7f)};
        List<String> verdictOrder = List.of("supported", "rejected", "inconclusive");
        for (int i = 0; i < 3; i++) {
            if (series.contains(verdictOrder.get(i))) {
                ordered.add(verdictOrder.get(i));
                colours.add(byVerdict[i]);
            }
        }
        ChartFiles.write(IntervalCharts.forest(title, "Estimate in units of the minimum effect of interest (dashed: ±1)",
                labels, ordered, colours, rows, new double[] {0, -1, 1},
                "Each hypothesis's estimate (difference, slope or trend) with its interval at level 1 − alpha, divided by its "
                        + "minimum effect of interest. Ayni."), dir, "hypotheses-forest", ChartFiles.WIDTH,
                Math.max(320, 160 + 45 * labels.size()));
    }
}
