package ayni.cli;

import ayni.scenario.Suggest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Turns a mistyped command line into one line that says what was wrong and the nearest right word. */
final class Mistakes implements CommandLine.IParameterExceptionHandler {
    private final PrintWriter err;

    Mistakes(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        err.println(message(ex));
        return Main.BAD_INPUT;
    }

    static String message(CommandLine.ParameterException ex) {
        CommandLine c = ex.getCommandLine();
        String name = c.getCommandSpec().qualifiedName(" ");
        String help = "see '" + name + " --help'.";
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            if (word.startsWith("-")) {
                String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                String near = Suggest.closest(option, c.getCommandSpec().optionsMap().keySet());
                return name + ": Unknown option: '" + option + "'" + (near != null ? "; did you mean '" + near + "'? S" : "; s")
                        + help.substring(1);
            }
            if (!c.getSubcommands().isEmpty()) {
                List<String> commands = new ArrayList<>(c.getSubcommands().keySet());
                String near = Suggest.closest(word, commands);
                return name + ": unknown command '" + word + "'; " + (near != null ? "did you mean '" + near + "'? " : "")
                        + "The commands: " + String.join(", ", commands) + "; " + help;
            }
        }
        return name + ": " + ex.getMessage() + "; " + help;
    }
}
