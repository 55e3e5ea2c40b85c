package ayni.scenario;

import ayni.domain.Discourse;
import ayni.domain.Keyed;
import ayni.scenario.Specs.Range;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads typed values out of a YAML tree, collecting a {@link Problem} for each wrong one instead of stopping. */
final class TreeReader {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final String file;
    private final LineIndex lines;
    final List<Problem> problems = new ArrayList<>();

    TreeReader(String file, LineIndex lines) {
        this.file = file;
        this.lines = lines;
    }

    /** A plain YAML file opened for reading: its reader (whose problems name the file), its tree, name and hash. */
    record Opened(TreeReader r, JsonNode root, String file, String sha256) {}

    /**
     * Reads one plain YAML file (no bases) and checks that its top level is a mapping of the keys {@code top}; throws
     * the problems if not.
     */
    static Opened open(java.nio.file.Path path, List<String> top) throws ScenarioException {
        Composer.Composed c = Composer.plain(path);
        String file = c.files().get(0);
        TreeReader r = new TreeReader(file, c.index());
        JsonNode root = c.tree();
        if (!r.object(root, "", top)) throw new ScenarioException(r.problems);
        return new Opened(r, root, file, c.sha256());
    }

    void problem(String path, String message, String fix) {
        LineIndex.Loc at = lines.locate(path);
        problems.add(new Problem(at.file(), at.line(), path, message, fix));
    }

