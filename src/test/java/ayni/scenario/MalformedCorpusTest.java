package ayni.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed scenarios in src/test/resources/malformed: each file's first line says where the loader
 * must report the problem and what it must say (see the README there). Validation must exit with code 2, print that
 * line with a fix, and never a stack trace.
 */
class MalformedCorpusTest {
    static final Path DIR = Path.of("src/test/resources/malformed");
    private static final Pattern EXPECT = Pattern.compile("# expect: (?:(\\S+\\.yaml):)?(\\d+): ([^:]*): (.+)");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            List<Path> list = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(list.size() >= 30, "the corpus has at least 30 cases: " + list.size());
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportsWhereAndWhatAndHowToFix(Path file) throws IOException {
        String first = Files.readAllLines(file).get(0);
        Matcher m = EXPECT.matcher(first);
        assertTrue(m.matches(), file + ": first line must be '# expect: [file:]line: field: text', is: " + first);
        Path where = m.group(1) == null ? file : DIR.resolve(m.group(1)).normalize();
        int line = Integer.parseInt(m.group(2));
        String field = m.group(3), text = m.group(4);
        String prefix = where + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ");

        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new String[] {"validate", file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        String e = err.toString();
        assertEquals(2, code, file + "\n" + e);
        assertTrue(e.lines().anyMatch(l -> l.startsWith(prefix) && l.contains(text)),
                "expected a line starting '" + prefix + "' containing '" + text + "', got:\n" + e);
        assertTrue(e.contains("; fix: "), "every problem says how to fix it:\n" + e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), "no stack trace:\n" + e);
        assertTrue(out.toString().isEmpty(), "nothing printed as valid: " + out);
    }
}
