package ayni.scenario;

import ayni.domain.Keyed;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A pattern file ({@code scenarios/patterns/sf*.yaml}): one stylized fact of the thesis and the checks that must all
 * hold for the model to reproduce it. Read by {@link PatternReader}; the keys are listed in scenarios/README.md.
 *
 * @param sha256 the hash of the pattern file
 */
public record PatternSpec(String file, String sha256, String fact, String name, String title, String thesis,
                          String definition, boolean buildSubset, List<Check> checks) {

    /** How one run's months become one number. */
    public enum Stat implements Keyed {
        MEAN("mean"), SUM("sum"), CHANGE("change"), RELATIVE_CHANGE("relativeChange"), SLOPE("slope"), RATIO("ratio"),
        CORRELATION("correlation"), CURVATURE("curvature");
        private final String key;
        Stat(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    /** A direction check's side. */
    public enum Expect implements Keyed {
        ABOVE("above"), BELOW("below");
        private final String key;
        Expect(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum Source implements Keyed {
        QUOTED("quoted"), PROPOSAL("proposal");
        private final String key;
        Source(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    /** A statistic of one run: {@code stat} of {@code observable} over the months {@code from}..{@code to}. */
    public record Value(String observable, Stat stat, String over, String with, YearMonth from, YearMonth to) {
        /** The columns it reads. */
        public List<String> columns() {
            List<String> out = new java.util.ArrayList<>(List.of(observable));
            if (over != null) out.add(over);
            if (with != null) out.add(with);
            return out;
        }

        /** E.g. "ratio(persistence24_kept / persistence24_cohort) 2003-01..2012-12". */
        public String describe() {
            String inner = switch (stat) {
                case RATIO -> observable + " / " + over;
                case CORRELATION, CURVATURE -> observable + " on " + with;
                default -> observable;
            };
            return stat.key() + "(" + inner + ") " + from + ".." + to;
        }
    }

    /**
     * One check. The estimate is {@code value} read on the runs of the arm (the scenario, or the what-if and/or the
     * {@code set} overrides), minus {@code minus} of the same run when given, or minus the same value in another
     * scenario's runs ({@code minusScenario}, unpaired); with {@code paired} it is the arm's value minus the
     * scenario's, replication by replication.
     *
     * @param target    the target of a target check (NaN for a direction check)
     * @param expect    the side of a direction check (null for a target check)
     * @param missing   observables or parameters the model does not produce yet (the check is then "not measurable yet")
     */
    public record Check(String id, String title, Scenario scenario, Scenario whatif, Map<String, Double> set,
                        boolean paired, Value value, Value minus, Scenario minusScenario, double target, double tolerance,
                        Expect expect, double than, String thesis, Source source, String quote, String note,
                        String needs, List<String> missing) {
        public boolean measurable() { return missing.isEmpty(); }

        /** Whether the check reads an arm other than its scenario as written. */
        public boolean readsArm() { return whatif != null || !set.isEmpty(); }

        /** "0.98 ± 0.03", "> 0.5" or "< 0". */
        public String criterion() {
            if (expect == null) return ayni.scenario.Parameters.fmt(target) + " ± " + ayni.scenario.Parameters.fmt(tolerance);
            return (expect == Expect.ABOVE ? "> " : "< ") + ayni.scenario.Parameters.fmt(than);
        }
    }

    /** One entry of the pattern changelog. */
    public record Change(String date, String fact, String check, String field, String oldValue, String newValue,
                         String reason, String thesis) {}

    public Check check(String id) {
        for (Check c : checks) if (c.id().equals(id)) return c;
        return null;
    }

    /** The hash of a text (for plan stamps built from pattern files). */
    public static String hash(String text) {
        return Composer.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
