package ayni.stats;

import java.util.List;

/** Argument checks shared by the routines: each failure is an IllegalArgumentException with a plain message. */
final class Check {

    private Check() {
    }

    static void level(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, got " + level);
        }
    }

    static void finite(String name, double[] x) {
        if (x == null) throw new IllegalArgumentException(name + " is missing (null)");
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) throw new IllegalArgumentException(name + " has NaN at index " + i);
            if (Double.isInfinite(x[i])) throw new IllegalArgumentException(name + " has an infinite value at index " + i);
        }
    }

    static void nonEmpty(String name, double[] x) {
        finite(name, x);
        if (x.length == 0) throw new IllegalArgumentException(name + " is empty");
    }

    static void paired(String what, double[] a, double[] b) {
        nonEmpty("sample a", a);
        nonEmpty("sample b", b);
        if (a.length != b.length) {
            throw new IllegalArgumentException(what + " differ in length: " + a.length + " and " + b.length);
        }
    }

    static void factors(List<Factor> factors) {
        if (factors == null || factors.isEmpty()) throw new IllegalArgumentException("a design needs at least one factor");
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Factor f : factors) {
            if (f == null) throw new IllegalArgumentException("a factor is missing (null)");
            if (!names.add(f.name())) throw new IllegalArgumentException("factor named twice: " + f.name());
        }
    }

    static void responses(double[] y, int expected) {
        finite("responses", y);
        if (y.length != expected) {
            throw new IllegalArgumentException("expected one response per design point: " + expected + " points but "
                    + y.length + " responses");
        }
    }
}
