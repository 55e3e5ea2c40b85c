package ayni.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The kinds of YAML file Ayni reads, told apart by their distinctive top-level keys (and, for pattern and calibration
 * files, by their folder), so that a command given the wrong kind of file can say what it is and which command takes
 * it, instead of listing every key it does not know. The one place where file kinds are detected.
 */
public enum FileKind {
    SCENARIO("scenario", "ayni run %s"),
    WHATIF("what-if scenario", "ayni compare %s %s (base first), or ayni run %s"),
    EXPERIMENT("experiment file", "ayni experiment %s"),
    HYPOTHESIS("hypothesis file", "ayni experiment %s"),
    PATTERN("pattern file", "ayni patterns %s"),
    CALIBRATION("calibration file", "ayni calibrate %s");

    /** Keys only a scenario (or what-if) has at its top level. */
    private static final Set<String> SCENARIO_KEYS = Set.of("base", "start", "end", "elections", "parameters", "donors",
            "ngos", "platforms", "governments", "companies", "smes", "ties", "events", "sources");
    private static final Set<String> ACTORS = Set.of("donors", "ngos", "platforms", "governments", "companies", "smes");
    /** Keys only a calibration file has (it also has 'parameters', as a scenario does, so these are checked first). */
    private static final Set<String> CALIBRATION_KEYS = Set.of("heldOut", "summaries", "planted", "population", "priors");
    private static final Set<String> PATTERN_KEYS = Set.of("facts", "fact", "checks");

    private final String word;
    private final String command;

    FileKind(String word, String command) {
        this.word = word;
        this.command = command;
    }

    /** "experiment file", "what-if scenario", ... */
    public String word() {
        return word;
    }

    /** The command line that takes {@code file}, e.g. "ayni experiment scenarios/experiments/x.yaml". */
    public String command(String file, JsonNode root) {
        if (this != WHATIF) return String.format(command, file);
        JsonNode base = root.get("base");
        String b = base != null && base.isTextual() ? Path.of(file).resolveSibling(base.asText()).normalize().toString() : "BASE";
        return String.format(command, b, file, file);
    }

    /** The kind of a file read as a plain tree; {@code file} gives its folder (patterns/, calibration/, whatif/). */
    public static FileKind of(String file, JsonNode root) {
        FileKind k = detect(file, root);
        return k != null ? k : SCENARIO;
    }

    /** The kind, or null when no distinctive key says it (the file's own reader then names what is wrong). */
    private static FileKind detect(String file, JsonNode root) {
        if (root == null || !root.isObject()) return null;
        if (root.has("experiment") && root.has("test")) return HYPOTHESIS;
        if (root.has("scenario") && (root.has("kind") || root.has("arms") || root.has("sweep"))) return EXPERIMENT;
        String folder = folder(file);
        if (hasAny(root, CALIBRATION_KEYS)) return CALIBRATION;
        if (hasAny(root, PATTERN_KEYS)) return PATTERN;
        if (hasAny(root, SCENARIO_KEYS)) {
            boolean actors = hasAny(root, ACTORS);
            return root.has("base") && (folder.equals("whatif") || !actors && root.has("events")) ? WHATIF : SCENARIO;
        }
        if (folder.equals("calibration")) return CALIBRATION;
        if (folder.equals("patterns")) return PATTERN;
        return null;
    }

    /** Reads a file's top level (without its bases) and tells its kind. */
    public static FileKind of(Path file) throws ScenarioException {
        return of(file.toString(), Composer.plain(file).tree());
    }

    /**
     * Refuses a file that is not of one of the {@code accepted} kinds with one line naming its kind and the command that
     * takes it, e.g. "x.yaml: this is an experiment file, not a scenario; fix: run it with 'ayni experiment x.yaml'".
     */
    static void require(String file, JsonNode root, String expected, FileKind... accepted) throws ScenarioException {
        FileKind k = detect(file, root);
        if (k == null || List.of(accepted).contains(k)) return;
        throw new ScenarioException(List.of(new Problem(file, 0, "", "this is " + article(k.word) + " " + k.word + ", not "
                + article(expected) + " " + expected, "run it with '" + k.command(file, root) + "'")));
    }

    private static String article(String w) {
        return "aeiou".indexOf(Character.toLowerCase(w.charAt(0))) >= 0 ? "an" : "a";
    }

    private static String folder(String file) {
        Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }

    private static boolean hasAny(JsonNode root, Set<String> keys) {
        for (String k : keys) if (root.has(k)) return true;
        return false;
    }
}
