package ayni.calibration;

import ayni.stats.abc.Population;
import ayni.stats.abc.Prior;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted parameter's posterior in brief: weighted median and 90 % interval, the interval's width against the prior's
 * central 90 %, whether that makes it identified, and (in a recovery test) the planted value.
 */
public record Marginal(String id, Prior prior, double median, double low, double high, double priorWidth, boolean identified,
                       Double planted) {

    /** The interval's width as a share of the prior's central 90 %. */
    public double share() {
        return (high - low) / priorWidth;
    }

    public boolean covers() {
        return planted != null && planted >= low && planted <= high;
    }

    /** Every fitted parameter of a finished calibration, in the file's order. */
    public static List<Marginal> of(Calibration.Outcome o) {
        Population pop = o.result().posterior();
        List<Marginal> out = new ArrayList<>();
        for (int p = 0; p < o.priors().size(); p++) {
            Prior prior = o.priors().get(p);
            double lo = pop.quantile(p, 0.05), hi = pop.quantile(p, 0.95), pw = prior.centralWidth(0.9);
            Double planted = o.spec().planted() == null ? null : o.spec().planted().get(prior.name());
            out.add(new Marginal(prior.name(), prior, pop.quantile(p, 0.5), lo, hi, pw,
                    (hi - lo) <= o.spec().identifiedShare() * pw, planted));
        }
        return out;
    }
}
