package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of every input file Ayni ships: scenarios, what-ifs, experiments, hypotheses (and pattern
 * files, once a folder of them exists). Each case takes a shipped file, applies one to three mutations (a line dropped
 * or duplicated, a key renamed, a value retyped, made huge or deeply nested, an anchor, alias or tag, unicode,
 * truncation) and hands it to {@code ayni validate}, a few to {@code ayni run --steps 2}. The oracle: exit 0 or 2,
 * never a stack trace or an internal error, and with exit 2 one line per problem, each naming a file and saying how to
 * fix it, and nothing written. A second generator makes only inputs that are wrong, and each must exit 2. Every case
 * has a timeout, a guard against hangs, not a speed requirement. Cases per property: fuzz.tries in the pom (200;
 * mvn -Pfuzz test -Dtest=InputFuzzTest runs 3,000).
 */
class InputFuzzTest {
    /** The folders whose *.yaml files are fuzzed; missing ones are skipped. */
    static final List<String> FOLDERS = List.of("scenarios", "scenarios/whatif", "scenarios/experiments",
            "scenarios/hypotheses", "scenarios/patterns");
    static final long TIMEOUT_SECONDS = 60;
    /** One problem line: file[:line]: message; fix: advice (the file may be one a mutated base: names). */
    static final Pattern PROBLEM = Pattern.compile("^\\S+(:\\d+)?: .+; fix: .+$");
    static final java.util.concurrent.atomic.AtomicInteger CASES = new java.util.concurrent.atomic.AtomicInteger();

    static Path copy;
    static List<Path> files;
    static ExecutorService worker;

