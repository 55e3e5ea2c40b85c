package ayni.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ayni.stats and its subpackages are numbers in, numbers out: they must not depend on the model or any other Ayni package. */
class IndependenceTest {

    @Test
    void importsNothingFromTheRestOfAyni() throws IOException {
        Path dir = Path.of("src", "main", "java", "ayni", "stats");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() >= 10);
        for (Path p : sources) {
            for (String line : Files.readAllLines(p)) {
                String s = line.strip();
                if (s.startsWith("import ")) {
                    assertTrue(s.startsWith("import java.") || s.startsWith("import org.apache.commons.math3.")
                                    || s.startsWith("import ayni.stats."),
                            p.getFileName() + ": " + s);
                }
            }
        }
    }
}
