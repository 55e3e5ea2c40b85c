package ayni.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.agents.Actor;
import ayni.domain.ActorKind;
import ayni.metrics.StepObserver;
import ayni.metrics.TimeSeries;
import ayni.model.AyniModel;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioLoader;
import java.awt.geom.Rectangle2D;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

/** What a class sees on a projector: dated axes, a few non-colliding names, names in pickers, steps as months. */
class ProjectorViewTest {
    @Test
    void chartAxesAreDatedFromTheFirstMonthAndSpanAtLeastAYear() {
        LiveCharts c = new LiveCharts(1, 4);
        c.reset(YearMonth.of(1990, 1));
        assertEquals("1990-01..1991-01", c.axisMonths());
        StepObserver o = new StepObserver();
        AyniModel m = new AyniModel(organic(), organic().seed(), organic().parameters());
        m.addObserver(o);
        m.start();
        m.runStep();
        TimeSeries ts = o.series();
        c.append(ts.columns(), List.of(ts.date(0)), List.of(ts.row(0)));
        assertEquals("1990-01..1991-01", c.axisMonths(), "after one month the axis still shows a year of months");
        List<String> dates = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            m.runStep();
        }
        for (int i = 1; i < ts.size(); i++) {
            dates.add(ts.date(i));
            rows.add(ts.row(i));
        }
        c.append(ts.columns(), dates, rows);
        assertEquals("1990-01..1991-10", c.axisMonths(), "the axis grows with the months played");
    }

    private static Scenario organicScenario;

    private static Scenario organic() {
        try {
            if (organicScenario == null) organicScenario = ScenarioLoader.load(Path.of("scenarios/organic-production.yaml"));
            return organicScenario;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyTheMostPowerfulNamedActorsAreLabelledAndNoLabelsCollide() {
        StepObserver o = new StepObserver();
        AyniModel m = new AyniModel(organic(), organic().seed(), organic().parameters());
        m.addObserver(o);
        m.start();
        for (int i = 0; i < 120; i++) m.runStep();
        NetworkField f = new NetworkField();
        f.reset(m.world());
        f.update(o.pagerank());
        List<ActorNode> labelled = new ArrayList<>(), named = new ArrayList<>();
        for (Object x : f.nodes.getAllObjects()) {
            ActorNode n = (ActorNode) x;
            Actor a = n.actor();
            if (f.labelled(n)) labelled.add(n);
            if (a.kind() != ActorKind.SME && a.name() != null && !a.name().equals(a.id())) named.add(n);
        }
        assertTrue(named.size() > NetworkField.MAX_LABELS, "the test needs more named actors than labels: " + named.size());
        assertTrue(labelled.size() >= 8 && labelled.size() <= NetworkField.MAX_LABELS, "labelled " + labelled.size());
        ActorNode strongest = named.stream().max(java.util.Comparator.comparingDouble(ActorNode::share)).orElseThrow();
        assertTrue(f.labelled(strongest), "the most powerful named actor is labelled: " + strongest.actor().name());
        List<Rectangle2D> boxes = new ArrayList<>();
        for (RingGuides.Guide g : RingGuides.guides()) boxes.add(g.labelBox()); // the rings' names are kept clear too
        for (ActorNode n : labelled) {
            assertFalse(n.actor().kind() == ActorKind.SME || n.actor().name().equals(n.actor().id()), n.actor().id());
            NodeStyle s = n.style(f.maxShare());
            Double2D p = f.nodes.getObjectLocation(n);
            double r = s.diameter() / 2;
            Rectangle2D text = NetworkField.labelBox(p, r, s.label(), f.labelLeft(n));
            assertTrue(text.getMinX() >= 0 && text.getMaxX() <= NetworkField.SIZE, n.actor().name() + " runs off the field");
            for (Rectangle2D b : boxes) assertFalse(b.intersects(text), n.actor().name() + " collides");
            boxes.add(text);
        }
    }

    @Test
    void everyRingIsGuidedAndNamedByItsKindsWithoutOverlaps() {
        List<RingGuides.Guide> guides = RingGuides.guides();
        assertEquals(List.of("Donors", "Government and Companies", "Platforms", "NGOs", "SMEs"),
                guides.stream().map(RingGuides.Guide::name).toList());
        for (int i = 0; i < guides.size(); i++) {
            RingGuides.Guide g = guides.get(i);
            assertTrue(g.labelBox().getMinY() > 0 && g.labelBox().getMaxX() < NetworkField.SIZE, g.name());
            if (i > 0) assertTrue(g.radius() < guides.get(i - 1).inner(), "rings from the outside in");
            for (int j = 0; j < i; j++) assertFalse(g.labelBox().intersects(guides.get(j).labelBox()), g.name());
        }
        // each actor sits on its kind's ring (SMEs within their band)
        StepObserver o = new StepObserver();
        AyniModel m = new AyniModel(organic(), organic().seed(), organic().parameters());
        m.addObserver(o);
        m.start();
        m.runStep();
        NetworkField f = new NetworkField();
        f.reset(m.world());
        f.update(o.pagerank());
        for (Object x : f.nodes.getAllObjects()) {
            ActorNode n = (ActorNode) x;
            Double2D p = f.nodes.getObjectLocation(n);
            double r = Math.hypot(p.x - NetworkField.SIZE / 2, p.y - NetworkField.SIZE / 2);
            RingGuides.Guide g = guides.stream().filter(q -> q.name().contains(ayni.style.Palette.label(n.actor().kind())))
                    .findFirst().orElseThrow();
            assertTrue(r >= g.inner() - 1e-6 && r <= g.radius() + 1e-6, n.actor().id() + " off its ring " + g.name());
        }
    }

    @Test
    void theNetworkFillsItsPane() {
        assertEquals((680 - 24) / (double) NetworkDisplay.SIDE, NetworkDisplay.fitting(760, 680), 1e-12);
        assertEquals((1000 - 24) / (double) NetworkDisplay.SIDE, NetworkDisplay.fitting(1000, 1400), 1e-12);
        assertEquals(NetworkDisplay.MIN_SCALE, NetworkDisplay.fitting(100, 100), 1e-12);
    }

    @Test
    void liveChartEventsAreNumberedMarksWhoseNumbersNeverOverprint() {
        StepObserver o = new StepObserver();
        AyniModel m = new AyniModel(organic(), organic().seed(), organic().parameters());
        m.addObserver(o);
        m.start();
        // an election pulled in 2008-07, half a year from the events of 2008-01 and 2009-01: three marks close together
        for (int i = 0; i < 222; i++) m.runStep();
        m.pull(ayni.model.Lever.ELECTION, null);
        for (int i = 222; i < 240; i++) m.runStep();
        TimeSeries ts = o.series();
        LiveCharts c = new LiveCharts(1, 4);
        c.reset(YearMonth.parse(ts.date(0)));
        List<String> dates = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            dates.add(ts.date(i));
            rows.add(ts.row(i));
        }
        c.append(ts.columns(), dates, rows);
        ayni.output.EventMarkers.Marks marks = AyniWithUI.marks(m.eventLog().entries(), ayni.output.EventWords.names(organic()));
        assertTrue(marks.numbered().size() >= 5, marks.key().toString());
        c.mark(marks);
        List<org.jfree.chart.plot.ValueMarker> numbered = c.numberedMarkers();
        assertEquals(marks.numbered().size(), numbered.size());
        // the axis runs from the first month to the month after the last; a number takes about 5 % of it
        YearMonth first = YearMonth.parse(ts.date(0)), end = YearMonth.parse(ts.date(ts.size() - 1)).plusMonths(1);
        double span = java.time.temporal.ChronoUnit.MONTHS.between(first, end);
        int closePairs = 0;
        for (int i = 0; i < numbered.size(); i++) {
            assertEquals(Integer.toString(i + 1), numbered.get(i).getLabel(), "numbers, not words, on the chart");
            for (int j = 0; j < i; j++) {
                boolean close = java.time.temporal.ChronoUnit.MONTHS.between(marks.numbered().get(j).month(),
                        marks.numbered().get(i).month()) / span < 0.05;
                if (close) assertFalse(numbered.get(i).getLabelOffset().equals(numbered.get(j).getLabelOffset()),
                        "marks " + (j + 1) + " and " + (i + 1) + " are close and share a row");
                closePairs += close ? 1 : 0;
            }
        }
        assertTrue(closePairs >= 2, "the lever's mark is close to its neighbours: " + closePairs);
        // the key beside the charts says in words what each number is, with names, not ids
        List<String> log = AyniWithUI.logLines(m.eventLog().entries(), ayni.output.EventWords.names(organic()));
        for (ayni.output.EventMarkers.Mark mk : marks.numbered()) assertTrue(log.contains(mk.keyLine()), mk.keyLine());
        assertTrue(log.stream().noneMatch(l -> l.contains("oxfam-novib") || l.contains("donorExit")), log.toString());
    }

    @Test
    void theDonorPickerShowsNamesAndTheLeverTakesTheId() {
        ClassroomPanel.Choice c = new ClassroomPanel.Choice("bread-for-the-world", "Bread for the World");
        JComboBox<ClassroomPanel.Choice> box = new JComboBox<>(new ClassroomPanel.Choice[] {c});
        assertEquals("Bread for the World", String.valueOf(box.getItemAt(0)));
        assertEquals("bread-for-the-world", box.getItemAt(0).id());
    }

    @Test
    void theConsoleCountsStepsSoItAgreesWithTheHeadersMonth() {
        JPanel console = new JPanel();
        JPanel inner = new JPanel();
        JComboBox<String> timeBox = new JComboBox<>(new String[] {"Time", "Steps", "Rate"});
        inner.add(timeBox);
        console.add(inner);
        AyniWithUI.showSteps(console);
        assertEquals("Steps", timeBox.getSelectedItem());
    }

    @Test
    void theMouseWheelZoomsWithinBounds() {
        assertEquals(1.2, NetworkDisplay.zoomed(1, -1), 1e-12);
        assertEquals(1 / 1.2, NetworkDisplay.zoomed(1, 1), 1e-12);
        assertEquals(NetworkDisplay.MAX_SCALE, NetworkDisplay.zoomed(7.9, -5), 1e-12);
        assertEquals(NetworkDisplay.MIN_SCALE, NetworkDisplay.zoomed(0.6, 5), 1e-12);
    }

    @Test
    void masonsClassListNamesOnlyAyniSoNoJava3dDemoIsLoaded() throws Exception {
        try (InputStream in = sim.display.Console.class.getResourceAsStream("simulation.classes")) {
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(list.contains("ayni.gui.AyniWithUI"), list);
            assertFalse(list.lines().anyMatch(l -> !l.startsWith("#") && l.contains("3D")), list);
        }
    }
}
