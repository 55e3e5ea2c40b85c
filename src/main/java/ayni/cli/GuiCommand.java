package ayni.cli;

import ayni.gui.AyniWithUI;
import ayni.gui.Screenshot;
import ayni.model.Lever;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioException;
import ayni.scenario.ScenarioLoader;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "gui", mixinStandardHelpOptions = true,
        footer = CommandList.EXAMPLE + "./ayni gui scenarios/organic-production.yaml",
        description = "Open the teaching GUI: MASON's Console with the network, live charts, levers and the event log. "
                + "With --screenshot, play N steps, save one PNG of all windows and exit. Needs a display; on a "
                + "machine without one, run it under xvfb-run -a.")
final class GuiCommand implements Callable<Integer> {
    static final String DEFAULT_SCENARIO = "scenarios/organic-production.yaml";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1",
            description = "scenario file to open (default: " + DEFAULT_SCENARIO + "); the picker lists its folder's scenarios")
    Path scenarioFile;

    @Option(names = "--screenshot", paramLabel = "FILE.png", description = "play --after-steps months, save a picture of the windows, exit")
    Path screenshot;

    @Option(names = "--after-steps", paramLabel = "N", description = "months to play before pausing (default: 24 with --screenshot, else the whole period)")
    Integer afterSteps;

    @Option(names = "--lever", paramLabel = "NAME[:ARG]@WHEN",
            description = "pull a lever before month WHEN (a step number or YYYY-MM), e.g. withdraw-donor:oxfam-novib@2009-01, "
                    + "cut-donor-budgets:0.5@24, performance-funding@12, recognise-pgs@12, election@12 (repeatable)")
    List<String> levers;

    @Option(names = "--hide-layer", paramLabel = "LAYER", description = "start with this tie layer hidden: funding, knowledge, legitimacy or market (repeatable)")
    List<String> hideLayers;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override a model parameter (repeatable)")
    Map<String, String> set;

    @Option(names = "--tab", paramLabel = "TAB", defaultValue = "Model",
            description = "with --screenshot, the Console tab shown: About, Console, Displays, Inspectors or Model (default: ${DEFAULT-VALUE})")
    String tab;

    @Override
    public Integer call() throws Exception {
        Path file = scenarioFile != null ? scenarioFile : Path.of(DEFAULT_SCENARIO);
        if (scenarioFile == null && !Files.exists(file)) {
            throw new Main.BadInput("ayni gui: no scenario given and no " + DEFAULT_SCENARIO + " here; fix: ayni gui scenarios/<name>.yaml");
        }
        Scenario s;
        try {
            s = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            throw new Main.BadInput(e.getMessage());
        }
        ayni.scenario.Parameters params = Overrides.apply(s, set, "gui");
        List<AyniWithUI.ScriptedLever> script = new ArrayList<>();
        if (levers != null) for (String l : levers) script.add(lever(l, s));
        int steps = afterSteps != null ? afterSteps : screenshot != null ? 24 : 0;
        if (steps < 0 || steps > s.steps()) {
            throw new Main.BadInput("ayni gui: --after-steps " + steps + " is outside the scenario's " + s.steps()
                    + " months; fix: give 1 to " + s.steps());
        }
        if (screenshot != null && steps == 0) throw new Main.BadInput("ayni gui: --after-steps must be at least 1 with --screenshot");
        if (screenshot != null && !screenshot.toString().toLowerCase().endsWith(".png")) {
            throw new Main.BadInput("ayni gui: --screenshot " + screenshot + ": the picture is a PNG; fix: name it e.g. gui.png");
        }
        String shown = ayni.gui.Screenshot.TABS.stream().filter(t -> t.equalsIgnoreCase(tab)).findFirst().orElseThrow(() ->
                new Main.BadInput("ayni gui: --tab " + tab + ": the Console has no such tab; fix: use one of "
                        + String.join(", ", ayni.gui.Screenshot.TABS)));
        List<ayni.domain.Layer> hidden = new ArrayList<>();
        if (hideLayers != null) for (String l : hideLayers) hidden.add(layer(l));
        if (GraphicsEnvironment.isHeadless()) throw noDisplay();
        AyniWithUI gui = new AyniWithUI(s, params, scenarioFiles(file));
        gui.script(script);
        for (ayni.domain.Layer l : hidden) gui.showLayer(l, false);
        try {
            if (screenshot != null) {
                Screenshot.take(gui, steps, screenshot, 10 * 60_000L, shown);
                spec.commandLine().getOut().println("ayni gui: wrote " + screenshot + " after " + steps + " months ("
                        + s.dateOf(steps - 1) + ")");
                return 0;
            }
            gui.pauseAt(steps);
            CountDownLatch closed = new CountDownLatch(1);
            gui.onQuit(closed::countDown);
            SwingUtilities.invokeAndWait(() -> new sim.display.Console(gui).setVisible(true));
            closed.await(); // the Console's close button ends the program
            return 0;
        } catch (Throwable t) {
            if (isNoDisplay(t)) throw noDisplay();
            throw t;
        }
    }

    private static Main.BadInput noDisplay() {
        return new Main.BadInput("ayni gui: no display to open windows on (DISPLAY is not set or cannot be reached); "
                + "fix: on a machine without a screen run it under a virtual one: xvfb-run -a ./ayni gui ...");
    }

    private static boolean isNoDisplay(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.awt.HeadlessException || c instanceof java.awt.AWTError) return true;
        }
        return false;
    }

    static ayni.domain.Layer layer(String key) {
        for (ayni.domain.Layer l : ayni.domain.Layer.values()) if (l.key().equals(key)) return l;
        throw new Main.BadInput("ayni gui: --hide-layer " + key + ": no such layer; fix: use funding, knowledge, legitimacy or market");
    }

    /** "withdraw-donor:oxfam-novib@2009-01" → the lever, its argument and the step before which it is pulled. */
    static AyniWithUI.ScriptedLever lever(String text, Scenario s) {
        String fix = "; fix: write NAME[:ARG]@WHEN, e.g. --lever withdraw-donor:oxfam-novib@2009-01";
        int at = text.lastIndexOf('@');
        if (at < 0) throw new Main.BadInput("ayni gui: --lever " + text + ": no @WHEN" + fix);
        String head = text.substring(0, at), when = text.substring(at + 1);
        int colon = head.indexOf(':');
        String name = colon < 0 ? head : head.substring(0, colon);
        String arg = colon < 0 ? null : head.substring(colon + 1);
        Lever lever;
        try {
            lever = Lever.byKey(name);
        } catch (IllegalArgumentException e) {
            throw new Main.BadInput("ayni gui: --lever " + text + ": " + e.getMessage() + fix);
        }
        int step;
        try {
            step = when.contains("-") ? s.stepOf(YearMonth.parse(when)) : Integer.parseInt(when);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new Main.BadInput("ayni gui: --lever " + text + ": WHEN must be a step number or YYYY-MM, got '" + when + "'" + fix);
        }
        if (step < 0 || step >= s.steps()) {
            throw new Main.BadInput("ayni gui: --lever " + text + ": " + when + " is outside the period " + s.start() + " to "
                    + s.end() + fix);
        }
        try {
            lever.event(step, arg);
        } catch (IllegalArgumentException e) {
            throw new Main.BadInput("ayni gui: --lever " + text + ": " + e.getMessage());
        }
        if (lever == Lever.WITHDRAW_DONOR && s.donors().stream().noneMatch(d -> d.id().equals(arg))) {
            List<String> ids = s.donors().stream().map(d -> d.id()).toList();
            String near = ayni.scenario.Suggest.closest(arg, ids);
            throw new Main.BadInput("ayni gui: --lever " + text + ": the scenario has no donor '" + arg + "'; fix: "
                    + (near != null ? "did you mean '" + near + "'?" : "use one of " + String.join(", ", ids)));
        }
        return new AyniWithUI.ScriptedLever(lever, arg, step);
    }

    /**
     * The picker's entries: the scenarios in the folder named "scenarios" that holds the file (or the file's own folder),
     * and its whatif/ folder, named as paths from the folder above it; the file itself always.
     */
    static Map<String, Path> scenarioFiles(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("scenarios")) {
                dir = p;
                break;
            }
        }
        Path base = dir.getParent() != null ? dir.getParent() : dir;
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path d : List.of(dir, dir.resolve("whatif"))) {
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> files = Files.list(d)) {
                files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                        .forEach(f -> out.put(base.relativize(f).toString(), f));
            }
        }
        if (!out.containsValue(abs)) out.put(base.relativize(abs).toString(), abs);
        return out;
    }
}
