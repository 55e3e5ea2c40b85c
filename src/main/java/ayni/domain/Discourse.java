package ayni.domain;

import java.io.Serializable;

/**
 * A position in the thesis's two-dimensional policy realm (§5.4, §8.2, Fig. 8.1).
 * x: -1 self-sustaining/rights .. +1 liberal market; y: -1 communitarian .. +1 individualistic.
 */
public record Discourse(double x, double y) implements Serializable {
    public static final double MAX_DISTANCE = Math.sqrt(8.0);

    public Discourse {
        x = clamp(x);
        y = clamp(y);
    }

    public double distance(Discourse o) {
        return distance(x, y, o.x, o.y);
    }

    /** The distance between two positions given by their coordinates (for loops that keep positions in arrays). */
    public static double distance(double ax, double ay, double bx, double by) {
        double dx = ax - bx, dy = ay - by;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** Proximity in [0,1]: 1 at the same point, 0 at opposite corners. */
    public double proximity(Discourse o) {
        return 1.0 - distance(o) / MAX_DISTANCE;
    }

    /**
     * The discourse cluster: the quadrant of the policy realm (0: rights and communitarian, 1: market and
     * communitarian, 2: rights and individualistic, 3: market and individualistic), a coarse stand-in for the
     * thesis's "mother" discourses (§8.2), used to compare cooperation within and across clusters.
     */
    public int cluster() {
        return (x >= 0 ? 1 : 0) + (y >= 0 ? 2 : 0);
    }

    public Discourse plus(double dx, double dy) {
        return new Discourse(x + dx, y + dy);
    }

    private static double clamp(double v) {
        return Math.max(-1.0, Math.min(1.0, v));
    }
}
