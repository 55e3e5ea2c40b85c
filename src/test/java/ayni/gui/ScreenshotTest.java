package ayni.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screenshot mode end to end under a virtual screen: {@code ayni gui SCENARIO --screenshot FILE --after-steps 24}
 * in a separate JVM under {@code xvfb-run}. Skipped where xvfb-run is not installed (.ci/run installs it when it can).
 */
class ScreenshotTest {
    @TempDir
    Path tmp;

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) if (Files.isExecutable(Path.of(dir, program))) return true;
        return false;
    }

    @Test
    void theScreenshotShowsTheConsoleTheNetworkAndTheChartsAfter24Months() throws Exception {
        Assumptions.assumeTrue(onPath("xvfb-run"), "xvfb-run is not installed");
        Path png = tmp.resolve("gui.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of("xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", java, "-Djava.awt.headless=false",
                "-cp", System.getProperty("java.class.path"), "ayni.cli.Main", "gui", "scenarios/organic-production.yaml",
                "--screenshot", png.toString(), "--after-steps", "24", "--lever", "withdraw-donor:other-agencies@12");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        boolean done = p.waitFor(90, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly();
        String log = Files.readString(tmp.resolve("log.txt"));
        assertTrue(done, "finished within 90 s: " + log);
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("withdraw-donor other-agencies applies in 1991-01"), log);
        assertTrue(!log.contains("Java3D") && !log.contains("Not all classes loaded"), log);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(AyniWithUI.WIDTH, img.getWidth());
        assertEquals(AyniWithUI.HEIGHT, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() > 200, "not blank: " + colours.size() + " colours");
        // the network display's centre is not empty white, and the power chart has its kind colours
        assertTrue(distinct(img, AyniWithUI.DISPLAY.x + 200, 250, AyniWithUI.DISPLAY.x + 520, 550) > 20, "network drawn");
        assertTrue(distinct(img, 0, AyniWithUI.CHARTS.y + 40, 480, AyniWithUI.HEIGHT - 40) > 10, "power chart drawn");
    }

    private static int distinct(BufferedImage img, int x0, int y0, int x1, int y1) {
        Set<Integer> c = new HashSet<>();
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) c.add(img.getRGB(x, y));
        return c.size();
    }
}
