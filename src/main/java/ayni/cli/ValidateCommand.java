package ayni.cli;

import ayni.scenario.ScenarioException;
import ayni.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario, what-if, experiment and hypothesis files without running them. Exit 0 when all "
                + "are valid, 2 otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "scenario, what-if, experiment or hypothesis files")
    List<Path> files;

    @picocli.CommandLine.Option(names = "--show", description = "print each valid file as composed with its bases (YAML)")
    boolean show;

    @Override
    public Integer call() {
        boolean ok = true;
        for (Path f : files) {
            try {
                if (ayni.scenario.HypothesisReader.isHypothesis(f)) {
                    var h = ayni.scenario.HypothesisReader.load(f, ExperimentCommand.measures());
                    spec.commandLine().getOut().println(f + ": ok (hypothesis " + h.id() + ")");
                    continue;
                }
                if (ayni.scenario.ExperimentReader.isExperiment(f)) {
                    var e = ayni.scenario.ExperimentReader.load(f, ExperimentCommand.measures());
                    spec.commandLine().getOut().println(f + ": ok (experiment " + e.name() + ")");
                    continue;
                }
                var s = ScenarioLoader.load(f);
                String bases = s.bases().isEmpty() ? "" : ", over " + String.join(", ", s.bases());
                String events = s.events().isEmpty() ? "" : ", " + s.events().size() + (s.events().size() == 1 ? " event" : " events");
                spec.commandLine().getOut().println(f + ": ok (" + s.name() + ", " + s.start() + " to " + s.end() + events + bases + ")");
                if (show) spec.commandLine().getOut().print(ScenarioLoader.show(f));
            } catch (ScenarioException e) {
                spec.commandLine().getErr().println(e.getMessage());
                ok = false;
            }
        }
        return ok ? 0 : Main.BAD_INPUT;
    }
}
