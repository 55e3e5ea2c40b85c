package ayni.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import ayni.agents.Actor;
import ayni.domain.ActorKind;
import ayni.metrics.StepObserver;
import ayni.metrics.TimeSeries;
import ayni.model.AyniModel;
import ayni.model.Lever;
import ayni.scenario.Parameters;
import ayni.scenario.Scenario;
import ayni.style.Palette;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;
import sim.util.Interval;
import sim.util.Properties;

/** The GUI's views of a running model, without a screen: network field, inspectors, charts, parameters. */
class LiveViewTest {
    static final String WORLD = Tiny.HEADER + """
            donors:
              - {id: d1, name: OXFAM-NOVIB, kind: internationalNgo, budget: 120000, domains: {organic: 1}, grantCycleYears: 2}
            ngos:
              - {id: n1, name: Grupo Ecologica Peru, type: market, domain: organic, cash: 5000, monthlyCost: 1000, knowledge: 0.5}
            governments:
              - {id: g1, domain: organic, budget: 1200}
            smes:
              - {id: g, domain: organic, count: 20, practice: [0.5, 0.9]}
            ties:
              - {from: d1, to: n1, layer: funding, weight: 0.8}
              - {from: n1, to: g, layer: knowledge, weight: 0.5, share: 0.5}
            """;

    private static AyniModel model(StepObserver o) {
        Scenario s = Tiny.parse(WORLD);
        AyniModel m = new AyniModel(s, s.seed());
        m.addObserver(o);
        m.start();
        return m;
    }

    @Test
    void theFieldHoldsEveryPresentActorAndTieAtStablePlaces() {
        StepObserver o = new StepObserver();
        AyniModel m = model(o);
        for (int i = 0; i < 6; i++) m.runStep();
        NetworkField f = new NetworkField();
        f.reset(m.world());
        f.update(o.pagerank());
        int present = 0;
        for (ActorKind k : ActorKind.values()) present += m.world().activeCount(k);
        assertEquals(present, f.nodes.getAllObjects().numObjs);
        int edges = 0;
        for (Object node : f.ties.getAllNodes()) edges += f.ties.getEdgesOut(node).numObjs;
        assertEquals(m.world().ties.size(), edges);
        Actor d1 = m.world().byId("d1"), n1 = m.world().byId("n1");
        Double2D before = f.nodes.getObjectLocation(f.node(d1));
        for (int i = 0; i < 6; i++) m.runStep();
        f.update(o.pagerank());
        assertEquals(before, f.nodes.getObjectLocation(f.node(d1)), "an actor keeps its place");
        assertTrue(before.distance(new Double2D(NetworkField.SIZE / 2, NetworkField.SIZE / 2))
                > f.nodes.getObjectLocation(f.node(n1)).distance(new Double2D(NetworkField.SIZE / 2, NetworkField.SIZE / 2)),
                "donors on the outer ring, NGOs inside");
        assertSame(f.node(d1), f.node(d1), "one view per actor, so an open inspector stays attached");
        assertTrue(f.maxShare() > 0);
    }

    @Test
    void inspectorsShowStateButCannotChangeIt() {
        StepObserver o = new StepObserver();
        AyniModel m = model(o);
        for (int i = 0; i < 3; i++) m.runStep();
        NetworkField f = new NetworkField();
        f.reset(m.world());
        f.update(o.pagerank());
        ActorNode n = f.node(m.world().byId("n1"));
        assertEquals("Grupo Ecologica Peru", n.getName());
        assertTrue(n.getPartners().contains("OXFAM-NOVIB (funding"), n.getPartners());
        assertTrue(n.getIncomeBySource().contains("donorGrants"), n.getIncomeBySource());
        assertTrue(n.getDiscourse().startsWith("x "));
        assertTrue(n.getPowerShare() > 0);
        // an SME's details say whether it is formal and whether an association sells for it (docs/ODD.md 7.11a)
        for (int i = 1; i <= 20; i++) {
            ayni.agents.Sme s = (ayni.agents.Sme) m.world().byId("g.%04d".formatted(i));
            String details = f.node(s).getDetails();
            assertTrue(details.contains(s.formal() ? ", formal" : ", informal"), details);
            assertEquals(s.inAssociation(), details.endsWith(", association member"), details);
        }
        Properties p = Properties.getProperties(n);
        for (int i = 0; i < p.numProperties(); i++) assertTrue(!p.isReadWrite(i), p.getName(i) + " is read-only");
        TieEdge t = (TieEdge) ((sim.field.network.Edge) f.ties.getEdgesOut(f.node(m.world().byId("d1"))).get(0)).info;
        assertNotNull(t);
        assertEquals("funding", t.getLayer());
        assertEquals("OXFAM-NOVIB", t.getFrom());
        assertEquals(3, t.getAgeMonths() + 1, "laid in the first month");
        assertTrue(t.getTotalFlow() > 0 && t.getFlows() > 0 && t.getWeight() > 0);
        Properties tp = Properties.getProperties(t);
        for (int i = 0; i < tp.numProperties(); i++) assertTrue(!tp.isReadWrite(i), tp.getName(i) + " is read-only");
    }

