package ayni.output;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Writes a chart as PNG and SVG side by side ({@code name.png}, {@code name.svg}); inside
 * {@link OutputJobs#collect} the drawing becomes a job on the output threads.
 */
public final class ChartFiles {
    public static final int WIDTH = 1100, HEIGHT = 620;

    private ChartFiles() {}

    public static void write(JFreeChart chart, Path dir, String name) throws IOException {
        write(chart, dir, name, WIDTH, HEIGHT);
    }

    public static void write(JFreeChart chart, Path dir, String name, int width, int height) throws IOException {
        OutputJobs jobs = OutputJobs.collecting();
        if (jobs != null) jobs.submit(name, () -> draw(chart, dir, name, width, height));
        else draw(chart, dir, name, width, height);
    }

    private static void draw(JFreeChart chart, Path dir, String name, int width, int height) throws IOException {
        ChartUtilities.saveChartAsPNG(dir.resolve(name + ".png").toFile(), chart, width, height);
        Document doc = GenericDOMImplementation.getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new java.awt.Dimension(width, height));
        chart.draw(g, new Rectangle(0, 0, width, height));
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(dir.resolve(name + ".svg")), StandardCharsets.UTF_8)) {
            g.stream(w, true);
        }
        g.dispose();
    }
}
