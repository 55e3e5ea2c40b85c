package ayni.output;

import ayni.agents.Actor;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.MarketOrientation;
import ayni.domain.NgoType;
import ayni.domain.SmeSize;
import ayni.agents.Sme;
import ayni.metrics.TimeSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBubbleRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleEdge;

/** The charts of one run (docs/ODD.md 9.3): each as PNG and SVG, with the run's events marked on the time charts. */
public final class RunCharts {
    private RunCharts() {}

    public static void write(TimeSeries ts, World w, double[] pagerank, EventMarkers.Marks events, String title,
                             String source, Path dir) throws IOException {
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) dates.add(ts.date(i));
        ChartFiles.write(PowerChart.create(ts, "powerPagerank_", "Share of power by actor kind: " + title,
                "Share of power (% of total PageRank)", source, events), dir, "power-by-kind");
        ChartFiles.write(PowerChart.create(ts, "dependence_", "Power-dependence by actor kind: " + title,
                "Share of others' dependence held (%)", source, events), dir, "dependence-by-kind");
        ChartFiles.write(Charts.lines("Centralization of the funding and knowledge layers: " + title,
                "Freeman out-degree centralization (1 = one hub, 0 = all alike)", dates,
                List.of("funding layer", "knowledge layer"),
                List.of(ts.column("centralization_funding"), ts.column("centralization_knowledge")),
                List.of(Charts.PALETTE[0], Charts.PALETTE[1]), 1.0, source, events), dir, "centralization");
        ChartFiles.write(Charts.lines("Informational and anchoring power: " + title, "Share of the power of its kind (%)", dates,
                List.of("informational: donors", "informational: NGOs", "anchoring: NGOs", "anchoring: SMEs"),
                List.of(ts.column("informational_donor"), ts.column("informational_ngo"), ts.column("anchoring_ngo"),
                        ts.column("anchoring_sme")),
                List.of(PowerChart.colour(ActorKind.DONOR), PowerChart.colour(ActorKind.NGO), Charts.PALETTE[1],
                        PowerChart.colour(ActorKind.SME)), Charts.SHARE, source, events), dir, "informational-vs-anchoring");
        ChartFiles.write(Charts.fundingByChannel("Funding by channel: " + title, dates, ts.columns(), ts::column, source,
                events), dir, "funding-by-channel");
        JFreeChart adoption = adoptionBySegment(ts, dates, title, source, events);
        ChartFiles.write(adoption, dir, "adoption-by-segment", ChartFiles.WIDTH, 760 + ChartFiles.extraHeight(adoption));
        List<String> typeLabels = new ArrayList<>();
        List<double[]> types = new ArrayList<>();
        List<Paint> typePaints = new ArrayList<>();
        for (NgoType t : NgoType.values()) {
            typeLabels.add(ngoType(t));
            types.add(ts.column("ngo_" + t.key()));
            typePaints.add(ayni.style.Palette.ngo(t));
        }
        ChartFiles.write(Charts.stacked("NGOs by type: " + title, "NGOs present (count)", dates, typeLabels, types,
                typePaints, null, source, events), dir, "ngos-by-type");
        List<double[]> ngoPower = new ArrayList<>();
        for (NgoType t : NgoType.values()) ngoPower.add(ts.column("powerPagerankNgo_" + t.key()));
        ChartFiles.write(Charts.stacked("NGOs' share of power by NGO type: " + title,
                "Share of all power held by NGOs of the type (% of total PageRank)", dates, typeLabels, ngoPower,
                typePaints, null, source, events), dir, "power-by-ngo-type");
        ChartFiles.write(discourseMap(w, pagerank, title, source), dir, "discourse-map", 900, 820);
    }

    /** "Conventional NGOs", "GONGOs". */
    static String ngoType(NgoType t) {
        return t == NgoType.GONGO ? "GONGOs (government-organised)" : MeasureNames.capital(MeasureNames.words(t.key())) + " NGOs";
    }

    /**
     * Adoption by segment as small multiples: one panel per SME size (with the number of such SMEs at the end, since
     * a segment of a few SMEs jumps by whole SMEs), a line per market orientation and all SMEs as a grey reference.
     */
    static JFreeChart adoptionBySegment(TimeSeries ts, List<String> dates, String title, String source,
                                        EventMarkers.Marks events) {
        List<String> labels = new ArrayList<>();
        List<Paint> paints = new ArrayList<>();
        List<java.awt.Stroke> strokes = new ArrayList<>();
        for (MarketOrientation o : MarketOrientation.values()) {
            labels.add(MeasureNames.capital(MeasureNames.words(o.key())) + " market");
            paints.add(Charts.PALETTE[paints.size() == 0 ? 0 : 3]);
            strokes.add(new BasicStroke(1.8f));
        }
        labels.add("all SMEs");
        paints.add(new Color(120, 120, 120));
        strokes.add(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
        List<Charts.Panel> panels = new ArrayList<>();
        for (SmeSize s : SmeSize.values()) {
            List<double[]> v = new ArrayList<>();
            for (MarketOrientation o : MarketOrientation.values()) v.add(ts.column("adoption_" + Sme.segment(s, o)));
            v.add(ts.column("adoption_all"));
            double[] n = ts.column("sme_" + s.key());
            panels.add(new Charts.Panel(MeasureNames.capital(s.key()) + " SMEs (" + Math.round(n[n.length - 1]) + " at end)", v));
        }
        return Charts.smallMultiples("SME adoption of sustainable practices by size and market: " + title, dates, labels,
                paints, strokes, panels, Charts.SHARE, source + " Share of the segment's SMEs adopting.", events);
    }

    /**
     * Positions of the actors present at the end in the two-dimensional policy realm (§5.4, §8.2): a grey line from
     * where each named actor entered to where it ended, a bubble at the end sized by its share of power (PageRank);
     * SMEs as small dots.
     */
    /** SMEs drawn at most on the discourse map; more are sampled evenly. */
    static final int MAX_SME_DOTS = 5_000;

    private static String ordinalSuffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) return "th";
        return switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
    }

    static JFreeChart discourseMap(World w, double[] pagerank, String title, String source) {
        DefaultXYZDataset bubbles = new DefaultXYZDataset();
        XYBubbleRenderer r = new XYBubbleRenderer(XYBubbleRenderer.SCALE_ON_BOTH_AXES);
        double max = 0;
        for (double v : pagerank) max = Math.max(max, v);
        List<XYLineAnnotation> paths = new ArrayList<>();
        int series = 0;
        XYSeriesCollection dots = new XYSeriesCollection();
        // a whole country's SMEs are drawn as an even sample (every k-th in the keyed order): half a million dots
        // say no more than five thousand, and would take gigabytes as vector graphics
        List<Actor> active = w.active(ActorKind.SME);
        int every = (active.size() + MAX_SME_DOTS - 1) / MAX_SME_DOTS;
        XYSeries smes = new XYSeries(every <= 1 ? "SMEs (end)"
                : String.format(java.util.Locale.ROOT, "SMEs (end; every %,d%s of %,d)", every, ordinalSuffix(every), active.size()));
        for (ActorKind k : ActorKind.values()) {
            List<Actor> list = w.active(k);
            if (k == ActorKind.SME) {
                for (int i = 0; i < list.size(); i += Math.max(1, every)) smes.add(list.get(i).discourse().x(), list.get(i).discourse().y());
                continue;
            }
            if (list.isEmpty()) continue;
            double[][] xyz = new double[3][list.size()];
            for (int i = 0; i < list.size(); i++) {
                Actor a = list.get(i);
                Discourse start = a.entryDiscourse(), end = a.discourse();
                xyz[0][i] = end.x();
                xyz[1][i] = end.y();
                // diameter in axis units: 0.03 for the least powerful, up to 0.15 for the most
                xyz[2][i] = 0.03 + 0.12 * (max > 0 ? Math.sqrt(pagerank[a.index()] / max) : 0);
                if (start.distance(end) > 1e-9) {
                    paths.add(new XYLineAnnotation(start.x(), start.y(), end.x(), end.y(), new BasicStroke(0.8f),
                            new Color(120, 120, 120)));
                }
            }
            bubbles.addSeries(PowerChart.label(k) + " (end, size = power)", xyz);
            Color c = (Color) PowerChart.colour(k);
            r.setSeriesPaint(series++, new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
        }
        dots.addSeries(smes);
        NumberAxis x = new NumberAxis("x: self-sustaining / rights (−1) .. liberal market (+1)");
        NumberAxis y = new NumberAxis("y: communitarian (−1) .. individualistic (+1)");
        x.setRange(-1.1, 1.1);
        y.setRange(-1.1, 1.1);
        XYPlot plot = new XYPlot(bubbles, x, y, r);
        XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
        dotRenderer.setSeriesShape(0, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        dotRenderer.setSeriesPaint(0, new Color(44, 160, 44, 90));
        plot.setDataset(1, dots);
        plot.setRenderer(1, dotRenderer);
        for (XYLineAnnotation a : paths) plot.addAnnotation(a);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Discourse map at the end (grey lines: from entry position): " + title,
                new Font("SansSerif", Font.BOLD, 13), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        TextTitle src = new TextTitle(source, new Font("SansSerif", Font.PLAIN, 10));
        src.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(src);
        return chart;
    }
}
