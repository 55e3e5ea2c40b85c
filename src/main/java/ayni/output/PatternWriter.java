package ayni.output;

import ayni.experiment.Interval;
import ayni.experiment.PatternScore;
import ayni.experiment.PatternScore.CheckResult;
import ayni.experiment.PatternScore.FactResult;
import ayni.experiment.PatternScore.Outcome;
import ayni.scenario.PatternSpec;
import ayni.scenario.PatternSpec.Change;
import ayni.scenario.PatternSpec.Check;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;

/**
 * The results of {@code ayni patterns}: patterns.csv (one row per check), report.md (the verdict rule, the scorecard,
 * every check, the facts not measurable yet and the pattern changelog), the scorecard chart and the manifest, each
 * file replaced atomically beside the stored runs.
 */
public final class PatternWriter {
    /** Colours of the outcomes in the scorecard (distinguishable in grey print by lightness). */
    static final Color HOLDS = new Color(0x2ca02c), FAILS = new Color(0xd62728), NO_DATA = new Color(0xff7f0e),
            NOT_MEASURABLE = new Color(0xbbbbbb);

    /** What the report shows besides the results. */
    public record Inputs(List<FactResult> facts, List<Change> changelog, int replications, int runs, Manifest manifest,
                         String command) {}

    /** The clearance (in interval half-widths) every check of a build-subset fact should have in the full run. */
    public static final double SUBSET_CLEARANCE = 5;

    private PatternWriter() {}

    /** Writes the files into {@code folder}, each replaced atomically, keeping the stored runs in its runs/ folder. */
    public static void write(Inputs in, Path folder) throws IOException {
        AtomicFolder.replaceFiles(folder, dir -> {
            csv(in.facts(), dir.resolve("patterns.csv"));
            ChartFiles.write(scorecard(in.facts()), dir, "scorecard", ChartFiles.WIDTH, 160 + 30 * in.facts().size());
            in.manifest().write(dir.resolve("manifest.json"));
            Files.writeString(dir.resolve("report.md"), report(in), StandardCharsets.UTF_8);
            ReportPages.write(dir);
        });
    }

    static void csv(List<FactResult> facts, Path file) throws IOException {
        try (CSVPrinter p = ExperimentWriter.printer(file, List.of("fact", "check", "title", "scenario", "observable",
                "targetOrDirection", "source", "thesis", "mean", "low", "high", "runs", "clearance", "verdict", "reason"))) {
            for (FactResult f : facts) {
                for (CheckResult c : f.checks()) {
                    Interval iv = c.estimate();
                    p.printRecord(f.pattern().fact(), c.check().id(), c.check().title(), c.scenario(), observable(c.check()),
                            criterion(c.check()), c.check().source().key(), c.check().thesis(),
                            iv == null ? "" : ExperimentWriter.num(iv.mean()), iv == null ? "" : ExperimentWriter.num(iv.low()),
                            iv == null ? "" : ExperimentWriter.num(iv.high()), iv == null ? "" : iv.n(),
                            ExperimentWriter.num(c.clearance()), c.outcome().word(),
                            c.reason());
                }
            }
        }
    }

    /** The value read, and what is subtracted from it. */
    static String observable(Check c) {
        String s = c.value().describe();
        if (c.minus() != null) s += " − " + c.minus().describe() + (c.minusScenario() != null ? " in " + c.minusScenario().name() : "");
        return s;
    }

    static String criterion(Check c) {
        return c.expect() == null ? "target " + c.criterion() : c.expect().key() + " " + ayni.scenario.Parameters.fmt(c.than());
    }

