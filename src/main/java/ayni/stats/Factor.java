package ayni.stats;

/**
 * A factor of a sweep: a named parameter with its range; integer factors are rounded after scaling.
 *
 * @param name    the parameter's name (not blank, unique within a design)
 * @param low     lower end of the range (finite)
 * @param high    upper end (finite, at least {@code low}; equal ends give a constant factor)
 * @param integer whether values are rounded to the nearest integer (halves up, {@link Math#round(double)})
 */
public record Factor(String name, double low, double high, boolean integer) {

    public Factor {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a factor needs a name");
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("factor " + name + " needs a finite range, got " + low + " to " + high);
        }
        if (low > high) throw new IllegalArgumentException("factor " + name + " has low " + low + " above high " + high);
    }

    /** A continuous factor. */
    public static Factor of(String name, double low, double high) {
        return new Factor(name, low, high, false);
    }

    /** An integer factor. */
    public static Factor integer(String name, int low, int high) {
        return new Factor(name, low, high, true);
    }

    /** u in [0,1] → low + u (high − low), rounded when integer. */
    public double scale(double u) {
        if (!(u >= 0 && u <= 1)) throw new IllegalArgumentException("factor " + name + ": u must lie in [0, 1], got " + u);
        double v = u == 1 ? high : low + u * (high - low);
        return integer ? Math.round(v) : v;
    }
}