    @BeforeContainer
    static void copyTheShippedFiles() throws IOException {
        copy = Files.createTempDirectory("ayni-fuzz-");
        files = new ArrayList<>();
        for (String f : FOLDERS) {
            Path dir = Path.of(f);
            if (!Files.isDirectory(dir)) continue;
            Files.createDirectories(copy.resolve(f));
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    Files.copy(p, copy.resolve(f).resolve(p.getFileName()));
                    files.add(Path.of(f).resolve(p.getFileName()));
                }
            }
        }
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        worker.shutdownNow();
        try (Stream<Path> s = Files.walk(copy)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    enum Kind { DROP_LINE, DUPLICATE_LINE, SWAP_LINES, RENAME_KEY, RETYPE, HUGE, DEEP, ANCHOR_ALIAS, TAG, UNICODE, TRUNCATE }

    record Mutation(Kind kind, int where, int choice) {}

    record Case(Path file, List<Mutation> mutations) {}

    static final List<String> VALUES = List.of("abc", "-1", "0", "1e308", "-1e308", "1e400", "99999999999999999999999",
            "[1, 2]", "{a: 1}", "~", "true", "\"\"", "-0", ".nan", ".inf", "0x10", "2000-13", "1990-01", "ñandú",
            "\"\\u202e\"", "x".repeat(300), "'", "\"", "[", "{", "- a", "a: b: c", "&", "*", "!", "|", ">", "%", "@", "`");
    static final List<String> HUGE = List.of("9".repeat(400), "1e999", "-1e999", "9223372036854775808",
            "-9223372036854775809", "2147483648", "1" + "0".repeat(30), "0.0000000000000000000000000001", "1e-400");
    static final List<String> TAGS = List.of("!!str ", "!!int ", "!!float ", "!!bool ", "!!binary ", "!!null ",
            "!!java.net.URL ", "!!javax.script.ScriptEngineManager ", "!custom ", "!!map ", "!!seq ", "!<tag:x> ");
    static final List<String> UNICODE = List.of("é", "ñ", "\u202e", "\uD83D\uDE00", "\u0000", "\uFEFF", "\t", "\r",
            "\u2028", "\uFFFD", "ä\u0308", "\u00a0");
    static final Pattern KEY = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][\\w-]*)(\\s*:)(.*)$");

    static String mutate(String text, Mutation m) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = lines.size(), i = Math.floorMod(m.where(), Math.max(1, n));
        switch (m.kind()) {
            case DROP_LINE -> lines.remove(i);
            case DUPLICATE_LINE -> lines.add(i, lines.get(i));
            case SWAP_LINES -> {
                int j = Math.floorMod(m.choice(), n);
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case RENAME_KEY -> lines.set(i, withKey(lines.get(i), k -> k + List.of("X", "_", "s", "Ñ", "").get(Math.floorMod(m.choice(), 5))));
            case RETYPE -> lines.set(i, withValue(lines.get(i), VALUES.get(Math.floorMod(m.choice(), VALUES.size()))));
            case HUGE -> lines.set(i, withValue(lines.get(i), HUGE.get(Math.floorMod(m.choice(), HUGE.size()))));
            case DEEP -> {
                int d = 1 + Math.floorMod(m.choice(), 3000);
                lines.set(i, withValue(lines.get(i), (m.choice() % 2 == 0 ? "[" : "{a: ").repeat(d) + "1"
                        + (m.choice() % 2 == 0 ? "]" : "}").repeat(d)));
            }
            case ANCHOR_ALIAS -> {
                lines.set(i, withValue(lines.get(i), "&a " + value(lines.get(i))));
                int j = Math.floorMod(m.choice(), n);
                lines.set(j, withValue(lines.get(j), m.choice() % 3 == 0 ? "*a" : m.choice() % 3 == 1 ? "*nowhere" : "[*a, *a]"));
            }
            case TAG -> lines.set(i, withValue(lines.get(i), TAGS.get(Math.floorMod(m.choice(), TAGS.size())) + value(lines.get(i))));
            case UNICODE -> {
                int at = Math.floorMod(m.where(), text.length() + 1);
                return text.substring(0, at) + UNICODE.get(Math.floorMod(m.choice(), UNICODE.size())) + text.substring(at);
            }
            case TRUNCATE -> {
                return text.substring(0, Math.floorMod(m.where(), text.length() + 1));
            }
        }
        return String.join("\n", lines);
    }

    static String withKey(String line, java.util.function.UnaryOperator<String> f) {
        Matcher k = KEY.matcher(line);
        return k.matches() ? k.group(1) + f.apply(k.group(2)) + k.group(3) + k.group(4) : line;
    }

    static String value(String line) {
        Matcher k = KEY.matcher(line);
        return k.matches() ? k.group(4).trim() : line.trim();
    }

    static String withValue(String line, String v) {
        Matcher k = KEY.matcher(line);
        return k.matches() ? k.group(1) + k.group(2) + k.group(3) + " " + v : line + " " + v;
    }

    @Provide
    Arbitrary<Case> mutated() {
        Arbitrary<Mutation> m = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 1_000_000)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(files), m.list().ofMinSize(1).ofMaxSize(3)).as(Case::new);
    }

    /** Writes the case beside its original (so relative paths in it still resolve), under a new name, and returns it. */
    static Path write(Case c, String text) throws IOException {
        Path f = copy.resolve(c.file()).resolveSibling("zz-fuzz-case-" + CASES.incrementAndGet() + ".yaml");
        Files.writeString(f, text);
        return f;
    }

    static String apply(Case c) throws IOException {
        String text = Files.readString(c.file());
        for (Mutation m : c.mutations()) text = mutate(text, m);
        return text;
    }

    record Outcome(int code, String out, String err) {}

    static Outcome exec(String... args) throws Exception {
        Future<Outcome> f = worker.submit(() -> {
            StringWriter out = new StringWriter(), err = new StringWriter();
            int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Outcome(code, out.toString(), err.toString());
        });
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow(); // the hung case keeps its thread: later cases get a fresh one
            worker = Executors.newSingleThreadExecutor();
            throw new AssertionError("no answer within " + TIMEOUT_SECONDS + " s: " + String.join(" ", args));
        }
    }

    /** Exit 0 or 2; no stack trace or internal error; with 2, every line of standard error is one named problem. */
    static void assertCleanOutcome(Outcome o, String what) {
        assertTrue(o.code() == 0 || o.code() == 2, what + ": exit " + o.code() + "\n" + o.err());
        String all = o.out() + o.err();
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("internal error"), what + "\n" + all);
        if (o.code() == 2) {
            List<String> lines = o.err().lines().toList();
            assertFalse(lines.isEmpty(), what + ": exit 2 says nothing");
            for (String l : lines) assertTrue(PROBLEM.matcher(l).matches(), what + ": not one named problem with a fix: " + l);
        }
    }

    static String describe(Case c, String text) {
        return c.file() + " " + c.mutations() + "\n---\n" + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
    }

    @Property
    void mutatedFilesAreAcceptedOrRefusedCleanly(@ForAll("mutated") Case c) throws Exception {
        String text = apply(c);
        Path f = write(c, text);
        assertCleanOutcome(exec("validate", f.toString()), describe(c, text));
    }

    /** Mutations that always make a file wrong, whatever kind of file it is. */
    enum Wrong { UNKNOWN_TOP_KEY, DUPLICATE_TOP_KEY, ALIAS, NAME_IS_A_PATH, SYNTAX, EMPTY, LIST_AT_TOP, TOO_DEEP }

    static String wrong(String text, Wrong w, int choice) {
        String firstKey = text.lines().filter(l -> KEY.matcher(l).matches() && !l.startsWith(" ")).findFirst().orElse("name: x");
        return switch (w) {
            case UNKNOWN_TOP_KEY -> text + "\nzzUnknownKey" + Math.floorMod(choice, 100) + ": 1\n";
            case DUPLICATE_TOP_KEY -> text + "\n" + firstKey + "\n";
            // the first key's value by an alias of a valid-looking name, which a reader that ignored aliases would accept
            case ALIAS -> text.replaceFirst("(?m)^(" + Pattern.quote(firstKey.split(":")[0]) + "):.*$",
                    "$1: *" + List.of("a", "name", "x1").get(Math.floorMod(choice, 3)));
            case NAME_IS_A_PATH -> text.replaceFirst("(?m)^name: .*$", "name: \"" + List.of("../../x", "/tmp/x", "a/b", "..")
                    .get(Math.floorMod(choice, 4)) + "\"").replaceFirst("(?m)^id: .*$", "id: \"../x\"");
            case SYNTAX -> text + "\n" + List.of("zz: [1, 2", "zz: {a: 1", "\tzz: 1", "zz: \"open", ": :").get(Math.floorMod(choice, 5)) + "\n";
            case EMPTY -> List.of("", "# only a comment\n", "\n\n", "---\n", "~\n").get(Math.floorMod(choice, 5));
            case LIST_AT_TOP -> "- " + text.replace("\n", "\n  ");
            case TOO_DEEP -> text + "\nzzDeep: " + "[".repeat(1001 + Math.floorMod(choice, 500)) + "]".repeat(1001 + Math.floorMod(choice, 500)) + "\n";
        };
    }

    @Provide
    Arbitrary<Case> invalid() {
        Arbitrary<Mutation> m = Combinators.combine(Arbitraries.of(Wrong.class).map(Enum::ordinal), Arbitraries.integers().between(0, 1000))
                .as((k, c) -> new Mutation(Kind.values()[0], k, c));
        return Combinators.combine(Arbitraries.of(files), m.list().ofMinSize(1).ofMaxSize(2)).as(Case::new);
    }

    @Property
    void wrongFilesAlwaysExitTwo(@ForAll("invalid") Case c) throws Exception {
        String text = Files.readString(c.file());
        for (Mutation m : c.mutations()) text = wrong(text, Wrong.values()[m.where()], m.choice());
        Path f = write(c, text);
        Outcome o = exec("validate", f.toString());
        assertEquals(2, o.code(), describe(c, text) + "\n" + o.out() + o.err());
        assertCleanOutcome(o, describe(c, text));
    }

    @Provide
    Arbitrary<Case> mutatedScenarios() {
        return mutated().filter(c -> c.file().getParent().toString().replace('\\', '/').matches("scenarios(/whatif)?"));
    }

    /** A few cases run for two months: a refused one writes nothing, an accepted one writes its whole folder. */
    @Property(tries = 12)
    void mutatedScenariosRunOrWriteNothing(@ForAll("mutatedScenarios") Case c) throws Exception {
        String text = apply(c);
        Path f = write(c, text);
        Path results = Files.createTempDirectory(copy, "run-");
        Path out = results.resolve("out");
        Outcome o = exec("run", f.toString(), "--steps", "2", "--quiet", "--gexf-interval", "0", "--out", out.toString());
        assertCleanOutcome(o, describe(c, text));
        try (Stream<Path> s = Files.list(results)) {
            List<String> left = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".out.lock")).toList();
            assertEquals(o.code() == 0 ? List.of("out") : List.of(), left, describe(c, text));
        }
        if (o.code() == 0) assertTrue(Files.exists(out.resolve("manifest.json")));
    }
}
