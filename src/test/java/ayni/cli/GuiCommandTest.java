package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.gui.AyniWithUI;
import ayni.model.Lever;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gui command's input checks, without a screen (tests run headless). */
class GuiCommandTest {
    @Test
    void withoutADisplayItSaysToUseXvfbRunAndExitsTwo() {
        MainTest.Outcome o = MainTest.exec("gui", "scenarios/organic-production.yaml");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("xvfb-run -a"), o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
    }

    @Test
    void badLeversAndStepsAreRefusedBeforeAnyWindowOpens() {
        MainTest.Outcome typo = MainTest.exec("gui", "scenarios/organic-production.yaml", "--screenshot", "x.png",
                "--lever", "withdraw-donor:oxfam-novibb@2009-01");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("did you mean 'oxfam-novib'"), typo.err());
        MainTest.Outcome early = MainTest.exec("gui", "scenarios/organic-production.yaml", "--lever", "election@1980-01");
        assertEquals(2, early.code());
        assertTrue(early.err().contains("outside the period 1990-01 to 2012-12"), early.err());
        MainTest.Outcome unknown = MainTest.exec("gui", "scenarios/organic-production.yaml", "--lever", "nationalise@12");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("levers: withdraw-donor, cut-donor-budgets"), unknown.err());
        MainTest.Outcome far = MainTest.exec("gui", "scenarios/organic-production.yaml", "--screenshot", "x.png",
                "--after-steps", "999");
        assertEquals(2, far.code());
        assertTrue(far.err().contains("276 months"), far.err());
        assertEquals(2, MainTest.exec("gui", "scenarios/no-such.yaml").code());
        MainTest.Outcome tab = MainTest.exec("gui", "scenarios/organic-production.yaml", "--screenshot", "x.png", "--tab", "Abuot");
        assertEquals(2, tab.code());
        assertTrue(tab.err().contains("--tab Abuot: the Console has no such tab; fix: use one of About, Console, Displays, "
                + "Inspectors, Model"), tab.err());
    }

    @Test
    void leversParseByStepOrMonth() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/organic-production.yaml"));
        assertEquals(new AyniWithUI.ScriptedLever(Lever.WITHDRAW_DONOR, "oxfam-novib", 228),
                GuiCommand.lever("withdraw-donor:oxfam-novib@2009-01", s));
        assertEquals(new AyniWithUI.ScriptedLever(Lever.CUT_DONOR_BUDGETS, "0.3", 12),
                GuiCommand.lever("cut-donor-budgets:0.3@12", s));
        assertEquals(new AyniWithUI.ScriptedLever(Lever.RECOGNISE_PGS, null, 0), GuiCommand.lever("recognise-pgs@0", s));
    }

    @Test
    void thePickerListsTheScenariosAndTheWhatIfs() throws Exception {
        Map<String, Path> files = GuiCommand.scenarioFiles(Path.of("scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml"));
        assertTrue(files.containsKey("scenarios/organic-production.yaml"), files.keySet().toString());
        assertTrue(files.containsKey("scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml"));
        assertTrue(files.keySet().stream().allMatch(k -> k.endsWith(".yaml")));
    }
}
