package ayni.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario file and the bases it names ({@code base: a.yaml} or a list), and composes them into one tree:
 * actors with the same id are merged key by key, ties with the same ends and layer replaced, events, elections and
 * sources appended (an entry equal to one already there, notes aside, is not repeated), everything else replaced by
 * the later file. Each value keeps the file and line it came from,
 * so problems are reported where they are written.
 */
final class Composer {
    static final String BASE = "base";
    static final int MAX_DEPTH = 16;
    private static final long MAX_FILE_BYTES = 10L << 20;
    private static final Set<String> BY_ID = Set.of("donors", "ngos", "platforms", "governments", "companies", "smes");
    private static final Set<String> APPENDED = Set.of("events", "elections", "sources");
    /** A key given twice in one mapping is an error, not "the last one wins". */
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** A composed scenario tree, where each of its paths is written, and the files it was made of (top first). */
    record Composed(JsonNode tree, LineIndex index, List<String> files, String sha256) {}

    private Composer() {}

    static Composed load(Path path) throws ScenarioException {
        return compose(path.toString(), read(path.toString(), path, null), new ArrayList<>());
    }

    /** Reads one YAML file as it is, without composing bases (experiment and hypothesis files have none). */
    static Composed plain(Path path) throws ScenarioException {
        Doc d = read(path.toString(), path, null);
        return new Composed(d.tree(), d.index(), List.of(d.file()), d.sha256());
    }

    static Composed parse(String file, String yaml) throws ScenarioException {
        return compose(file, parsed(file, yaml, sha256(yaml.getBytes(StandardCharsets.UTF_8))), new ArrayList<>());
    }

    private record Doc(String file, JsonNode tree, LineIndex index, String sha256) {}

