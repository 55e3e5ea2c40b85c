package ayni.network;

/** Pure rules for tie strength and tie formation; the numbers in docs/ODD.md come from here. */
public final class TieRules {
    private TieRules() {}

    /** Weight after one step: w + s(1-w) with a flow, w(1-d) without. */
    public static double nextWeight(double w, boolean flowed, double strengthen, double decay) {
        return flowed ? w + strengthen * (1.0 - w) : w * (1.0 - decay);
    }

    /**
     * Probability that a searching actor forms a tie with a candidate: a logistic function of discourse proximity,
     * complementary resources, the candidate's legitimacy and a shared platform.
     */
    public static double formationProbability(double bias, double discourseWeight, double proximity,
                                              double complementWeight, double complement, double legitimacyWeight,
                                              double legitimacy, double platformWeight, boolean sharedPlatform) {
        double z = bias + discourseWeight * proximity + complementWeight * complement + legitimacyWeight * legitimacy
                + (sharedPlatform ? platformWeight : 0.0);
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** Probability that two tied actors cooperate in a step: ties are not cooperation (§5.2.5 L1479). */
    public static double cooperationProbability(double distance, double scale) {
        return Math.exp(-distance / scale);
    }
}
