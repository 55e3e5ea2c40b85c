package ayni.cli;

import ayni.output.ReportPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Rebuild report.html, the self-contained page of a results folder (a run, a comparison or an experiment), "
                + "from the folder's own files."},
        footer = CommandList.EXAMPLE + "./ayni report results/organic-production/seed-20130514")
final class ReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a results folder written by run, compare or experiment")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new Main.BadInput("ayni report: " + dir + " is not a folder; fix: give a results folder, e.g. "
                    + "results/organic-production/seed-20130514");
        }
        if (!Files.exists(dir.resolve("manifest.json"))) {
            throw new Main.BadInput("ayni report: " + dir + " has no manifest.json, so it is not a results folder of run, "
                    + "compare or experiment; fix: give the folder such a command wrote");
        }
        long t0 = System.nanoTime();
        Path page;
        try {
            page = ReportPages.write(dir);
        } catch (IOException e) {
            throw new Main.BadInput("ayni report: " + e.getMessage());
        }
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "%s (%.0f ms)%n", page, (System.nanoTime() - t0) / 1e6);
        return 0;
    }
}
