package ayni.output;

import ayni.experiment.Verdict;
import ayni.scenario.HypothesisSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report of a set of hypotheses tested together ({@code ayni experiment scenarios/hypotheses/*.yaml}): one table,
 * the forest plot, a section per hypothesis, and {@code hypotheses.csv}; written as a whole folder at once.
 */
public final class HypothesisWriter {
    private HypothesisWriter() {}

    static void csv(List<Verdict> vs, Path file) throws IOException {
        List<Verdict> holm = Verdict.holm(vs);
        try (CSVPrinter p = ExperimentWriter.printer(file, List.of("id", "title", "experiment", "test", "expect", "alpha",
                "minEffect", "estimate", "low", "high", "pValue", "effectName", "effectSize", "statistic", "runs", "seedsPerDraw", "verdict",
                "reason", "pHolm", "verdictHolm"))) {
            for (int i = 0; i < vs.size(); i++) {
                Verdict v = vs.get(i);
                HypothesisSpec h = v.hypothesis();
                var r = v.result();
                p.printRecord(h.id(), h.title(), h.experiment().name(), h.test().key(), h.expect().key(),
                        ExperimentWriter.num(h.alpha()), ExperimentWriter.num(h.minEffect()), ExperimentWriter.num(r.estimate()),
                        ExperimentWriter.num(r.low()), ExperimentWriter.num(r.high()), ExperimentWriter.num(r.pValue()),
                        r.effectName(), ExperimentWriter.num(r.effectSize()), ExperimentWriter.num(r.statistic()),
                        v.replications(), v.seedsPerDraw(), v.outcome().word(), v.reason(), ExperimentWriter.num(holm.get(i).result().pValue()),
                        holm.get(i).outcome().word());
            }
        }
    }

    /**
     * @param experiments where each experiment's own results were written, relative to {@code folder} (for links)
     */
    public static void write(List<Verdict> vs, java.util.Map<String, String> experiments, Manifest manifest, String command,
                             Path folder) throws IOException {
        try (AtomicFolder out = new AtomicFolder(folder)) {
            Path dir = out.dir();
            csv(vs, dir.resolve("hypotheses.csv"));
            ExperimentCharts.forest(vs, dir, "Hypotheses tested on Ayni's experiments");
            manifest.write(dir.resolve("manifest.json"));
            StringBuilder md = new StringBuilder("# Hypotheses tested with Ayni\n\n");
            long s = vs.stream().filter(v -> v.outcome() == Verdict.Outcome.SUPPORTED).count();
            long r = vs.stream().filter(v -> v.outcome() == Verdict.Outcome.REJECTED).count();
            md.append(String.format(Locale.ROOT, "%d hypotheses: %d supported, %d rejected, %d inconclusive. ", vs.size(), s, r,
                    vs.size() - s - r));
            md.append("Each is tested on the runs of the experiment it names; a verdict is **supported** when the test is ")
                    .append("significant at its alpha, in the expected direction and at least the minimum effect of interest; ")
                    .append("**rejected** when significant the other way or when the whole interval lies within ± the minimum ")
                    .append("effect (negligible); **inconclusive** otherwise. These are statements about the model, whose ")
                    .append("magnitudes are largely estimates (see each scenario file), not about Peru.\n\n");
            md.append("Reproduce: `").append(command).append("`\n\n");
            ExperimentReport.verdictTable(md, vs);
            holmTable(md, vs);
            md.append("\n![Hypotheses: estimates in units of the minimum effect of interest](hypotheses-forest.png)\n\n");
            md.append("The forest plot divides each estimate and interval by the hypothesis's minimum effect of interest, so all ")
                    .append("read on one scale: beyond the dashed lines at ±1 an effect matters.\n\n");
            for (Verdict v : vs) {
                ExperimentReport.verdictSection(md, v, "##");
                for (var e : v.hypothesis().experiments()) {
                    String link = experiments.get(e.name());
                    if (link != null) md.append("Experiment report: [").append(link).append("](").append(link).append(")\n\n");
                }
            }
            Files.writeString(dir.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
            out.commit();
        }
    }

    /** The family's verdicts judged again on Holm-adjusted p-values (estimates and intervals unchanged). */
    static void holmTable(StringBuilder md, List<Verdict> vs) {
        List<Verdict> holm = Verdict.holm(vs);
        long changed = java.util.stream.IntStream.range(0, vs.size()).filter(i -> vs.get(i).outcome() != holm.get(i).outcome()).count();
        md.append(String.format(Locale.ROOT, "%n**Adjusted for multiple testing** (Holm 1979, over the %d hypotheses of this report, "
                + "each segment of a segmented hypothesis counted as one: family-wise error at each hypothesis's alpha; the verdict "
                + "rule is applied again to the adjusted p-value, the estimates and intervals are not adjusted). %d verdict%s change%s.%n%n",
                vs.size(), changed, changed == 1 ? "" : "s", changed == 1 ? "s" : ""));
        md.append("| Hypothesis | p | p (Holm) | Verdict | Verdict after Holm |\n|---|---|---|---|---|\n");
        for (int i = 0; i < vs.size(); i++) {
            Verdict v = vs.get(i), h = holm.get(i);
            md.append("| ").append(v.hypothesis().id()).append(" | ").append(Verdict.p(v.result().pValue())).append(" | ")
                    .append(Verdict.p(h.result().pValue())).append(" | ").append(v.outcome().word()).append(" | **")
                    .append(h.outcome().word()).append("** |\n");
        }
    }
}
