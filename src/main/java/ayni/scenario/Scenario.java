package ayni.scenario;

import ayni.scenario.Specs.CompanySpec;
import ayni.scenario.Specs.DonorSpec;
import ayni.scenario.Specs.GovernmentSpec;
import ayni.scenario.Specs.NgoSpec;
import ayni.scenario.Specs.PlatformSpec;
import ayni.scenario.Specs.SmeGroupSpec;
import ayni.scenario.Specs.TieSpec;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A validated scenario: who is in the network at the start, how they are tied, what happens when, and the period
 * to simulate. {@code bases} are the files it was composed over (empty for a file without {@code base}).
 */
public record Scenario(String file, String sha256, String name, String title, String description, List<String> sources,
                       YearMonth start, YearMonth end, long seed, List<YearMonth> elections,
                       Map<String, Double> parameterOverrides, List<DonorSpec> donors, List<NgoSpec> ngos,
                       List<PlatformSpec> platforms, List<GovernmentSpec> governments, List<CompanySpec> companies,
                       List<SmeGroupSpec> smes, List<TieSpec> ties, List<EventSpec> events, List<String> bases)
        implements Serializable {

    /** Number of monthly steps from start to end, both included. */
    public int steps() {
        return (int) ChronoUnit.MONTHS.between(start, end) + 1;
    }

    /** The step at which a month begins (0 = start). */
    public int stepOf(YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(start, month);
    }

    public YearMonth dateOf(int step) {
        return start.plusMonths(step);
    }

    /**
     * A buyer's demand (SME suppliers, written at the scale of the SME groups as written) at a run whose SME groups are
     * scaled to {@code total} SMEs ({@link #smeGroups}): scaled by the same factor, rounded, at least 1 if written
     * positive, so that what buyers take of the SME population does not depend on how many enterprises an agent stands
     * for; {@code total} 0 keeps it as written.
     */
    public int demand(CompanySpec c, int total) {
        long written = 0;
        for (SmeGroupSpec g : smes) written += g.count();
        if (total <= 0 || written == 0 || c.demand() <= 0) return c.demand();
        long scaled = Math.round((double) c.demand() * total / written);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, scaled));
    }

    /**
     * The SME groups with their counts scaled so that together they hold {@code total} SMEs, in proportion to the
     * counts written (largest remainders, so the total is exact); {@code total} 0 keeps the counts as written.
     */
    public List<SmeGroupSpec> smeGroups(int total) {
        long written = 0;
        for (SmeGroupSpec g : smes) written += g.count();
        if (total <= 0 || written == 0) return smes;
        int[] counts = new int[smes.size()];
        double[] rest = new double[smes.size()];
        int given = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = (double) total * smes.get(i).count() / written;
            counts[i] = (int) Math.floor(exact);
            rest[i] = exact - counts[i];
            given += counts[i];
        }
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> rest[a] != rest[b] ? Double.compare(rest[b], rest[a]) : Integer.compare(a, b));
        for (int k = 0; given < total; k++, given++) counts[order[k % order.length]]++;
        List<SmeGroupSpec> out = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            SmeGroupSpec g = smes.get(i);
            out.add(new SmeGroupSpec(g.id(), g.name(), g.domain(), counts[i], g.size(), g.exportShare(),
                    g.associationShare(), g.creditAccess(), g.practice(), g.knowledge(), g.embeddedness(), g.discourse(),
                    g.discourseSpread(), g.platform(), g.from()));
        }
        return List.copyOf(out);
    }

    /** The defaults with this scenario's overrides applied. */
    public Parameters parameters() {
        Parameters p = new Parameters();
        parameterOverrides.forEach(p::set);
        return p;
    }
}
