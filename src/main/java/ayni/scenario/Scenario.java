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

/** A validated scenario: who is in the network at the start, how they are tied, and the period to simulate. */
public record Scenario(String file, String sha256, String name, String title, String description, List<String> sources,
                       YearMonth start, YearMonth end, long seed, List<YearMonth> elections,
                       Map<String, Double> parameterOverrides, List<DonorSpec> donors, List<NgoSpec> ngos,
                       List<PlatformSpec> platforms, List<GovernmentSpec> governments, List<CompanySpec> companies,
                       List<SmeGroupSpec> smes, List<TieSpec> ties) implements Serializable {

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

    /** The defaults with this scenario's overrides applied. */
    public Parameters parameters() {
        Parameters p = new Parameters();
        parameterOverrides.forEach(p::set);
        return p;
    }
}
