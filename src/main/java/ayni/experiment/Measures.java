package ayni.experiment;

import java.util.List;

/** The headline measures comparisons and experiments report by default (columns of timeseries.csv). */
public final class Measures {
    private Measures() {}

    public static final List<String> HEADLINE = List.of(
            "adoption_all", "certified_share", "practice_mean", "actors_ngo", "ngo_conventional", "ngo_producer",
            "ngo_market", "actors_sme", "fundingInjected", "fundingReceived_ngo", "fundingReceived_sme",
            "ngoIncomeShare_donorGrants", "ties_funding", "ties_knowledge", "ties_market", "cooperationRate", "sales",
            "powerPagerank_donor", "powerPagerank_ngo", "powerPagerank_sme", "powerPagerank_government",
            "powerPagerank_platform", "powerPagerank_company", "powerFunding_donor", "powerFunding_government",
            "powerFunding_ngo", "powerFunding_platform");

    /** Measures drawn as arm-against-arm charts with confidence bands (named in words by ayni.output.MeasureNames). */
    public static final List<String> CHARTED = List.of("adoption_all", "actors_ngo", "fundingReceived_ngo", "powerPagerank_sme");

    /**
     * The measures a scenario's runs report (the columns of one month's observation, found by running one month,
     * remembered per scenario hash), with {@link #HEADLINE} as the default record list: what experiment files are
     * checked against.
     */
    public static ayni.scenario.ExperimentReader.Measures catalogue() {
        java.util.Map<String, java.util.Set<String>> cache = new java.util.concurrent.ConcurrentHashMap<>();
        return new ayni.scenario.ExperimentReader.Measures(s -> cache.computeIfAbsent(s.sha256(),
                k -> new java.util.LinkedHashSet<>(SingleRun.run(s, s.seed(), s.parameters(), 1, 1, null).series().columns())),
                HEADLINE);
    }
}
