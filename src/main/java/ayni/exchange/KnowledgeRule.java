package ayni.exchange;

/** Knowledge flows raise the receiver's knowledge with diminishing returns. */
public final class KnowledgeRule {
    private KnowledgeRule() {}

    /**
     * Gain of a receiver with knowledge {@code k} from a giver with knowledge {@code g} on a tie of weight {@code w}:
     * {@code rate * w * max(0, g - k) * (1 - k)}. Nothing is learned from a giver who knows less, and each unit of
     * knowledge is harder to gain than the last.
     */
    public static double gain(double k, double g, double w, double rate) {
        return rate * w * Math.max(0.0, g - k) * (1.0 - k);
    }
}