    static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Checks that node is a mapping whose keys are all known; suggests the closest known key for a typo. */
    boolean object(JsonNode node, String path, Collection<String> known) {
        if (node == null || !node.isObject()) {
            problem(path, "expected a mapping of keys (" + String.join(", ", known) + ")", "write it as 'key: value' lines");
            return false;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                String near = Suggest.closest(key, known);
                problem(at(path, key), "unknown key '" + key + "'",
                        near != null ? "did you mean '" + near + "'?" : "known keys are: " + String.join(", ", known));
            }
        }
        return true;
    }

    JsonNode child(JsonNode node, String path, String key, boolean required) {
        JsonNode v = node.get(key);
        if ((v == null || v.isNull()) && required) {
            problem(path, "missing required key '" + key + "'", "add '" + key + ": ...'");
        }
        return v == null || v.isNull() ? null : v;
    }

    String text(JsonNode node, String path, String key, boolean required, String def) {
        JsonNode v = child(node, path, key, required);
        if (v == null) return def;
        if (!v.isValueNode()) {
            problem(at(path, key), "expected text, got a " + kind(v), "write a single value");
            return def;
        }
        return v.asText();
    }

    String id(JsonNode node, String path, String key) {
        String s = text(node, path, key, true, null);
        if (s != null && !ID.matcher(s).matches()) {
            problem(at(path, key), "'" + s + "' is not a valid id",
                    "use lowercase letters, digits and hyphens, starting with a letter or digit (e.g. 'rae-peru')");
            return null;
        }
        return s;
    }

    double number(JsonNode node, String path, String key, boolean required, double def, double min, double max, String unit) {
        JsonNode v = child(node, path, key, required);
        if (v == null) return def;
        String p = at(path, key);
        if (!v.isNumber()) {
            problem(p, "expected a number (" + unit + "), got " + describe(v), "write a number such as " + Parameters.fmt(def));
            return def;
        }
        double d = v.asDouble();
        if (!(d >= min && d <= max)) {
            problem(p, Parameters.fmt(d) + " is out of range", "use a value between " + Parameters.fmt(min) + " and "
                    + Parameters.fmt(max) + " (" + unit + ")");
            return def;
        }
        return d;
    }

    int integer(JsonNode node, String path, String key, boolean required, int def, int min, int max, String unit) {
        JsonNode v = child(node, path, key, required);
        if (v == null) return def;
        String p = at(path, key);
        boolean whole = v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble())
                && Math.abs(v.asDouble()) < 9e15);
        if (!whole) {
            problem(p, "expected a whole number (" + unit + "), got " + describe(v), "write a whole number such as " + def);
            return def;
        }
        long l = v.isIntegralNumber() ? v.asLong() : (long) v.asDouble();
        if (l < min || l > max || (v.isIntegralNumber() && !v.canConvertToInt())) {
            problem(p, v.asText() + " is out of range", "use a whole number between " + min + " and " + max + " (" + unit + ")");
            return def;
        }
        return (int) l;
    }

    long longValue(JsonNode node, String path, String key, long def) {
        JsonNode v = child(node, path, key, false);
        if (v == null) return def;
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            problem(at(path, key), "expected a whole number, got " + describe(v), "write a whole number such as 42");
            return def;
        }
        return v.asLong();
    }

    boolean bool(JsonNode node, String path, String key, boolean def) {
        JsonNode v = child(node, path, key, false);
        if (v == null) return def;
        if (!v.isBoolean()) {
            problem(at(path, key), "expected true or false, got " + describe(v), "write true or false");
            return def;
        }
        return v.asBoolean();
    }

    YearMonth month(JsonNode node, String path, String key, boolean required) {
        JsonNode v = child(node, path, key, required);
        return v == null ? null : month(v, at(path, key));
    }

    YearMonth month(JsonNode v, String p) {
        String s = v.asText();
        if (v.isValueNode() && MONTH.matcher(s).matches()) {
            try {
                return YearMonth.parse(s);
            } catch (DateTimeParseException e) {
                // falls through to the problem below
            }
        }
        if (v.isValueNode() && MONTH.matcher(s).matches()) {
            problem(p, "month " + s.substring(5) + " of " + s + " does not exist", "months run from 01 to 12");
        } else {
            problem(p, "expected a month as YYYY-MM, got " + describe(v), "write for example 2010-04");
        }
        return null;
    }

    <E extends Enum<E> & Keyed> E choice(JsonNode node, String path, String key, Class<E> type, boolean required, E def) {
        String s = text(node, path, key, required, null);
        if (s == null) return def;
        E e = Keyed.byKey(type, s);
        if (e == null) {
            List<String> keys = new ArrayList<>();
            for (E c : type.getEnumConstants()) keys.add(c.key());
            String near = Suggest.closest(s, keys);
            problem(at(path, key), "'" + s + "' is not one of: " + Keyed.keys(type),
                    near != null ? "did you mean '" + near + "'?" : "use one of: " + Keyed.keys(type));
            return def;
        }
        return e;
    }

    /** A mapping from enum keys to non-negative weights, e.g. {ngo: 0.7, platform: 0.3}. */
    <E extends Enum<E> & Keyed> Map<E, Double> weights(JsonNode node, String path, String key, Class<E> type,
                                                       boolean required, double max, String unit) {
        Map<E, Double> m = new EnumMap<>(type);
        JsonNode v = child(node, path, key, required);
        if (v == null) return m;
        String p = at(path, key);
        List<String> keys = new ArrayList<>();
        for (E c : type.getEnumConstants()) keys.add(c.key());
        if (!object(v, p, keys)) return m;
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            E e = Keyed.byKey(type, k);
            if (e != null) m.put(e, number(v, p, k, true, 0, 0, max, unit));
        }
        return m;
    }

    Discourse discourse(JsonNode node, String path, String key, boolean required, Discourse def) {
        double[] xy = pair(node, path, key, required, -1, 1, "discourse position [x, y], each from -1 to 1");
        return xy == null ? def : new Discourse(xy[0], xy[1]);
    }

    Range range(JsonNode node, String path, String key, Range def) {
        double[] r = pair(node, path, key, false, 0, 1, "range [low, high] within 0..1");
        if (r == null) return def;
        if (r[0] > r[1]) {
            problem(at(path, key), "low " + r[0] + " is above high " + r[1], "write the smaller value first");
            return def;
        }
        return new Range(r[0], r[1]);
    }

    private double[] pair(JsonNode node, String path, String key, boolean required, double min, double max, String what) {
        JsonNode v = child(node, path, key, required);
        if (v == null) return null;
        String p = at(path, key);
        if (!v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()) {
            problem(p, "expected a " + what + ", got " + describe(v), "write two numbers in brackets, e.g. [0.2, -0.5]");
            return null;
        }
        double a = v.get(0).asDouble(), b = v.get(1).asDouble();
        if (a < min || a > max || b < min || b > max) {
            problem(p, "[" + a + ", " + b + "] is out of range", "each value must lie between " + Parameters.fmt(min)
                    + " and " + Parameters.fmt(max));
            return null;
        }
        return new double[] {a, b};
    }

    List<String> texts(JsonNode node, String path, String key) {
        List<String> out = new ArrayList<>();
        JsonNode v = child(node, path, key, false);
        if (v == null) return out;
        if (!v.isArray()) {
            problem(at(path, key), "expected a list, got " + describe(v), "write [a, b, c] or one '- item' per line");
            return out;
        }
        for (JsonNode e : v) out.add(e.asText());
        return out;
    }

    List<YearMonth> months(JsonNode node, String path, String key) {
        List<YearMonth> out = new ArrayList<>();
        JsonNode v = child(node, path, key, false);
        if (v == null) return out;
        if (!v.isArray()) {
            problem(at(path, key), "expected a list of months, got " + describe(v), "write [1990-07, 1995-07]");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            YearMonth m = month(v.get(i), at(path, key) + "[" + i + "]");
            if (m != null) out.add(m);
        }
        return out;
    }

    /** Items of a list-valued key, each paired with its path. */
    List<Map.Entry<String, JsonNode>> items(JsonNode node, String key) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) return out;
        if (!v.isArray()) {
            problem(key, "expected a list, got " + describe(v), "write one '- ' entry per line");
            return out;
        }
        for (int i = 0; i < v.size(); i++) out.add(Map.entry(key + "[" + i + "]", v.get(i)));
        return out;
    }

    Map<String, Double> numbersByName(JsonNode node, String path, Set<String> known) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (node == null) return m;
        if (!object(node, path, known)) return m;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!known.contains(e.getKey())) continue;
            if (!e.getValue().isNumber()) {
                problem(at(path, e.getKey()), "expected a number, got " + describe(e.getValue()), "write a number");
            } else {
                m.put(e.getKey(), e.getValue().asDouble());
            }
        }
        return m;
    }

    private static String kind(JsonNode v) {
        if (v.isObject()) return "mapping";
        if (v.isArray()) return "list";
        return "value";
    }

    static String describe(JsonNode v) {
        if (v.isTextual()) {
            String t = v.asText();
            return "'" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "'"; // a whole block of text would bury the problem
        }
        if (v.isObject()) return "a mapping";
        if (v.isArray()) return "a list";
        return v.asText();
    }
}
