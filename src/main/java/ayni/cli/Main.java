package ayni.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ayni}. Exit codes: 0 done, 1 internal error, 2 bad input (scenario or option). */
@Command(name = "ayni", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based model of NGOs, SMEs, donors and government agencies in Peru exchanging funding, "
                + "knowledge and legitimacy.",
        subcommands = {RunCommand.class, ValidateCommand.class, CompareCommand.class, MetricsCommand.class,
                ExperimentCommand.class, BenchmarkCommand.class, GuiCommand.class})
public final class Main implements Runnable {
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("ayni: " + ex.getMessage() + "; see 'ayni " + commandName(ex) + " --help'");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof BadInput || ex instanceof ayni.output.OutputRefused) {
                err.println(ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof java.io.IOException io && !(io instanceof java.nio.file.NoSuchFileException)) {
                // the writers write into a temporary folder and remove it when they fail: nothing partial is left
                err.println("ayni: cannot write the results: " + io.getMessage() + "; nothing was written; fix: free disk "
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

    private static String commandName(CommandLine.ParameterException ex) {
        String n = ex.getCommandLine().getCommandName();
        return "ayni".equals(n) ? "" : n;
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
