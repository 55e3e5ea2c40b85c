package ayni.gui;

import ayni.agents.Actor;
import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.metrics.StepObserver;
import ayni.metrics.TimeSeries;
import ayni.model.AyniModel;
import ayni.model.EventLog;
import ayni.model.Lever;
import ayni.output.EventMarkers;
import ayni.output.EventWords;
import ayni.scenario.EventSpec;
import ayni.scenario.Parameters;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioException;
import ayni.scenario.ScenarioLoader;
import java.awt.Color;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * MASON's GUI around the batch model: the Console (play, pause, step, speed, the model's parameters in its Model tab
 * under their scenario keys), a network display, live charts and the classroom panel (scenario picker, levers, layer
 * check boxes, event log). It holds no model logic: the model is the same {@link AyniModel} a batch run builds, observed
 * by the same {@link StepObserver}; levers go through {@link AyniModel#pull}.
 */
public class AyniWithUI extends GUIState {
    /** Where the frames go, in a 1920 x 1080 screen (also the screenshot's layout). */
    static final Rectangle CONSOLE = new Rectangle(0, 0, 420, 790);
    static final Rectangle DISPLAY = new Rectangle(420, 0, 780, 790);
    static final Rectangle CLASSROOM = new Rectangle(1200, 0, 720, 790);
    static final Rectangle CHARTS = new Rectangle(0, 790, 1920, 290);
    static final int WIDTH = 1920, HEIGHT = 1080;

    /** A lever the command line pulls before a given step. */
    public record ScriptedLever(Lever lever, String argument, int step) {}

    /** The parameters the Console's Model tab edits; shared by every model this GUI builds. */
    private final Parameters bean;
    private Parameters baseline;
    private final Map<String, Path> files;
    private Scenario scenario;
    private volatile StepObserver observer = new StepObserver();
    final NetworkField field = new NetworkField();
    final LayerFilter layers = new LayerFilter();
    private final ContinuousPortrayal2D nodePortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D tiePortrayal = new NetworkPortrayal2D();
    NetworkDisplay display;
    JFrame displayFrame, chartFrame, classroomFrame;
    LiveCharts charts;
    ClassroomPanel classroom;
    private volatile int redrawEvery = 1;
    private volatile boolean running;
    private final List<ScriptedLever> script = new ArrayList<>();
    private long pauseAt;
    private volatile Runnable onQuit;
    private int rowsSent;
    private final AtomicBoolean publishing = new AtomicBoolean();
    private final List<Runnable> pending = new ArrayList<>();

    /**
     * @param params the parameters to start with (the scenario's, with any command-line overrides)
     * @param files the scenario picker's entries: name shown → file
     */
    public AyniWithUI(Scenario scenario, Parameters params, Map<String, Path> files) {
        super(new AyniModel(scenario, scenario.seed(), params));
        this.bean = params;
        this.files = new LinkedHashMap<>(files);
        this.scenario = scenario;
        attachObserver();
    }

    public static String getName() {
        return "Ayni: power in the networks of NGOs, SMEs, donors and government in Peru";
    }

    /** The current model (replaced when another scenario is opened). */
    public AyniModel model() {
        return (AyniModel) state;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The measures observed in the current run, as in a batch run's timeseries.csv. */
    public TimeSeries series() {
        return observer.series();
    }

    private void attachObserver() {
        // one forwarding observer per model: each run gets a fresh StepObserver
        model().addObserver(st -> observer.step(st));
    }

    /** The Console's Model tab: every parameter under its scenario key, with a slider over its range. */
    @Override
    public sim.util.Properties getSimulationProperties() {
        return new ParameterProperties(bean);
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return Parameters.SPECS.size() + 10;
    }

    /** Levers to pull before given steps (the command line's --lever). */
    public void script(List<ScriptedLever> levers) {
        script.clear();
        script.addAll(levers);
    }

    /** Pause after this many steps (0: at the end of the scenario's period). */
    public void pauseAt(long steps) {
        pauseAt = steps;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new NetworkDisplay(NetworkDisplay.SIDE, NetworkDisplay.SIDE, this);
        display.setBackdrop(Color.WHITE);
        display.attach(new RingGuides(false), "Rings");
        display.attach(tiePortrayal, "Ties");
        display.attach(nodePortrayal, "Actors");
        display.attach(new RingGuides(true), "Ring names");
        displayFrame = display.createFrame();
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        charts = new LiveCharts(1, 4);
        chartFrame = new JFrame("Ayni: live charts");
        chartFrame.getContentPane().add(charts.panel);
        c.registerFrame(chartFrame);
        chartFrame.setVisible(true);

        classroom = new ClassroomPanel(new ArrayList<>(files.keySet()), this::open, this::pullNow,
                (l, on) -> {
                    layers.show(l, on);
                    display.repaint();
                }, n -> {
                    redrawEvery = n;
                    display.redrawEvery(n);
                });
        selectCurrentScenario();
        for (Layer l : Layer.values()) classroom.layerBoxes.get(l).setSelected(layers.shows(l));
        classroomFrame = new JFrame("Ayni: classroom");
        classroomFrame.getContentPane().add(classroom);
        c.registerFrame(classroomFrame);
        classroomFrame.setVisible(true);
        if (c instanceof Console console) {
            arrange(console);
            showSteps(console.getContentPane());
        }
        setupPortrayals();
        header(0);
    }

    /** Places the frames side by side (the screenshot paints them at these places). */
    void arrange(Console console) {
        console.setBounds(CONSOLE);
        displayFrame.setBounds(DISPLAY);
        classroomFrame.setBounds(CLASSROOM);
        chartFrame.setBounds(CHARTS);
        for (JFrame f : List.of(console, displayFrame, classroomFrame, chartFrame)) f.validate();
    }

    /**
     * The Console counts steps, not schedule time: after the first month it shows 1, as the header's "month 1 of N"
     * (schedule time is 0 during the first step, so the "Time" display lags one behind).
     */
    static void showSteps(java.awt.Container console) {
        for (javax.swing.JComboBox<?> box : components(console, javax.swing.JComboBox.class)) {
            for (int i = 0; i < box.getItemCount(); i++) {
                if ("Steps".equals(String.valueOf(box.getItemAt(i)))) box.setSelectedIndex(i);
            }
        }
    }

    static <T> List<T> components(java.awt.Container root, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (java.awt.Component c : root.getComponents()) {
            if (type.isInstance(c)) out.add(type.cast(c));
            if (c instanceof java.awt.Container k) out.addAll(components(k, type));
        }
        return out;
    }

    private void selectCurrentScenario() {
        for (Map.Entry<String, Path> e : files.entrySet()) {
            if (scenario.file() != null && e.getValue().toAbsolutePath().normalize()
                    .equals(Path.of(scenario.file()).toAbsolutePath().normalize())) {
                classroom.scenarios.setSelectedItem(e.getKey());
            }
        }
    }

    private void setupPortrayals() {
        nodePortrayal.setField(field.nodes);
        nodePortrayal.setPortrayalForAll(new ActorPortrayal(field));
        tiePortrayal.setField(new SpatialNetwork2D(field.nodes, field.ties));
        tiePortrayal.setPortrayalForAll(new TiePortrayal(layers));
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void start() {
        baseline = bean.copy();
        observer = new StepObserver();
        rowsSent = 0;
        super.start();
        running = true;
        field.reset(model().world());
        field.update(new double[0]);
        scheduleRepeatingImmediatelyBefore(s -> beforeStep());
        scheduleRepeatingImmediatelyAfter(s -> afterStep());
        if (controller instanceof Console c) c.setWhenShouldPause(pauseAt > 0 ? pauseAt : scenario.steps());
        onSwing(() -> {
            charts.reset(scenario.start());
            classroom.setLog(List.of());
            classroom.status.setText(" ");
        });
        setupPortrayals();
        publish();
    }

    /** Each run starts from the parameters as they were when it started; edits during a run and parameter events end with it. */
    @Override
    public void finish() {
        super.finish();
        running = false;
        if (baseline != null) for (Parameters.Spec s : Parameters.SPECS) bean.set(s.name(), baseline.get(s.name()));
        if (controller != null) controller.refresh();
    }

    /** Runs when the Console closes (the command line waits for it). */
    public void onQuit(Runnable r) {
        onQuit = r;
    }

    @Override
    public void quit() {
        super.quit();
        if (onQuit != null) onQuit.run();
        for (JFrame f : new JFrame[] {displayFrame, chartFrame, classroomFrame}) if (f != null) f.dispose();
    }

    /** Before a step (model thread, schedule locked): the command line's levers due at this step. */
    private void beforeStep() {
        int next = model().nextStep();
        for (ScriptedLever l : script) {
            if (l.step() == next) {
                String msg = pull(l.lever(), l.argument());
                System.err.println("ayni gui: " + msg);
            }
        }
    }

    /** After a step (model thread, schedule locked): refresh the network every redraw interval, the rest every step. */
    private void afterStep() {
        int done = model().nextStep();
        if (done % redrawEvery == 0 || done >= scenario.steps()) field.update(observer.pagerank());
        publish();
    }

    /** Pulls a lever now (schedule locked by the caller or by this method); returns what the teacher is told. */
    String pull(Lever lever, String argument) {
        synchronized (state.schedule) {
            EventSpec e = model().pull(lever, argument);
            return lever.key() + (argument == null ? "" : " " + argument) + " applies in " + scenario.dateOf(e.step());
        }
    }

    /** A lever button: only while a run is going (playing or paused). */
    private void pullNow(Lever lever, String argument) {
        String msg;
        if (!running) {
            msg = "Press play (or pause) first: levers act on a running model.";
        } else {
            try {
                msg = pull(lever, argument);
            } catch (IllegalArgumentException | IllegalStateException ex) {
                msg = ex.getMessage();
            }
        }
        classroom.status.setText(msg);
    }

    /** Opens another scenario: stops the run, loads the file, builds a new model with its parameters. */
    private void open(String name) {
        Path file = files.get(name);
        if (file == null) return;
        if (controller instanceof Console c) c.pressStop();
        Scenario s;
        try {
            s = ScenarioLoader.load(file);
        } catch (ScenarioException ex) {
            classroom.status.setText("Cannot open " + name + ": " + ex.getMessage().lines().findFirst().orElse(""));
            return;
        }
        scenario = s;
        Parameters fresh = s.parameters();
        for (Parameters.Spec spec : Parameters.SPECS) bean.set(spec.name(), fresh.get(spec.name()));
        state = new AyniModel(s, s.seed(), bean);
        attachObserver();
        ConsoleSeed.set(controller, s.seed());
        charts.reset(scenario.start());
        classroom.setLog(List.of());
        classroom.status.setText("Opened " + name + ": press play");
        field.reset(null);
        header(0);
        display.repaint();
        if (controller != null) controller.refresh();
    }

    /** Copies what changed to the Swing side: new chart rows, event log, donors present, header. */
    private void publish() {
        AyniModel m = model();
        TimeSeries ts = observer.series();
        List<String> dates = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = rowsSent; i < ts.size(); i++) {
            dates.add(ts.date(i));
            rows.add(ts.row(i));
        }
        rowsSent = ts.size();
        List<String> columns = ts.columns();
        List<EventLog.Entry> log = List.copyOf(m.eventLog().entries());
        Map<String, String> names = EventWords.names(scenario);
        EventMarkers.Marks marks = marks(log, names);
        List<String> lines = logLines(log, names);
        List<ClassroomPanel.Choice> donors = new ArrayList<>();
        if (m.world() != null) for (Actor a : m.world().active(ActorKind.DONOR)) donors.add(new ClassroomPanel.Choice(a.id(), a.name()));
        donors.sort(java.util.Comparator.comparing(ClassroomPanel.Choice::name, String.CASE_INSENSITIVE_ORDER));
        int done = m.nextStep();
        synchronized (pending) {
            pending.add(() -> {
                charts.append(columns, dates, rows);
                charts.mark(marks);
                classroom.setLog(lines);
                classroom.setDonors(donors);
                header(done);
            });
        }
        if (publishing.compareAndSet(false, true)) SwingUtilities.invokeLater(this::drain);
    }

    private void drain() {
        publishing.set(false);
        List<Runnable> todo;
        synchronized (pending) {
            todo = new ArrayList<>(pending);
            pending.clear();
        }
        for (Runnable r : todo) r.run();
    }

    /** The event log's marks on the charts: numbered months with what happened in words, actors by name. */
    static EventMarkers.Marks marks(List<EventLog.Entry> log, Map<String, String> names) {
        return EventMarkers.Marks.of(log, names);
    }

    /**
     * The classroom's event log: the charts' numbered marks in date order, each with its words, and the elections
     * (unnumbered thin lines on the charts) between them.
     */
    static List<String> logLines(List<EventLog.Entry> log, Map<String, String> names) {
        EventMarkers.Marks marks = marks(log, names);
        List<String> out = new ArrayList<>();
        int next = 0;
        for (EventLog.Entry e : log) {
            if (e.origin() != EventLog.Origin.ELECTION) continue;
            while (next < marks.numbered().size() && !marks.numbered().get(next).month().isAfter(e.month())) {
                out.add(marks.numbered().get(next++).keyLine());
            }
            out.add("·  " + e.month() + "  " + EventWords.describe(e, names));
        }
        while (next < marks.numbered().size()) out.add(marks.numbered().get(next++).keyLine());
        return out;
    }

    /** Title, period and current month, in the classroom panel and the display's title. */
    private void header(int done) {
        String now = done == 0 ? "not started" : scenario.dateOf(done - 1) + " (month " + done + " of " + scenario.steps() + ")";
        String period = scenario.start() + " to " + scenario.end();
        if (classroom != null) {
            classroom.title.setText(scenario.title());
            classroom.date.setText("Period " + period + "   ·   now: " + now);
        }
        if (displayFrame != null) displayFrame.setTitle("Ayni network: " + scenario.name() + ", " + period + ", now " + now);
        if (display != null) display.setHeader(scenario.title(), "now: " + now);
    }

    private static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) r.run();
        else SwingUtilities.invokeLater(r);
    }

    /** Shows or hides a layer as its check box does (the command line's --hide-layer). */
    public void showLayer(Layer l, boolean on) {
        layers.show(l, on);
        if (classroom != null) onSwing(() -> classroom.layerBoxes.get(l).setSelected(on));
    }
}