    private static Doc read(String label, Path path, Problem whenMissing) throws ScenarioException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) throw fail(label, "is a folder, not a scenario file", "give a .yaml file");
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw fail(label, "is larger than 10 MB", "a scenario lists actors and groups, not individual SMEs");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            if (whenMissing != null) throw new ScenarioException(List.of(whenMissing));
            String near = Suggest.nearestFile(path);
            throw fail(label, "file not found", near != null ? "did you mean '" + near + "'?"
                    : "check the path; scenarios live in scenarios/");
        } catch (IOException e) {
            String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            throw fail(label, "cannot be read (" + why + ")", "check the path and the file's permissions");
        }
        return parsed(label, new String(bytes, StandardCharsets.UTF_8), sha256(bytes));
    }

    private static Doc parsed(String file, String yaml, String sha) throws ScenarioException {
        try {
            JsonNode root = YAML.readTree(yaml);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw fail(file, "is empty", "start from scenarios/organic-production.yaml");
            }
            LineIndex index = LineIndex.of(file, yaml);
            if (!index.aliases().isEmpty()) {
                List<Problem> ps = new ArrayList<>();
                index.aliases().forEach((path, name) -> ps.add(new Problem(file, index.line(path), path,
                        "a YAML alias (*" + name + ") is not supported: it would be read as the text '" + name + "'",
                        "write the value out in full instead of an anchor (&" + name + ") and alias")));
                throw new ScenarioException(ps);
            }
            return new Doc(file, root, index, sha);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            java.util.regex.Matcher dup = java.util.regex.Pattern.compile("^Duplicate field '(.*)'").matcher(e.getOriginalMessage());
            if (dup.find()) {
                throw new ScenarioException(List.of(new Problem(file, line, dup.group(1), "given twice in the same mapping",
                        "write each key once (a second one would silently replace the first)")));
            }
            String msg = yamlMessage(e.getOriginalMessage());
            throw new ScenarioException(List.of(new Problem(file, line, "", "YAML syntax error: " + msg,
                    "check indentation, colons, brackets and quotes on that line and the line before")));
        } catch (IOException e) {
            throw fail(file, "cannot be parsed: " + e.getMessage(), "check that it is a YAML text file");
        }
    }

    /** The parser's own words without its excerpt and position lines, e.g. "while parsing a flow mapping; expected ',' or '}'". */
    static String yamlMessage(String original) {
        if (original.contains("Malformed numeric value")) {
            return original.split("\n")[0] + " (numbers must be finite: write digits, not .inf or .nan)";
        }
        List<String> parts = new ArrayList<>();
        for (String line : original.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || line.startsWith(" ") || t.startsWith("in 'reader'") || t.startsWith("at [Source") || t.equals("^")) continue;
            parts.add(t);
        }
        return parts.isEmpty() ? original.split("\n")[0] : String.join("; ", parts);
    }

    /** Composes a document over its bases; {@code chain} holds the files being composed, to find cycles. */
    private static Composed compose(String file, Doc doc, List<String> chain) throws ScenarioException {
        JsonNode root = doc.tree();
        JsonNode base = root.isObject() ? root.get(BASE) : null;
        if (base == null || base.isNull()) return new Composed(root, doc.index(), List.of(file), doc.sha256());

        List<Map.Entry<String, String>> refs = baseRefs(doc, base);
        List<Problem> own = new ArrayList<>();
        for (String k : List.of("name", "title")) {
            if (!root.hasNonNull(k)) {
                own.add(problem(doc, "", "a file with a base needs its own '" + k + "'",
                        "add '" + k + ": ...' so its results do not overwrite the base's"));
            }
        }
        if (!own.isEmpty()) throw new ScenarioException(own);
        List<String> chainHere = new ArrayList<>(chain);
        chainHere.add(key(file));
        ObjectNode acc = null;
        LineIndex index = LineIndex.composed(file);
        List<String> files = new ArrayList<>(List.of(file));
        StringBuilder shas = new StringBuilder(doc.sha256());
        for (var ref : refs) {
            String path = ref.getKey(), label = resolve(file, ref.getValue());
            if (chainHere.contains(key(label))) {
                List<String> names = new ArrayList<>(chainHere.subList(chainHere.indexOf(key(label)), chainHere.size()));
                names.add(key(label));
                throw new ScenarioException(List.of(problem(doc, path, "the bases form a cycle: "
                        + String.join(" -> ", names.stream().map(Composer::shortName).toList()),
                        "remove the base reference that leads back to a file already in the chain")));
            }
            if (chainHere.size() >= MAX_DEPTH) {
                throw new ScenarioException(List.of(problem(doc, path, "bases are nested more than " + MAX_DEPTH
                        + " deep", "build on a composed scenario instead of chaining so many files")));
            }
            Problem missing = problem(doc, path, "base file '" + ref.getValue() + "' not found (looked for " + label + ")",
                    "give the path relative to the folder of this file");
            Composed b = compose(label, read(label, Path.of(label), missing), chainHere);
            if (!b.tree().isObject()) {
                throw new ScenarioException(List.of(problem(doc, path, "base file " + label + " is not a mapping of keys",
                        "a base must be a scenario file")));
            }
            if (acc == null) {
                acc = ((ObjectNode) b.tree()).deepCopy();
                acc.remove(BASE);
                index.copy(b.index(), "", "", false);
            } else {
                merge(acc, index, b.tree(), b.index());
            }
            files.addAll(b.files());
            shas.append(b.sha256());
        }
        merge(acc, index, root, doc.index());
        index.root(doc.index().locate(""));
        return new Composed(acc, index, List.copyOf(files), sha256(shas.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The base paths written in a file, each with its field path. */
    private static List<Map.Entry<String, String>> baseRefs(Doc doc, JsonNode base) throws ScenarioException {
        List<Map.Entry<String, String>> refs = new ArrayList<>();
        if (base.isTextual()) {
            refs.add(Map.entry(BASE, base.asText()));
        } else if (base.isArray() && base.size() > 0) {
            for (int i = 0; i < base.size(); i++) {
                JsonNode b = base.get(i);
                if (!b.isTextual()) {
                    throw new ScenarioException(List.of(problem(doc, BASE + "[" + i + "]", "expected a file name, got "
                            + TreeReader.describe(b), "write the path of a scenario file, e.g. ../organic-production.yaml")));
                }
                refs.add(Map.entry(BASE + "[" + i + "]", b.asText()));
            }
        } else {
            throw new ScenarioException(List.of(problem(doc, BASE, "expected a file name or a list of file names, got "
                    + TreeReader.describe(base), "write e.g. base: ../organic-production.yaml")));
        }
        return refs;
    }

    /** Merges a later layer into the accumulated tree, keeping track of where each value is written. */
    static void merge(ObjectNode acc, LineIndex index, JsonNode layer, LineIndex layerIndex) {
        if (!layer.isObject()) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = layer.fields(); it.hasNext(); ) {
            var f = it.next();
            String k = f.getKey();
            JsonNode v = f.getValue(), old = acc.get(k);
            if (k.equals(BASE)) continue;
            if (old != null && old.isArray() && v.isArray() && (BY_ID.contains(k) || k.equals("ties") || APPENDED.contains(k))) {
                mergeList(k, (ArrayNode) old, index, v, layerIndex);
            } else if (old != null && old.isObject() && v.isObject() && k.equals("parameters")) {
                for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
                    String n = names.next();
                    ((ObjectNode) old).set(n, v.get(n).deepCopy());
                    index.copy(layerIndex, k + "." + n, k + "." + n, true);
                }
            } else {
                acc.set(k, v.deepCopy());
                index.copy(layerIndex, k, k, true);
            }
        }
    }

    private static void mergeList(String k, ArrayNode acc, LineIndex index, JsonNode layer, LineIndex layerIndex) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < acc.size(); i++) {
            String key = entryKey(k, acc.get(i));
            if (key != null) byKey.putIfAbsent(key, i);
        }
        for (int j = 0; j < layer.size(); j++) {
            JsonNode e = layer.get(j);
            // the same event, election or source written in two composed files is one (a shared network's history)
            if (APPENDED.contains(k) && contains(acc, e)) continue;
            String key = entryKey(k, e);
            Integer i = key == null ? null : byKey.get(key);
            String from = k + "[" + j + "]";
            if (i != null && k.equals("ties")) {
                acc.set(i, e.deepCopy());
                index.copy(layerIndex, from, k + "[" + i + "]", true);
            } else if (i != null && acc.get(i).isObject()) {
                ObjectNode target = (ObjectNode) acc.get(i);
                for (Iterator<String> names = e.fieldNames(); names.hasNext(); ) {
                    String n = names.next();
                    target.set(n, e.get(n).deepCopy());
                    index.copy(layerIndex, from + "." + n, k + "[" + i + "]." + n, true);
                }
            } else {
                acc.add(e.deepCopy());
                index.copy(layerIndex, from, k + "[" + (acc.size() - 1) + "]", true);
            }
        }
    }

    private static boolean contains(ArrayNode list, JsonNode e) {
        for (JsonNode x : list) if (withoutNote(x).equals(withoutNote(e))) return true;
        return false;
    }

    /** Events are the same whatever their note says. */
    private static JsonNode withoutNote(JsonNode e) {
        if (!e.isObject() || !e.has("note")) return e;
        ObjectNode c = ((ObjectNode) e).deepCopy();
        c.remove("note");
        return c;
    }

    /** What identifies a list entry across files: an actor's id, a tie's ends and layer; null for appended lists. */
    private static String entryKey(String list, JsonNode e) {
        if (!e.isObject()) return null;
        if (BY_ID.contains(list)) return e.hasNonNull("id") ? e.get("id").asText() : null;
        if (list.equals("ties") && e.hasNonNull("from") && e.hasNonNull("to") && e.hasNonNull("layer")) {
            return e.get("from").asText() + "\u0000" + e.get("to").asText() + "\u0000" + e.get("layer").asText();
        }
        return null;
    }

    /** A base path is relative to the folder of the file that names it. */
    private static String resolve(String file, String ref) {
        Path parent = Path.of(file).getParent();
        return (parent == null ? Path.of(ref) : parent.resolve(ref)).normalize().toString();
    }

    private static String key(String label) {
        return Path.of(label).toAbsolutePath().normalize().toString();
    }

    private static String shortName(String key) {
        return Path.of(key).getFileName().toString();
    }

    private static Problem problem(Doc doc, String path, String message, String fix) {
        return new Problem(doc.file(), doc.index().line(path), path, message, fix);
    }

    private static ScenarioException fail(String file, String message, String fix) {
        return new ScenarioException(List.of(new Problem(file, 0, "", message, fix)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
