package ayni.output;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.metrics.NetworkSnapshot;
import ayni.style.Palette;
import ayni.style.RingLayout;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;

/**
 * A picture of the network at one month: actors on concentric rings by kind (donors outside, then government and
 * companies, platforms, NGOs, SMEs in the middle), sorted by domain so each domain fills a sector; node area by share
 * of power (PageRank); ties coloured by layer, width by weight; named actors labelled. PNG and SVG.
 */
public final class NetworkPicture {
    public static final int SIZE = 1100;
    private NetworkPicture() {}

    public static void write(NetworkSnapshot s, String title, Path dir, String name) throws IOException {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        draw(g, s, title);
        g.dispose();
        PngEncoder.write(img, dir.resolve(name + ".png"));
        SVGGraphics2D svg = new SVGGraphics2D(GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null));
        svg.setSVGCanvasSize(new java.awt.Dimension(SIZE, SIZE));
        draw(svg, s, title);
        try (Writer w = TextFile.writer(dir.resolve(name + ".svg"))) {
            svg.stream(w, true);
        }
    }

    /** Positions on the rings ({@link RingLayout}): index → {x, y} in pixels. */
    static Map<Integer, double[]> layout(NetworkSnapshot s) {
        List<RingLayout.Item> items = new ArrayList<>();
        for (NetworkSnapshot.Node n : s.nodes()) {
            items.add(new RingLayout.Item(n.index(), n.id(), ActorKind.valueOf(n.kind().toUpperCase()), n.domain()));
        }
        Map<Integer, double[]> pos = RingLayout.place(items);
        for (double[] p : pos.values()) {
            p[0] *= SIZE;
            p[1] = p[1] * SIZE + 40;
        }
        return pos;
    }

    static void draw(Graphics2D g, NetworkSnapshot s, String title) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        Map<Integer, double[]> pos = layout(s);
        for (NetworkSnapshot.Link l : s.links()) {
            double[] a = pos.get(l.from()), b = pos.get(l.to());
            if (a == null || b == null) continue;
            g.setColor(Palette.tie(Layer.valueOf(l.layer().toUpperCase())));
            g.setStroke(new BasicStroke(Palette.tieWidth(l.weight())));
            g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
        }
        double max = 0;
        for (NetworkSnapshot.Node n : s.nodes()) max = Math.max(max, n.pagerank());
        g.setFont(new Font("SansSerif", Font.PLAIN, 9));
        for (NetworkSnapshot.Node n : s.nodes()) {
            double[] p = pos.get(n.index());
            ActorKind k = ActorKind.valueOf(n.kind().toUpperCase());
            double d = k == ActorKind.SME ? 3 + 6 * Math.sqrt(n.pagerank() / max) : 5 + 22 * Math.sqrt(n.pagerank() / max);
            g.setColor((Color) PowerChart.colour(k));
            g.fill(new Ellipse2D.Double(p[0] - d / 2, p[1] - d / 2, d, d));
            if (k != ActorKind.SME) {
                g.setColor(Color.DARK_GRAY);
                String label = n.label().length() > 28 ? n.label().substring(0, 26) + ".." : n.label();
                g.drawString(label, (float) (p[0] + d / 2 + 2), (float) (p[1] + 3));
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font("SansSerif", Font.BOLD, 15));
        g.drawString("Network in " + s.month() + ": " + (title.length() > 90 ? title.substring(0, 88) + ".." : title), 20, 28);
        g.setFont(new Font("SansSerif", Font.PLAIN, 11));
        int y = 52;
        for (ActorKind k : ActorKind.values()) {
            g.setColor((Color) PowerChart.colour(k));
            g.fill(new Ellipse2D.Double(20, y - 9, 10, 10));
            g.setColor(Color.BLACK);
            g.drawString(PowerChart.label(k), 36, y);
            y += 16;
        }
        y += 6;
        for (Layer l : Layer.values()) {
            g.setColor(Palette.layer(l));
            g.setStroke(new BasicStroke(3f));
            g.draw(new Line2D.Double(20, y - 4, 32, y - 4));
            g.setColor(Color.BLACK);
            g.drawString(l.key() + " ties", 36, y);
            y += 16;
        }
        g.drawString("Rings from outside: donors; government and companies; platforms; NGOs; SMEs. Node size: share of power (PageRank).",
                20, SIZE - 12);
    }
}
