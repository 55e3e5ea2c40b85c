package ayni.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.experiment.Verdict;
import ayni.scenario.HypothesisSpec;
import ayni.stats.TestResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class HypothesisWriterTest {

    private static Verdict verdict(String id, double p) {
        HypothesisSpec h = new HypothesisSpec("h.yaml", "", id, "t", "s", "st", null, HypothesisSpec.Test.PAIRED_T, null, null,
                null, null, null, HypothesisSpec.Direction.INCREASE, 0.05, 0.01);
        return Verdict.holm(List.of(new Verdict(h, new TestResult("paired t", 0.03, 0.02, 0.04, p, 0.5, "d", 2, 30),
                Verdict.Outcome.SUPPORTED, "", 30))).get(0);
    }

    @Test
    void theReportShowsEveryVerdictBeforeAndAfterHolm() {
        StringBuilder md = new StringBuilder();
        HypothesisWriter.holmTable(md, List.of(verdict("H-A", 0.03), verdict("H-B", 0.04)));
        String s = md.toString();
        assertTrue(s.contains("Holm 1979, over the 2 hypotheses"), s);
        assertTrue(s.contains("2 verdicts change"), s);
        assertTrue(s.contains("| H-A | 0.0300 | 0.0600 | supported | **inconclusive** |"), s);
        assertTrue(s.contains("| H-B | 0.0400 | 0.0600 | supported | **inconclusive** |"), s);
    }
}
