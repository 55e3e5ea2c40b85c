package ayni.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ayni}. Exit codes: 0 done, 1 internal error, 2 bad input (scenario or option). */
@Command(name = "ayni", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based model of NGOs, SMEs, donors and government agencies in Peru exchanging funding, "
                + "knowledge and legitimacy.",
        commandListHeading = "%nCommands ('ayni COMMAND --help' for each one's options):%n",
        footer = {"%nShipped scenarios, what-ifs, experiments and hypotheses: ./ayni list",
                "On Windows: ayni.cmd COMMAND ... (README: Windows)"},
        subcommands = {RunCommand.class, ValidateCommand.class, CompareCommand.class, MetricsCommand.class,
                ExperimentCommand.class, PatternsCommand.class, CalibrateCommand.class, BenchmarkCommand.class, GuiCommand.class, ListCommand.class,
                ReportCommand.class})
public final class Main implements Callable<Integer> {
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Bare {@code ayni}: the usage, on standard error, and exit 2 (a script that forgot its command fails). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true), err = new PrintWriter(System.err, true);
        int code = execute(args, out, err);
        // print() does not flush an auto-flushing writer; flush before exiting so no output is lost
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandList());
        cl.setParameterExceptionHandler(new Mistakes(err));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof BadInput || ex instanceof ayni.output.OutputRefused) {
                err.println(ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof java.io.IOException io && !(io instanceof java.nio.file.NoSuchFileException)) {
                // the writers write into a temporary folder and remove it when they fail: nothing partial is left
                err.println("ayni: cannot write the results: " + rootMessage(io) + "; nothing was written; fix: free disk "
                        + "space, or check that the results folder is writable, or choose another with --out");
                if (System.getenv("AYNI_DEBUG") != null) ex.printStackTrace(err);
                return 1;
            }
            err.println("ayni: internal error: " + ex);
            if (System.getenv("AYNI_DEBUG") != null) ex.printStackTrace(err);
            return 1;
        });
        try {
            return cl.execute(args);
        } finally {
            ayni.output.FolderLock.releaseCommandLocks();
        }
    }

    /**
     * The innermost message of an I/O failure: image writers wrap the system's "No space left on device" in their own
     * ("I/O error writing PNG file!"), which does not tell the user what to fix.
     */
    static String rootMessage(Throwable t) {
        String m = t.getMessage();
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof java.io.IOException && c.getMessage() != null) m = c.getMessage();
        }
        return m;
    }

    /** Input the user must fix; its message is printed as is. */
    static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ayni " + ayni.output.Manifest.version()};
        }
    }
}
