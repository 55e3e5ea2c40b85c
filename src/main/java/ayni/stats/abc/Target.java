package ayni.stats.abc;

/**
 * What an output should be: a value (low = high), a band, or a direction (one end infinite). The misfit of an output
 * is its distance to the band: 0 inside.
 */
public record Target(double low, double high) {

    public Target {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("a target needs low <= high, got " + low + " to " + high);
        }
    }

    public static Target value(double v) {
        return new Target(v, v);
    }

    public static Target atLeast(double v) {
        return new Target(v, Double.POSITIVE_INFINITY);
    }

    public static Target atMost(double v) {
        return new Target(Double.NEGATIVE_INFINITY, v);
    }

    /** Distance from an output to the target (NaN for a NaN output). */
    public double misfit(double x) {
        if (Double.isNaN(x)) return Double.NaN;
        return x < low ? low - x : x > high ? x - high : 0;
    }

    /** The target as text: a value, "≥ v", "≤ v" or "[a, b]". */
    public String describe() {
        if (low == high) return fmt(low);
        if (high == Double.POSITIVE_INFINITY) return "≥ " + fmt(low);
        if (low == Double.NEGATIVE_INFINITY) return "≤ " + fmt(high);
        return "[" + fmt(low) + ", " + fmt(high) + "]";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
