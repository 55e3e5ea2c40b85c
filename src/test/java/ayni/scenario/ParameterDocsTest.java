package ayni.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One name per parameter: the tables of docs/ODD.md section 8 and scenarios/README.md list exactly
 * {@link Parameters#SPECS}, in order, with unit, range, default (and, in ODD, source and description). On a mismatch
 * the message holds the whole expected table, ready to paste.
 */
class ParameterDocsTest {

    static String range(Parameters.Spec s) {
        return Parameters.fmt(s.min()) + " .. " + Parameters.fmt(s.max());
    }

    static List<String> oddRows() {
        List<String> rows = new ArrayList<>();
        int i = 1;
        for (Parameters.Spec s : Parameters.SPECS) {
            rows.add("| " + i++ + " | `" + s.name() + "` | " + (s.integer() ? "whole number" : "real") + " | " + s.unit()
                    + " | " + range(s) + " | " + Parameters.fmt(s.defaultValue()) + " | " + s.source() + " | "
                    + s.description() + " |");
        }
        return rows;
    }

    static List<String> readmeRows() {
        List<String> rows = new ArrayList<>();
        for (Parameters.Spec s : Parameters.SPECS) {
            rows.add("| `" + s.name() + "` | " + s.unit() + (s.integer() ? " (whole number)" : "") + " | " + range(s)
                    + " | " + Parameters.fmt(s.defaultValue()) + " |");
        }
        return rows;
    }

    /** The table rows (lines starting with "| ") following the line that starts with {@code header}. */
    static List<String> table(Path file, String header) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int at = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(header)) { at = i; break; }
        List<String> rows = new ArrayList<>();
        if (at < 0) return rows;
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("| "); i++) rows.add(lines.get(i));
        return rows;
    }

    @Test
    void oddSection8ListsEveryParameter() throws IOException {
        List<String> expected = oddRows();
        assertEquals(String.join("\n", expected),
                String.join("\n", table(Path.of("docs/ODD.md"), "| # | name | type | unit | range | default | source |")));
    }

    @Test
    void scenarioReadmeListsEveryParameter() throws IOException {
        List<String> expected = readmeRows();
        assertEquals(String.join("\n", expected),
                String.join("\n", table(Path.of("scenarios/README.md"), "| name | unit | range | default |")));
    }
}
