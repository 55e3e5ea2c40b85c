package ayni.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** "Did you mean": the known word closest to a typo by edit distance, if it is close enough. */
public final class Suggest {
    private Suggest() {}

    public static String closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }

    /**
     * The existing file whose name is closest to a missing one: first among its folder's files, then among the YAML
     * files under scenarios/ (two levels down), so "scenarios/organic-productin.yaml" finds
     * "scenarios/organic-production.yaml" and "w01.yaml" finds nothing. Null when none is close.
     */
    public static String nearestFile(Path missing) {
        String name = missing.getFileName() == null ? "" : missing.getFileName().toString();
        Path parent = missing.getParent() != null ? missing.getParent() : Path.of(".");
        String near = nearest(name, files(parent, 1));
        return near != null ? near : nearest(name, files(Path.of("scenarios"), 2));
    }

    private static String nearest(String name, List<Path> candidates) {
        String best = closest(name, names(candidates));
        for (Path p : candidates) if (p.getFileName().toString().equals(best)) return p.normalize().toString();
        return null;
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }

    private static List<Path> files(Path dir, int depth) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
