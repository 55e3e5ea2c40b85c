package ayni.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers for people: a fixed number of decimals chosen from the size of what is shown (so a row of an estimate and
 * its interval shares one precision, and 5.68e-15 next to ±2.58 reads 0.00), thousands grouped, never an exponent.
 */
public final class Numbers {
    /** Significant digits of the largest value in a row. */
    public static final int DIGITS = 3;

    private Numbers() {}

    /** Decimals that give {@code digits} significant digits to a value as large as {@code scale} (0..10). */
    public static int decimals(double scale, int digits) {
        double a = Math.abs(scale);
        if (a == 0 || !Double.isFinite(a)) return 0;
        int magnitude = (int) Math.floor(Math.log10(a));
        return Math.max(0, Math.min(10, digits - 1 - magnitude));
    }

    /** Decimals for a row of values: from the largest finite one. */
    public static int decimalsFor(double... values) {
        double max = 0;
        for (double v : values) if (Double.isFinite(v)) max = Math.max(max, Math.abs(v));
        return decimals(max, DIGITS);
    }

    /** The value with this many decimals; thousands grouped; "–" for NaN; no negative zero. */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) return "–";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "-∞";
        BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
        if (b.signum() == 0) b = b.abs();
        return String.format(Locale.ROOT, "%,." + decimals + "f", b);
    }

    /** One value on its own, to {@link #DIGITS} significant digits. */
    public static String of(double v) {
        return fixed(v, decimals(v, DIGITS));
    }

    /** Each value of a row with the row's shared precision. */
    public static String[] row(double... values) {
        int d = decimalsFor(values);
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) out[i] = fixed(values[i], d);
        return out;
    }

    /** A fraction as a percentage with the given decimals: 0.4531 → "45.3%". */
    public static String percent(double fraction, int decimals) {
        return Double.isNaN(fraction) ? "–" : fixed(100 * fraction, decimals) + "%";
    }

    /** A p-value: "<0.001" or three decimals. */
    public static String p(double p) {
        if (Double.isNaN(p)) return "–";
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
