package ayni.scenario;

import ayni.domain.Keyed;
import java.time.YearMonth;

/**
 * A hypothesis file ({@code scenarios/hypotheses/*.yaml}): a statement, the experiment it is tested on, the values
 * taken from the runs and the test, with its significance level and the smallest effect that matters. Read by
 * {@link HypothesisReader}; keys in scenarios/README.md.
 *
 * @param a      two-sample tests: the reference sample (one value per replication)
 * @param b      two-sample tests: the compared sample; the estimate is b − a
 * @param x      slope across runs: the explanatory value of each run
 * @param y      slope across runs: the response of each run
 * @param series trend tests: one measure over recorded months, averaged over replications
 * @param segments the segments the hypothesis concerns, each with its own observables (empty: the whole population)
 * @param segment  the segment this spec tests (null for the file as written, or one with no segments)
 */
public record HypothesisSpec(String file, String sha256, String id, String title, String source, String statement,
                             ExperimentSpec experiment, Test test, Sample a, Sample b, Sample x, Sample y,
                             Series series, Direction expect, double alpha, double minEffect, java.util.List<Segment> segments,
                             String segment) {

    /** A hypothesis about the whole population (no segments). */
    public HypothesisSpec(String file, String sha256, String id, String title, String source, String statement,
                          ExperimentSpec experiment, Test test, Sample a, Sample b, Sample x, Sample y,
                          Series series, Direction expect, double alpha, double minEffect) {
        this(file, sha256, id, title, source, statement, experiment, test, a, b, x, y, series, expect, alpha, minEffect,
                java.util.List.of(), null);
    }

    /**
     * A segment of the population the hypothesis concerns (e.g. one size class of SMEs) and the measure each of its
     * samples reads there, by sample key ({@code a}, {@code b}, {@code x}, {@code y}, {@code series}).
     */
    public record Segment(String name, java.util.Map<String, String> measures) {}

    /**
     * The hypotheses to test: one per segment (id {@code ID/segment}, each sample reading that segment's measure), or
     * this one when it names no segments. Every segment is reported, and each counts in the multiple-testing family.
     */
    public java.util.List<HypothesisSpec> perSegment() {
        if (segments.isEmpty()) return java.util.List.of(this);
        java.util.List<HypothesisSpec> out = new java.util.ArrayList<>();
        for (Segment g : segments) {
            java.util.Map<String, String> m = g.measures();
            out.add(new HypothesisSpec(file, sha256, id + "/" + g.name(), title + " [segment: " + g.name() + "]", source,
                    statement, experiment, test, with(a, m.get("a")), with(b, m.get("b")), with(x, m.get("x")), with(y, m.get("y")),
                    series == null || m.get("series") == null ? series
                            : new Series(series.arm(), m.get("series"), series.from(), series.to()),
                    expect, alpha, minEffect, java.util.List.of(), g.name()));
        }
        return out;
    }

    private static Sample with(Sample s, String measure) {
        return s == null || measure == null ? s
                : new Sample(s.arm(), measure, s.stat(), s.at(), s.from(), s.to(), s.experiment(), s.parameter());
    }

    /** The experiment a sample is taken from: its own, or the hypothesis's. */
    public ExperimentSpec experimentOf(Sample s) {
        return s == null || s.experiment() == null ? experiment : s.experiment();
    }

    /** A sample in words, naming its experiment when the hypothesis compares two. */
    public String describe(Sample s) {
        if (s.experiment() != null || experiments().size() == 1) return s.describe();
        return new Sample(s.arm(), s.measure(), s.stat(), s.at(), s.from(), s.to(), experiment, s.parameter()).describe();
    }

    /** Every experiment whose runs the test needs, the hypothesis's first. */
    public java.util.List<ExperimentSpec> experiments() {
        java.util.List<ExperimentSpec> out = new java.util.ArrayList<>(java.util.List.of(experiment));
        for (Sample s : new Sample[] {a, b}) {
            if (s != null && s.experiment() != null && out.stream().noneMatch(e -> e.name().equals(s.experiment().name()))) {
                out.add(s.experiment());
            }
        }
        return out;
    }

    public enum Test implements Keyed {
        PAIRED_T("paired-t"), WILCOXON("wilcoxon"), MANN_WHITNEY("mann-whitney"), OLS_SLOPE("ols-slope"),
        MANN_KENDALL("mann-kendall");
        private final String key;
        Test(String key) { this.key = key; }
        @Override public String key() { return key; }
        public boolean twoSample() { return this == PAIRED_T || this == WILCOXON || this == MANN_WHITNEY; }
    }

    /** How one number is taken from a run's recorded months. */
    public enum Stat implements Keyed {
        /** Mean of the run's last {@code window} months (computed from every month, not only recorded ones). */
        END("end"),
        /** The value in month {@code at}. */
        AT("at"),
        /** Mean of the recorded months from {@code from} to {@code to}. */
        MEAN("mean"),
        /** Value at {@code to} minus value at {@code from}. */
        CHANGE("change"),
        /** (value at {@code to} − value at {@code from}) / value at {@code from}. */
        RELATIVE_CHANGE("relativeChange");
        private final String key;
        Stat(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum Direction implements Keyed {
        INCREASE("increase"), DECREASE("decrease"), DIFFERENCE("difference");
        private final String key;
        Direction(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    /**
     * One value per run: {@code arm} null means every run (e.g. all points of a sweep). {@code experiment} null means
     * the hypothesis's experiment; another experiment is allowed only for the unpaired Mann–Whitney test.
     */
    public record Sample(String arm, String measure, Stat stat, YearMonth at, YearMonth from, YearMonth to,
                         ExperimentSpec experiment, String parameter) {
        public Sample(String arm, String measure, Stat stat, YearMonth at, YearMonth from, YearMonth to) {
            this(arm, measure, stat, at, from, to, null, null);
        }

        /** The value of a model parameter in each run (a swept parameter, or one an arm sets): only as an OLS x. */
        public static Sample ofParameter(String arm, String parameter) {
            return new Sample(arm, null, null, null, null, null, null, parameter);
        }

        public String describe() {
            if (parameter != null) return "parameter " + parameter + (arm == null ? "" : " (" + arm + ")");
            String s = switch (stat) {
                case END -> "end-of-period " + measure;
                case AT -> measure + " in " + at;
                case MEAN -> "mean " + measure + " " + from + " to " + to;
                case CHANGE -> "change in " + measure + " " + from + " to " + to;
                case RELATIVE_CHANGE -> "relative change in " + measure + " " + from + " to " + to;
            };
            String where = experiment == null ? arm : experiment.name() + (arm == null ? "" : ", " + arm);
            return where == null ? s : s + " (" + where + ")";
        }
    }

    /** A measure over months, from..to inclusive (null = the whole period), in one arm. */
    public record Series(String arm, String measure, YearMonth from, YearMonth to) {}
}
