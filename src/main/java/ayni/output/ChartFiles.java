package ayni.output;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Writes a chart as PNG and SVG side by side ({@code name.png}, {@code name.svg}); inside
 * {@link OutputJobs#collect} the drawing becomes a job on the output threads.
 */
public final class ChartFiles {
    public static final int WIDTH = 1100, HEIGHT = 620;

    private ChartFiles() {}

    /** At the standard size, taller by the lines of an event key under the chart. */
    public static void write(JFreeChart chart, Path dir, String name) throws IOException {
        write(chart, dir, name, WIDTH, HEIGHT + extraHeight(chart));
    }

    /** Pixels an event key needs ({@link EventMarkers.Key}), about 13 a line. */
    static int extraHeight(JFreeChart chart) {
        int h = 0;
        for (Object t : chart.getSubtitles()) if (t instanceof EventMarkers.Key k) h += 13 * k.lines + 8;
        return h;
    }

    public static void write(JFreeChart chart, Path dir, String name, int width, int height) throws IOException {
        OutputJobs jobs = OutputJobs.collecting();
        if (jobs != null) jobs.submit(name, () -> draw(chart, dir, name, width, height));
        else draw(chart, dir, name, width, height);
    }

    private static void draw(JFreeChart chart, Path dir, String name, int width, int height) throws IOException {
        try (java.io.OutputStream png = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve(name + ".png")));
             Writer svg = TextFile.writer(dir.resolve(name + ".svg"))) {
            draw(chart, png, svg, name, width, height);
        }
    }

    private static void draw(JFreeChart chart, java.io.OutputStream png, Writer svg, String name, int width, int height)
            throws IOException {
        PngEncoder.write(chart.createBufferedImage(width, height), png);
        Document doc = GenericDOMImplementation.getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
        // ids unique to the chart ("power-by-kind-clipPath3"), so several charts can share one page (report.html)
        ctx.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String prefix) {
                return super.generateID(name + "-" + prefix);
            }
        });
        SVGGraphics2D g = new SVGGraphics2D(ctx, false);
        g.setSVGCanvasSize(new java.awt.Dimension(width, height));
        chart.draw(g, new Rectangle(0, 0, width, height));
        g.stream(svg, true);
        g.dispose();
    }

    /**
     * Draws a small chart as PNG and SVG into nothing on a background thread, so that loading and initialising the
     * drawing stack (AWT's headless toolkit, fonts, JFreeChart, Batik, the PNG encoder: several hundred ms) happens
     * while the simulation runs on the other core, not after it (docs/ODD.md 10.1). What it draws is thrown away;
     * it changes no output, and if it fails the charts only pay that time later.
     */
    public static void warmUp() {
        Thread t = new Thread(() -> {
            try {
                JFreeChart c = Charts.lines("warm-up", "value", java.util.List.of("2000-01", "2000-02"), java.util.List.of("a"),
                        java.util.List.of(new double[] {0, 1}), java.util.List.of(Charts.PALETTE[0]), Charts.SHARE, "source",
                        EventMarkers.Marks.NONE);
                draw(c, java.io.OutputStream.nullOutputStream(), Writer.nullWriter(), "warm-up", WIDTH / 4, HEIGHT / 4);
            } catch (IOException | RuntimeException e) {
                // nothing to do: the first real chart initialises what this could not
            }
        }, "ayni-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Writes several charts as one picture, {@code columns} to a row, each {@code cell} pixels wide and high. */
    public static void writeGrid(java.util.List<JFreeChart> charts, int columns, int cellWidth, int cellHeight, Path dir,
                                 String name) throws IOException {
        int rows = (charts.size() + columns - 1) / columns;
        int width = columns * cellWidth, height = Math.max(1, rows) * cellHeight;
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D png = img.createGraphics();
        png.setColor(java.awt.Color.WHITE);
        png.fillRect(0, 0, width, height);
        png.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        Document doc = GenericDOMImplementation.getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGraphics2D svg = new SVGGraphics2D(doc);
        svg.setSVGCanvasSize(new java.awt.Dimension(width, height));
        for (int i = 0; i < charts.size(); i++) {
            Rectangle cell = new Rectangle((i % columns) * cellWidth, (i / columns) * cellHeight, cellWidth, cellHeight);
            charts.get(i).draw(png, cell);
            charts.get(i).draw(svg, cell);
        }
        png.dispose();
        PngEncoder.write(img, dir.resolve(name + ".png"));
        try (Writer w = TextFile.writer(dir.resolve(name + ".svg"))) {
            svg.stream(w, true);
        }
        svg.dispose();
    }
}
