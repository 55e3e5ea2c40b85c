package ayni.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FileKindTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static FileKind kind(String file, String yaml) throws Exception {
        return FileKind.of(file, YAML.readTree(yaml));
    }

    @Test
    void everyShippedFileIsTheKindOfItsFolder() throws Exception {
        Map<String, FileKind> byFolder = Map.of("scenarios", FileKind.SCENARIO, "whatif", FileKind.WHATIF,
                "experiments", FileKind.EXPERIMENT, "hypotheses", FileKind.HYPOTHESIS, "patterns", FileKind.PATTERN,
                "calibration", FileKind.CALIBRATION);
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertEquals(byFolder.get(f.getParent().getFileName().toString()), FileKind.of(f), f.toString());
            }
        }
    }

    @Test
    void kindsAreToldApartByTheirKeysWhereverTheFileLies() throws Exception {
        assertEquals(FileKind.HYPOTHESIS, kind("h.yaml", "id: X\nexperiment: e.yaml\ntest: paired-t\n"));
        assertEquals(FileKind.EXPERIMENT, kind("e.yaml", "name: e\nkind: paired\nscenario: s.yaml\n"));
        assertEquals(FileKind.WHATIF, kind("w.yaml", "base: s.yaml\nname: w\nevents: []\n"));
        assertEquals(FileKind.SCENARIO, kind("s.yaml", "base: s.yaml\nname: w\nngos: []\nevents: []\n"));
        assertEquals(FileKind.SCENARIO, kind("s.yaml", "name: s\nstart: 1990-01\n"));
        assertEquals(FileKind.PATTERN, kind("p.yaml", "id: SF1\nchecks: []\n"));
        assertEquals(FileKind.CALIBRATION, kind("c.yaml", "name: c\npriors: {}\n"));
        // a calibration file sets 'parameters' as a scenario does; its own keys decide
        assertEquals(FileKind.CALIBRATION, kind("c.yaml", "name: c\nparameters: []\nsummaries: []\nheldOut: []\n"));
        assertEquals(FileKind.PATTERN, kind("x/patterns/p.yaml", "id: SF1\n"));
        assertEquals(FileKind.CALIBRATION, kind("x/calibration/c.yaml", "name: c\n"));
        // a scenario key wins over the folder: a scenario kept in patterns/ is still a scenario
        assertEquals(FileKind.SCENARIO, kind("x/patterns/s.yaml", "name: s\nsmes: []\n"));
    }

    @Test
    void aFileWithNoDistinctiveKeyIsLeftToItsReader() throws Exception {
        // an experiment whose 'scenario' key is misspelt is still read as an experiment, so the reader names the typo
        Path f = Files.createTempFile("exp", ".yaml");
        try {
            Files.writeString(f, "name: e\ntitle: t\nkind: paired\nscenarioo: s.yaml\n");
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ExperimentReader.load(f, new ExperimentReader.Measures(s -> java.util.Set.of(), java.util.List.of())));
            assertTrue(e.getMessage().contains("unknown key 'scenarioo'"), e.getMessage());
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void aScenarioLoaderGivenAnotherKindSaysSoInOneLine() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("h.yaml", "id: X\nexperiment: e.yaml\ntest: paired-t\n"));
        assertEquals("h.yaml: this is a hypothesis file, not a scenario; fix: run it with 'ayni experiment h.yaml'", e.getMessage());
    }
}
