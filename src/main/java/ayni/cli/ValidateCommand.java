package ayni.cli;

import ayni.scenario.ExperimentReader;
import ayni.scenario.ExperimentSpec;
import ayni.scenario.FileKind;
import ayni.scenario.HypothesisReader;
import ayni.scenario.HypothesisSpec;
import ayni.scenario.ScenarioException;
import ayni.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        footer = CommandList.EXAMPLE + "./ayni validate scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml",
        description = "Check files without running them, each by its kind: scenario, what-if, experiment, hypothesis, "
                + "pattern or calibration file. Exit 0 when all are valid, 2 otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "scenario, what-if, experiment, hypothesis, pattern or calibration files")
    List<Path> files;

    @picocli.CommandLine.Option(names = "--show", description = "print each valid scenario as composed with its bases (YAML)")
    boolean show;

    @Override
    public Integer call() {
        boolean ok = true;
        PrintWriter out = spec.commandLine().getOut();
        for (Path f : files) {
            try {
                String line = check(f, FileKind.of(f));
                if (line == null) {
                    ok = false;
                } else {
                    out.println(f + ": ok (" + line + ")");
                }
            } catch (ScenarioException e) {
                spec.commandLine().getErr().println(e.getMessage());
                ok = false;
            }
        }
        return ok ? 0 : Main.BAD_INPUT;
    }

    /** Checks one file by its kind; the words after "ok", or null (with the reason printed) when it cannot be checked. */
    private String check(Path f, FileKind kind) throws ScenarioException {
        switch (kind) {
            case SCENARIO, WHATIF -> {
                var s = ScenarioLoader.load(f);
                String bases = s.bases().isEmpty() ? "" : ", over " + String.join(", ", s.bases());
                String events = s.events().isEmpty() ? "" : ", " + s.events().size() + (s.events().size() == 1 ? " event" : " events");
                if (show) spec.commandLine().getOut().print(ScenarioLoader.show(f));
                return (kind == FileKind.WHATIF ? "what-if " : "") + s.name() + ", " + s.start() + " to " + s.end() + events + bases;
            }
            case EXPERIMENT -> {
                ExperimentSpec e = ExperimentReader.load(f, ExperimentCommand.measures());
                return "experiment " + e.name() + ", " + e.kind().key() + ", " + e.replications() + " replications"
                        + (e.posterior() == null ? "" : " (" + e.posterior().draws() + " posterior draws x "
                                + e.posterior().seedsPerDraw() + " seeds)");
            }
            case HYPOTHESIS -> {
                HypothesisSpec h = HypothesisReader.load(f, ExperimentCommand.measures());
                return "hypothesis " + h.id() + ", " + h.test().key() + " on experiment " + h.experiment().name()
                        + (h.segments().isEmpty() ? "" : ", segments " + String.join(", ", h.segments().stream()
                                .map(HypothesisSpec.Segment::name).toList()));
            }
            case CALIBRATION -> {
                ayni.scenario.CalibrationSpec c = ayni.scenario.CalibrationReader.load(f, ExperimentCommand.measures());
                return "calibration " + c.name() + ", " + c.parameters().size() + " parameters, " + c.summaries().size()
                        + " summaries, " + c.heldOut().size() + " held out";
            }
            default -> { // PATTERN
                if (f.getFileName().toString().equals(PatternsCommand.CHANGELOG)) {
                    int n = ayni.scenario.PatternReader.changelog(f).size();
                    return "pattern changelog, " + n + (n == 1 ? " change" : " changes");
                }
                ayni.scenario.PatternSpec p = ayni.scenario.PatternReader.load(f, ExperimentCommand.measures());
                return "pattern " + p.fact() + ", " + p.checks().size() + (p.checks().size() == 1 ? " check" : " checks");
            }
        }
    }
}
