package ayni.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Maps each field path of a scenario ("donors[2].budget") to the file and line it is written on. A composed
 * scenario (a what-if over its bases) has paths from several files.
 */
final class LineIndex {
    /** Where a value is written. */
    record Loc(String file, int line) {}

    private final NavigableMap<String, Loc> locs = new TreeMap<>();
    private final String file;
    /** Values written as YAML aliases ({@code *name}): path to alias name, in file order. */
    private final Map<String, String> aliases = new java.util.LinkedHashMap<>();

    private LineIndex(String file) {
        this.file = file;
    }

    static LineIndex of(String file, String yaml) throws IOException {
        LineIndex ix = new LineIndex(file);
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            Deque<Frame> stack = new ArrayDeque<>();
            String pending = "";
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int line = p.currentTokenLocation().getLineNr();
                switch (t) {
                    case FIELD_NAME -> {
                        Frame f = stack.peek();
                        pending = join(f == null ? "" : f.path, p.currentName());
                        ix.mark(pending, line);
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String path = valuePath(stack, pending);
                        ix.mark(path, line);
                        stack.push(new Frame(path, t == JsonToken.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        if (!stack.isEmpty() && stack.peek().array) stack.peek().index++;
                    }
                    default -> {
                        ix.mark(valuePath(stack, pending), line);
                        if (p instanceof YAMLParser y && y.isCurrentAlias()) ix.aliases.put(valuePath(stack, pending), p.getText());
                        if (!stack.isEmpty() && stack.peek().array) stack.peek().index++;
                    }
                }
            }
        }
        return ix;
    }

    private void mark(String path, int line) {
        locs.putIfAbsent(path, new Loc(file, line));
    }

    private static String valuePath(Deque<Frame> stack, String pending) {
        Frame f = stack.peek();
        if (f == null) return "";
        return f.array ? f.path + "[" + f.index + "]" : pending;
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /**
     * Values written as YAML aliases ({@code *name}), path to the alias's name. The YAML reader does not expand
     * aliases (so a file cannot blow up into a huge tree), it reads one as the text of its name: a silent misreading,
     * so the loader refuses them.
     */
    Map<String, String> aliases() {
        return aliases;
    }

    /** The file this index was read from (for a composed one, the top file). */
    String file() {
        return file;
    }

    /** Where a path is written, or its nearest enclosing path; the file itself (line 0) if unknown. */
    Loc locate(String path) {
        String p = path;
        while (true) {
            Loc l = locs.get(p);
            if (l != null) return l;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) return locs.getOrDefault("", new Loc(file, 0));
            p = p.substring(0, cut);
        }
    }

    int line(String path) {
        return locate(path).line();
    }

    // --- composition -------------------------------------------------------------------------------------------

    /** An empty index for a composed scenario whose top file is given. */
    static LineIndex composed(String file) {
        return new LineIndex(file);
    }

    /** Entries at a path and below it. */
    private List<Map.Entry<String, Loc>> under(String prefix) {
        List<Map.Entry<String, Loc>> out = new ArrayList<>();
        for (var e : locs.subMap(prefix, true, prefix + Character.MAX_VALUE, false).entrySet()) {
            String rest = e.getKey().substring(prefix.length());
            if (prefix.isEmpty() || rest.isEmpty() || rest.charAt(0) == '.' || rest.charAt(0) == '[') out.add(e);
        }
        return out;
    }

    /** Copies the locations of {@code from} and below in {@code src} to {@code to} here, replacing what was there. */
    void copy(LineIndex src, String from, String to, boolean replace) {
        if (replace) remove(to);
        for (var e : src.under(from)) locs.put(to + e.getKey().substring(from.length()), e.getValue());
    }

    void remove(String prefix) {
        for (var e : under(prefix)) locs.remove(e.getKey());
    }

    /** Locates the root (messages about the file as a whole) at the given location. */
    void root(Loc loc) {
        locs.put("", loc);
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int index;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