    @Test
    void theModelTabShowsEveryParameterUnderItsScenarioKeyWithItsRange() {
        Parameters bean = new Parameters();
        Properties p = new ParameterProperties(bean);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) names.add(p.getName(i));
        for (Parameters.Spec s : Parameters.SPECS) {
            int i = names.indexOf(s.name());
            assertTrue(i >= 0, s.name() + " is a Console property");
            assertTrue(p.isReadWrite(i), s.name() + " can be set");
            Interval d = (Interval) p.getDomain(i);
            assertEquals(s.min(), d.getMin().doubleValue(), 1e-9, s.name());
            assertEquals(s.max(), d.getMax().doubleValue(), 1e-9, s.name());
            assertEquals(!s.integer(), d.isDouble(), s.name());
        }
        assertEquals(Parameters.SPECS.size(), names.size(), "nothing else: " + names);
        int i = names.indexOf("tieDecayRate");
        p.setValue(i, "0.07");
        assertEquals(0.07, bean.getTieDecayRate(), 1e-12, "a slider sets the parameter");
        p.setValue(i, "7");
        assertEquals(0.07, bean.getTieDecayRate(), 1e-12, "out of range: kept");
        assertEquals(int.class, p.getType(names.indexOf("smeCount")));
    }

    @Test
    void chartsPlotTheBatchColumnsUnderTheBatchLabelsWithEventsMarked() {
        StepObserver o = new StepObserver();
        AyniModel m = model(o);
        for (int i = 0; i < 10; i++) m.runStep();
        m.pull(Lever.ELECTION, null);
        m.runStep();
        TimeSeries ts = o.series();
        LiveCharts c = new LiveCharts(2, 2);
        c.reset(java.time.YearMonth.parse(ts.date(0)));
        List<String> dates = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            dates.add(ts.date(i));
            rows.add(ts.row(i));
        }
        c.append(ts.columns(), dates, rows);
        List<String> kinds = new ArrayList<>();
        for (ActorKind k : ActorKind.values()) kinds.add(Palette.label(k));
        assertEquals(kinds, c.seriesNames(LiveCharts.POWER));
        for (ActorKind k : ActorKind.values()) {
            assertEquals(ts.get(ts.size() - 1, "powerPagerank_" + k.key()), c.last(LiveCharts.POWER, k.ordinal()), 1e-12);
        }
        assertTrue(c.seriesNames(LiveCharts.FUNDING).contains("Donors to NGOs"));
        assertEquals("Donors to NGOs", LiveCharts.channelLabel("fundingChannel_donorToNgo"));
        assertEquals(ts.get(ts.size() - 1, "adoption_all"), c.last(LiveCharts.ADOPTION, 0), 1e-12);
        assertEquals(ts.get(ts.size() - 1, "centralization_funding"), c.last(LiveCharts.CENTRALIZATION, 0), 1e-12);
        ayni.output.EventMarkers.Marks marks = AyniWithUI.marks(m.eventLog().entries(), ayni.output.EventWords.names(m.scenario()));
        c.mark(marks);
        assertEquals(marks.numbered().size() + marks.elections().size(), c.domainMarkers());
        assertTrue(marks.numbered().stream().anyMatch(x -> x.strong() && x.what().stream().anyMatch(w -> w.startsWith("lever: election"))),
                marks.key().toString());
    }

    @Test
    void theEventLogSaysInWordsWhatEachNumberedMarkIs() {
        StepObserver o = new StepObserver();
        AyniModel m = model(o);
        m.runStep();
        m.pull(Lever.WITHDRAW_DONOR, "d1");
        m.runStep();
        List<String> lines = AyniWithUI.logLines(m.eventLog().entries(), ayni.output.EventWords.names(m.scenario()));
        String line = lines.get(lines.size() - 1);
        assertTrue(line.matches("\\d+  2000-02  lever: OXFAM-NOVIB leaves abruptly"), line);
    }
}
