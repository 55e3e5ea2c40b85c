package ayni.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A checked calibration file: the scenarios run for each parameter set, the parameters fitted with their priors, the
 * checks whose misfits make the distance, the held-out checks (computed, reported, never in the distance), the
 * distance's scaling, the population and the stopping rule. With {@code planted} values the targets are not written
 * but taken from a run at those values (a recovery test).
 *
 * @param identifiedShare a parameter is called identified when its 90 % posterior interval is at most this share of its
 *                        prior's central 90 % interval
 */
public record CalibrationSpec(String file, String sha256, String name, String title, String description, long seed,
                              List<Run> scenarios, List<Param> parameters, List<Check> summaries, List<Check> heldOut,
                              Scale scale, int population, double alpha, double minAcceptance, double minToleranceDrop,
                              int predictive, double identifiedShare, Map<String, Double> planted, Screen screen,
                              List<Fixed> screened) {

    /**
     * How {@code ayni calibrate screen} screens the fitted parameters (the file's {@code screen:} block).
     *
     * @param trajectories Morris trajectories (each k + 1 simulations)
     * @param levels       the Morris grid's levels (even)
     * @param threshold    a parameter whose overall scaled mu* is below this share of the largest parameter's does not
     *                     move the checks and is fixed
     */
    public record Screen(int trajectories, int levels, double threshold) {
        public static final Screen DEFAULT = new Screen(20, 4, 0.1);
    }

    /** A fitted parameter fixed at {@code value} by a screening ({@code from}: the screening's folder, as given). */
    public record Fixed(Param param, double value, String from) {}

    /** A scenario every parameter set is run on: its key in the file, the months run and fixed parameter values. */
    public record Run(String key, Scenario scenario, int steps, int measureInterval, Map<String, Double> set) {}

    /**
     * A fitted parameter. With {@code scenarios} it applies to those scenarios only and gets its own posterior
     * ({@link #id()} = name@keys); otherwise it is shared by every scenario.
     */
    public record Param(String name, String shape, double low, double high, double mean, double sd, boolean integer,
                        List<String> scenarios) {
        public String id() {
            return scenarios.isEmpty() ? name : name + "@" + String.join("+", scenarios);
        }

        public boolean appliesTo(String scenarioKey) {
            return scenarios.isEmpty() || scenarios.contains(scenarioKey);
        }
    }

    /** How a check's misfit is scaled: by the prior predictive's spread (MAD) or by the check's own tolerance. */
    public enum Scale implements ayni.domain.Keyed {
        MAD("mad"), TOLERANCE("tolerance");

        private final String key;

        Scale(String key) {
            this.key = key;
        }

        @Override
        public String key() { return key; }
    }

    /** Which value of a run's series an observable takes. */
    public enum Stat implements ayni.domain.Keyed {
        END("end"), MEAN("mean"), AT("at");

        private final String key;

        Stat(String key) {
            this.key = key;
        }

        @Override
        public String key() { return key; }
    }

    /** A value of one scenario's run: a measure's mean over the last {@code window} months, over all months, or in one month. */
    public record Observable(String scenario, String measure, Stat stat, YearMonth at, int window) {
        public String describe() {
            return scenario + ":" + measure + (stat == Stat.AT ? "@" + at : stat == Stat.END ? " (last " + window + " months)" : " (mean)");
        }
    }

    /**
     * A check: an observable (minus another, for an order between two situations) and its target: a value
     * ({@code target}, with {@code tolerance} as its scale when the distance scales by tolerance) or a direction
     * ({@code above} or {@code below} a bound). In a planted calibration the target is the planted run's value.
     */
    public record Check(String name, String fact, Observable observable, Observable minus, Double target, double tolerance,
                        Double above, Double below, PatternCheck pattern) {
        public Check(String name, String fact, Observable observable, Observable minus, Double target, double tolerance,
                     Double above, Double below) {
            this(name, fact, observable, minus, target, tolerance, above, below, null);
        }

        /** The time-series columns its value is computed from. */
        public List<String> columns() {
            List<String> out = new java.util.ArrayList<>();
            if (pattern != null) {
                out.addAll(pattern.check().value().columns());
                if (pattern.check().minus() != null) out.addAll(pattern.check().minus().columns());
            } else {
                out.add(observable.measure());
                if (minus != null) out.add(minus.measure());
            }
            return out;
        }

        public String describe() {
            if (pattern != null) {
                PatternSpec.Check c = pattern.check();
                boolean within = c.minus() != null && c.minusScenario() == null;
                return c.value().describe() + (within ? " − " + c.minus().describe() : "") + " on " + pattern.arms();
            }
            return observable.describe() + (minus != null ? " − " + minus.describe() : "");
        }
    }

    /**
     * A check of a pattern file used as a summary: its value in one replication of the arms it reads, with target or
     * direction taken from the pattern file. {@code key} is the calibration's scenario the check reads (its what-if
     * and parameter contrast get that scenario's fitted values), {@code minusKey} the scenario of an unpaired minus.
     */
    public record PatternCheck(PatternSpec fact, PatternSpec.Check check, String key, String minusKey) {
        /** The runs read, e.g. "w14s-green-credit-sp − sustainable (paired)". */
        public String arms() {
            String arm = check.whatif() != null ? check.whatif().name() : key;
            if (!check.set().isEmpty()) arm += " with " + check.set();
            if (minusKey != null) return arm + " − " + minusKey;
            return check.paired() ? arm + " − " + key + " (paired)" : arm;
        }
    }

    /** Whether any check is a pattern check (then {@code PatternSummaries} computes the values). */
    public boolean readsPatterns() {
        for (Check c : outputs()) if (c.pattern() != null) return true;
        return false;
    }

    /**
     * This calibration as a recovery test: targets from a run at {@code values}, with its own seed (a coverage study
     * plants many sets). The hash covers the planted values and seed, so stores of different sets never mix.
     */
    public CalibrationSpec planted(Map<String, Double> values, long plantedSeed) {
        String hash = Composer.sha256((sha256 + values + plantedSeed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new CalibrationSpec(file, hash, name, title, description, plantedSeed, scenarios, parameters, summaries, heldOut,
                scale, population, alpha, minAcceptance, minToleranceDrop, predictive, identifiedShare,
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values)), screen, screened);
    }

    /**
     * This calibration with another population (particles kept per generation), e.g. a smaller first run of a large
     * calibration: the hash covers it, so its simulations are stored apart, and the description says so in the report.
     */
    public CalibrationSpec withPopulation(int particles) {
        if (particles == population) return this;
        String hash = Composer.sha256((sha256 + "|population=" + particles).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String note = (description.isBlank() ? "" : description.strip() + " ") + "This run keeps " + particles
                + " particles per generation where the file asks for " + population + " (--population).";
        return new CalibrationSpec(file, hash, name, title, note, seed, scenarios, parameters, summaries, heldOut, scale,
                particles, alpha, minAcceptance, minToleranceDrop, predictive, identifiedShare, planted, screen, screened);
    }

    /**
     * This calibration with another stopping rule (a sensitivity run: does going on past the file's rule change the
     * answer?). The hash stays: the rule decides only after which generation the loop ends, never what a generation
     * simulates, so the simulations stored up to there are shared. The description says so in the report.
     */
    public CalibrationSpec withStop(double minAcceptance, double minToleranceDrop) {
        if (minAcceptance == this.minAcceptance && minToleranceDrop == this.minToleranceDrop) return this;
        String note = (description.isBlank() ? "" : description.strip() + " ") + "This run stops when acceptance falls below "
                + minAcceptance + " or the tolerance drops by less than " + minToleranceDrop + " in a generation, where the "
                + "file asks for " + this.minAcceptance + " and " + this.minToleranceDrop + " (--min-acceptance, "
                + "--min-tolerance-drop: a sensitivity run).";
        return new CalibrationSpec(file, sha256, name, title, note, seed, scenarios, parameters, summaries, heldOut, scale,
                population, alpha, minAcceptance, minToleranceDrop, predictive, identifiedShare, planted, screen, screened);
    }

    /**
     * This calibration with the given fitted parameters fixed (a screening's result): they leave {@link #parameters()}
     * and are set, at their value, in every scenario they applied to; the hash covers them, so a store of the unscreened
     * calibration is never mixed in. A planted calibration keeps only the planted values of the parameters still fitted.
     */
    public CalibrationSpec fix(List<Fixed> fixed) {
        if (fixed.isEmpty()) return this;
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Fixed f : fixed) ids.add(f.param().id());
        List<Param> kept = parameters.stream().filter(p -> !ids.contains(p.id())).toList();
        List<Run> runs = new java.util.ArrayList<>();
        for (Run r : scenarios) {
            Map<String, Double> set = new java.util.LinkedHashMap<>(r.set());
            for (Fixed f : fixed) if (f.param().appliesTo(r.key())) set.put(f.param().name(), f.value());
            runs.add(new Run(r.key(), r.scenario(), r.steps(), r.measureInterval(), java.util.Collections.unmodifiableMap(set)));
        }
        Map<String, Double> pl = null;
        if (planted != null) {
            pl = new java.util.LinkedHashMap<>(planted);
            pl.keySet().removeAll(ids);
            pl = java.util.Collections.unmodifiableMap(pl);
        }
        StringBuilder key = new StringBuilder(sha256).append("|screened");
        for (Fixed f : fixed) key.append('|').append(f.param().id()).append('=').append(Double.toString(f.value()));
        String hash = Composer.sha256(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Fixed> all = new java.util.ArrayList<>(screened);
        all.addAll(fixed);
        return new CalibrationSpec(file, hash, name, title, description, seed, List.copyOf(runs), kept, summaries, heldOut,
                scale, population, alpha, minAcceptance, minToleranceDrop, predictive, identifiedShare, pl, screen, List.copyOf(all));
    }

    /** Every check, summaries first, then held-out ones: the order of the simulator's outputs. */
    public List<Check> outputs() {
        List<Check> all = new java.util.ArrayList<>(summaries);
        all.addAll(heldOut);
        return List.copyOf(all);
    }
}
