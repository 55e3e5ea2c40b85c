package ayni.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A YAML file under a scenarios folder, with its kind and title, for {@code ayni list}. */
public record ShippedFile(Path path, FileKind kind, String title) {
    /** Every .yaml file under {@code folder} (all levels), sorted by path; files that do not parse are listed as such. */
    public static List<ShippedFile> under(Path folder) {
        List<Path> paths;
        try (Stream<Path> s = Files.walk(folder, 4)) {
            paths = s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        List<ShippedFile> out = new ArrayList<>();
        for (Path p : paths) {
            try {
                JsonNode root = Composer.plain(p).tree();
                JsonNode t = root.isObject() ? root.get("title") : null;
                out.add(new ShippedFile(p, FileKind.of(p.toString(), root), t != null && t.isTextual() ? t.asText() : ""));
            } catch (ScenarioException e) {
                out.add(new ShippedFile(p, FileKind.SCENARIO, "(cannot be read: ayni validate " + p + " says why)"));
            }
        }
        return out;
    }
}
