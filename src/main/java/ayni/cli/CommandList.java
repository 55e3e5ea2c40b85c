package ayni.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * The command list of {@code ayni --help}: each command with the first sentence of its description and the example its
 * own help ends with (a command's {@code footer = CommandList.EXAMPLE + "..."}), so a new command is listed with its
 * example by declaring it once.
 */
final class CommandList implements CommandLine.IHelpSectionRenderer {
    /** How every command's footer starts; the rest of the footer's first line is its example. */
    static final String EXAMPLE = "%nExample: ";
    private static final int WIDTH = 80;
    /** A full stop that ends a sentence, not the one inside "e.g." or "i.e.". */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<!e\\.g|i\\.e)\\. ");
    private static final String INDENT = "              ";

    @Override
    public String render(Help help) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Help> e : help.subcommands().entrySet()) {
            CommandLine.Model.UsageMessageSpec u = e.getValue().commandSpec().usageMessage();
            String name = e.getKey();
            sb.append("  ").append(name).append(" ".repeat(Math.max(1, INDENT.length() - 2 - name.length())));
            List<String> lines = wrap(firstSentence(String.join(" ", u.description())), WIDTH - INDENT.length());
            for (int i = 0; i < lines.size(); i++) sb.append(i == 0 ? "" : INDENT).append(lines.get(i)).append('\n');
            String example = example(u.footer());
            if (example != null) sb.append(INDENT).append("e.g. ").append(example).append('\n');
        }
        return sb.toString();
    }

    /** The example in a command's footer, or null when it has none. */
    static String example(String[] footer) {
        String prefix = EXAMPLE.replace("%n", "");
        for (String f : footer) {
            String t = f.replace("%n", "\n").strip();
            if (t.startsWith(prefix)) return t.substring(prefix.length()).lines().findFirst().orElse("").strip();
        }
        return null;
    }

    static String firstSentence(String text) {
        String t = text.replace("%%", "%").strip();
        java.util.regex.Matcher m = SENTENCE_END.matcher(t);
        return m.find() ? t.substring(0, m.start() + 1) : t;
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(w);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
