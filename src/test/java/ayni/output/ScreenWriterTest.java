package ayni.output;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The Morris chart's labels (`ScreenWriter.labelPlaces`). */
class ScreenWriterTest {

    @Test
    void labelsOfCrowdedPointsDoNotOverlap() {
        // the overall scaled mu* and sigma of the joint-domains screening (results/examples/calibration), where two
        // labels overlapped when only labels above their points were kept apart
        String[] names = {"knowledgeTransferRate", "revertProbability", "tieDecayRate", "partnerSearchProbability",
            "discourseInfluenceRate", "funderPressureRate", "practiceGrowthRate@organic", "practiceGrowthRate@bsr",
            "practiceGrowthRate@sp (fixed)", "adoptionCostMicro@bsr+sp"};
        double[][] at = {{0.783, 0.886}, {0.756, 0.887}, {1.208, 1.433}, {1.095, 1.404}, {0.920, 0.834}, {0.945, 0.915},
            {0.256, 0.282}, {0.432, 0.807}, {0.102, 0.141}, {1.406, 1.005}};
        String[] text = new String[names.length];
        for (int i = 0; i < names.length; i++) text[i] = "  " + names[i];
        double xRange = 1.406 * 1.35, yRange = 1.433 * 1.05;
        ScreenWriter.LabelPlace[] a = ScreenWriter.labelPlaces(at, text, xRange, yRange);
        double px = xRange / 820, py = yRange / 520;
        for (int i = 0; i < at.length; i++) {
            double[] b = ScreenWriter.labelBox(a[i], text[i].length() * 6.5 * px, 15 * py);
            for (int j = 0; j < i; j++) {
                double[] q = ScreenWriter.labelBox(a[j], text[j].length() * 6.5 * px, 15 * py);
                boolean overlap = b[0] < q[2] && q[0] < b[2] && b[1] < q[3] && q[1] < b[3];
                assertFalse(overlap, names[i] + " overlaps " + names[j]);
            }
        }
    }
}
