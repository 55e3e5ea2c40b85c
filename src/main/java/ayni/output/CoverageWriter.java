package ayni.output;

import ayni.calibration.CoverageStudy;
import ayni.calibration.Marginal;
import ayni.scenario.CalibrationSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;

/** A coverage study's results: {@code coverage.csv} (one row per set and parameter), {@code report.md}, the manifest. */
public final class CoverageWriter {
    /** The range an honest 90 % interval's coverage should fall in over a study of at least 20 sets. */
    public static final double LOW = 0.80, HIGH = 0.97;

    private CoverageWriter() {}

    public static void write(CalibrationSpec spec, List<CoverageStudy.SetResult> results, Manifest manifest, String command,
                             Path folder) throws IOException {
        AtomicFolder.replaceFiles(folder, dir -> {
            try (CSVPrinter p = ExperimentWriter.printer(dir.resolve("coverage.csv"), List.of("set", "parameter", "planted",
                    "median", "low", "high", "covered", "widthShare", "identified", "generations", "simulations"))) {
                for (CoverageStudy.SetResult r : results) {
                    for (Marginal m : r.marginals()) {
                        p.printRecord(r.set(), m.id(), Double.toString(m.planted()), Double.toString(m.median()),
                                Double.toString(m.low()), Double.toString(m.high()), m.covers(), ExperimentWriter.num(m.share()),
                                m.identified(), r.generations(), r.simulations());
                    }
                }
            }
            manifest.write(dir.resolve("manifest.json"));
            Files.writeString(dir.resolve("report.md"), markdown(spec, results, command), StandardCharsets.UTF_8);
        });
    }

    static String markdown(CalibrationSpec spec, List<CoverageStudy.SetResult> results, String command) {
        double cov = CoverageStudy.coverage(results);
        boolean ok = cov >= LOW && cov <= HIGH;
        StringBuilder md = new StringBuilder("# Coverage study: ").append(spec.title()).append("\n\n");
        md.append("Reproduce: `").append(command).append("`\n\n");
        long sims = results.stream().mapToLong(CoverageStudy.SetResult::simulations).sum();
        md.append(String.format(Locale.ROOT, "%d parameter sets drawn from the prior were planted, each calibrated against "
                        + "the checks of its own planted run (%d simulations in all). Over all sets and parameters the 90 %% "
                        + "posterior intervals cover the planted value in **%.1f %%** of cases: %s the range %.0f–%.0f %% an "
                        + "honest 90 %% interval should give over a study of this size.%n%n", results.size(), sims, 100 * cov,
                ok ? "within" : "**outside**", 100 * LOW, 100 * HIGH));
        md.append("| parameter | coverage | identified in | mean width / prior's 90 % | coverage when identified |\n")
                .append("|---|---|---|---|---|\n");
        for (int p = 0; p < spec.parameters().size(); p++) {
            int n = 0, c = 0, id = 0, cid = 0;
            double w = 0;
            String name = null;
            for (CoverageStudy.SetResult r : results) {
                Marginal m = r.marginals().get(p);
                name = m.id();
                n++;
                if (m.covers()) c++;
                if (m.identified()) {
                    id++;
                    if (m.covers()) cid++;
                }
                w += m.share();
            }
            md.append(String.format(Locale.ROOT, "| %s | %d/%d | %d/%d | %.2f | %s |%n", name, c, n, id, n, w / n,
                    id == 0 ? "n/a" : cid + "/" + id));
        }
        md.append("\nCoverage is an estimate with its own sampling error: over n intervals its standard error is about "
                + "√(0.9 × 0.1 / n). Files: `coverage.csv` (one row per set and parameter), `manifest.json`; each set's "
                + "simulations are stored in `set-NNN/sims/`.\n");
        return md.toString();
    }
}
