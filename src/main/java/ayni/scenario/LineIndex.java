package ayni.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Maps each field path of a YAML document ("donors[2].budget") to the line it is on. */
final class LineIndex {
    private final Map<String, Integer> lines = new HashMap<>();

    LineIndex(String yaml) throws IOException {
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
                        lines.putIfAbsent(pending, line);
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String path = valuePath(stack, pending);
                        lines.putIfAbsent(path, line);
                        stack.push(new Frame(path, t == JsonToken.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        if (!stack.isEmpty() && stack.peek().array) stack.peek().index++;
                    }
                    default -> {
                        String path = valuePath(stack, pending);
                        lines.putIfAbsent(path, line);
                        if (!stack.isEmpty() && stack.peek().array) stack.peek().index++;
                    }
                }
            }
        }
    }

    private static String valuePath(Deque<Frame> stack, String pending) {
        Frame f = stack.peek();
        if (f == null) return "";
        return f.array ? f.path + "[" + f.index + "]" : pending;
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** The line of a path, or of its nearest enclosing path; 0 if unknown. */
    int line(String path) {
        String p = path;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) return l;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) return lines.getOrDefault("", 0);
            p = p.substring(0, cut);
        }
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