    /** One horizontal bar per fact: how many of its checks hold, fail, have no data or are not measurable yet. */
    static JFreeChart scorecard(List<FactResult> facts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Outcome[] order = {Outcome.HOLDS, Outcome.FAILS, Outcome.NO_DATA, Outcome.NOT_MEASURABLE};
        long holding = facts.stream().filter(FactResult::holds).count();
        for (FactResult f : facts) {
            String label = f.pattern().fact() + " " + shorten(f.pattern().title(), 58) + (f.holds() ? "  [holds]" : "  [fails]");
            for (Outcome o : order) data.addValue(f.count(o), "checks that " + (o == Outcome.HOLDS ? "hold" : o == Outcome.FAILS
                    ? "fail" : o == Outcome.NO_DATA ? "have no data" : "are not measurable yet"), label);
        }
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        Color[] colours = {HOLDS, FAILS, NO_DATA, NOT_MEASURABLE};
        for (int i = 0; i < colours.length; i++) r.setSeriesPaint(i, colours[i]);
        CategoryAxis cats = new CategoryAxis(null);
        cats.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        cats.setMaximumCategoryLabelWidthRatio(0.6f);
        NumberAxis n = new NumberAxis("Checks of the fact (count)");
        n.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, cats, n, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT, "Stylized facts the model reproduces: %d of %d hold",
                holding, facts.size()), new Font("SansSerif", Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        TextTitle src = new TextTitle("A fact holds only when all its checks hold (95% intervals over replications; "
                + "docs/statistics.md). Source: ayni patterns, scenarios/patterns.", new Font("SansSerif", Font.PLAIN, 10));
        src.setPosition(RectangleEdge.BOTTOM);
        src.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(src);
        return chart;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The rule, as printed in every report. */
    public static final String RULE = "A **target** check holds when the whole 95% interval of its estimate over the "
            + "replications lies within target ± tolerance. A **direction** check holds when the whole 95% interval lies "
            + "on the stated side of its threshold: for a difference (what-if minus base paired by replication with common "
            + "random numbers, two columns of the same run, or two scenarios compared unpaired with a Welch interval) or a "
            + "slope, the interval excludes zero on the stated side. A **fact holds only when all its checks hold**. A check "
            + "whose observable or contrast needs a mechanism the model lacks is **not measurable yet**, and a check whose "
            + "statistic is undefined in some run has **no data**: both count as not holding.";

    static String report(Inputs in) {
        List<FactResult> facts = in.facts();
        long holding = facts.stream().filter(FactResult::holds).count();
        long checks = 0, held = 0, na = 0;
        for (FactResult f : facts) {
            checks += f.checks().size();
            held += f.count(Outcome.HOLDS);
            na += f.count(Outcome.NOT_MEASURABLE);
        }
        StringBuilder md = new StringBuilder("# Stylized facts: what the model reproduces\n\n");
        md.append(String.format(Locale.ROOT, "**%d of %d facts hold** (%d of %d checks hold; %d checks are not measurable yet). ",
                holding, facts.size(), held, checks, na));
        md.append(String.format(Locale.ROOT, "%d replications per scenario and arm, replication i with the scenario's seed + i ", in.replications()))
                .append(String.format(Locale.ROOT, "(%d runs). The facts, their definitions and thesis sections are in docs/ODD.md ", in.runs()))
                .append("section 1; the pattern files in scenarios/patterns/ were pre-registered before the model was scored ")
                .append("against them. These are statements about the model, whose magnitudes are largely estimates.\n\n");
        md.append("Reproduce: `").append(in.command()).append("`\n\n");
        md.append("**Verdict rule.** ").append(RULE).append("\n\n");
        md.append("![Scorecard: checks of each fact that hold, fail or are not measurable yet](scorecard.png)\n\n");
        md.append("| fact | title | verdict | checks holding | not measurable yet |\n|---|---|---|---|---|\n");
        for (FactResult f : facts) {
            md.append("| ").append(f.pattern().fact()).append(" | ").append(f.pattern().title()).append(" | **")
                    .append(f.holds() ? "holds" : "fails").append("** | ").append(f.count(Outcome.HOLDS)).append(" of ")
                    .append(f.checks().size()).append(" | ").append(f.count(Outcome.NOT_MEASURABLE)).append(" |\n");
        }
        md.append("\n## Checks\n\n");
        for (FactResult f : facts) {
            PatternSpec p = f.pattern();
            md.append("### ").append(p.fact()).append(": ").append(p.title()).append(" (").append(p.thesis()).append(")\n\n");
            md.append(p.definition().trim()).append(" File: `").append(ayni.output.RunWriter.fileName(p.file())).append("`.")
                    .append(p.buildSubset() ? " In the build subset." : "").append("\n\n");
            md.append("| check | runs read | observable | target or direction | source | mean | 95% interval | verdict |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            for (CheckResult c : f.checks()) {
                Interval iv = c.estimate();
                md.append("| ").append(c.check().id()).append(" | ").append(c.scenario()).append(" | ")
                        .append(observable(c.check())).append(" | ").append(criterion(c.check())).append(" | ")
                        .append(c.check().source().key()).append(" | ").append(iv == null ? "" : fmt(iv.mean())).append(" | ")
                        .append(iv == null ? "" : fmt(iv.low()) + " to " + fmt(iv.high())).append(" | **")
                        .append(c.outcome().word()).append("** |\n");
            }
            md.append('\n');
            for (CheckResult c : f.checks()) {
                if (c.outcome() != Outcome.HOLDS) md.append("- ").append(c.check().id()).append(": ").append(c.reason()).append('\n');
            }
            md.append('\n');
        }
        md.append("## Build subset\n\n");
        md.append("Facts marked `buildSubset: true` are checked in `mvn verify` on fewer replications with the same seeds ")
                .append("(`PatternSubsetTest`). They are chosen from this report: facts whose every check holds with a clearance ")
                .append("of at least ").append(fmt(SUBSET_CLEARANCE)).append(" (the interval lies that many of its half-widths ")
                .append("inside the region where the check holds; the build's 4 replications give intervals about 4.3 times ")
                .append("wider than 30, t(0.975, 3) √30 / (t(0.975, 29) √4)).\n\n");
        md.append("| fact | in the build subset | smallest clearance of its checks |\n|---|---|---|\n");
        for (FactResult f : facts) {
            if (!f.holds()) continue;
            double least = Double.POSITIVE_INFINITY;
            for (CheckResult c : f.checks()) least = Math.min(least, Double.isNaN(c.clearance()) ? Double.POSITIVE_INFINITY : c.clearance());
            md.append("| ").append(f.pattern().fact()).append(" | ").append(f.pattern().buildSubset() ? "yes" : "no").append(" | ")
                    .append(Double.isInfinite(least) ? "no spread" : fmt(least)).append(" |\n");
        }
        if (facts.stream().noneMatch(FactResult::holds)) md.append("| (no fact holds) | | |\n");
        md.append('\n');
        md.append("## Pattern changelog\n\n");
        if (in.changelog().isEmpty()) {
            md.append("No target, tolerance, direction, window, scenario or observable has changed since the pattern files were ")
                    .append("pre-registered (scenarios/patterns/CHANGELOG.yaml is empty).\n");
        } else {
            md.append("| date | fact | check | field | old | new | reason | thesis |\n|---|---|---|---|---|---|---|---|\n");
            for (Change c : in.changelog()) {
                md.append("| ").append(c.date()).append(" | ").append(c.fact()).append(" | ").append(c.check()).append(" | ")
                        .append(c.field()).append(" | ").append(c.oldValue()).append(" | ").append(c.newValue()).append(" | ")
                        .append(c.reason()).append(" | ").append(c.thesis()).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String fmt(double v) {
        return PatternScore.fmt(v);
    }
}
