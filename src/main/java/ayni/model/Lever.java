package ayni.model;

import ayni.domain.ExitMode;
import ayni.domain.FundingRule;
import ayni.scenario.EventSpec;
import ayni.scenario.EventSpec.Targets;
import java.util.Locale;

/**
 * A teacher's lever: a live intervention that is turned into the same dated event a scenario file would write, so a
 * lever pulled before month m changes the model exactly as a scenario event at month m does
 * ({@link AyniModel#pull}). Keys are what the command line accepts ({@code --lever withdraw-donor:oxfam-novib@12}).
 */
public enum Lever {
    /** One donor leaves now, cutting its running grants and referring nobody (argument: the donor's id). */
    WITHDRAW_DONOR("withdraw-donor", "Withdraw donor", "donor id"),
    /** Every donor present keeps this share less of its budget (argument: share 0..1, default 0.5). */
    CUT_DONOR_BUDGETS("cut-donor-budgets", "Cut all donor budgets", "share cut, 0..1"),
    /** Every donor present funds by business plans and measured results (§8.5.2). */
    PERFORMANCE_FUNDING("performance-funding", "Switch donors to performance-based funding", null),
    /** Every government agency recognises participatory certification (PGS; §5.2.3, §5.3.4). */
    RECOGNISE_PGS("recognise-pgs", "Recognise participatory certification (PGS)", null),
    /** A change of government now: agencies' ties weaken by electionTieLoss (§5.2.1, §8.5.1). */
    ELECTION("election", "Start an election", null);

    /** The budget cut when none is given. */
    public static final double DEFAULT_CUT = 0.5;

    private final String key;
    private final String label;
    private final String argument;

    Lever(String key, String label, String argument) {
        this.key = key;
        this.label = label;
        this.argument = argument;
    }

    public String key() { return key; }

    /** Words for a button. */
    public String label() { return label; }

    /** What the argument is, or null when the lever takes none. */
    public String argument() { return argument; }

    public static Lever byKey(String key) {
        for (Lever l : values()) if (l.key.equals(key.toLowerCase(Locale.ROOT))) return l;
        StringBuilder known = new StringBuilder();
        for (Lever l : values()) known.append(known.length() == 0 ? "" : ", ").append(l.key);
        throw new IllegalArgumentException("unknown lever '" + key + "'; levers: " + known);
    }

    /**
     * The event this lever stands for, applying at {@code step}. Checks the argument's form; whether a named donor
     * exists is checked by {@link AyniModel#pull}.
     */
    public EventSpec event(int step, String arg) {
        String note = "lever: " + label.toLowerCase(Locale.ROOT);
        return switch (this) {
            case WITHDRAW_DONOR -> {
                if (arg == null || arg.isBlank()) throw new IllegalArgumentException("withdraw-donor needs a donor id, e.g. withdraw-donor:oxfam-novib");
                yield new EventSpec.DonorExit(step, note + " " + arg, Targets.of(arg), ExitMode.ABRUPT, 0);
            }
            case CUT_DONOR_BUDGETS -> {
                double share = share(arg);
                yield new EventSpec.BudgetChange(step, note + " by " + Math.round(share * 100) + "%",
                        new Targets(true, null, java.util.List.of()), Targets.NONE, 1 - share, null);
            }
            case PERFORMANCE_FUNDING -> new EventSpec.FundingRuleChange(step, note,
                    new Targets(true, null, java.util.List.of()), FundingRule.PERFORMANCE);
            case RECOGNISE_PGS -> new EventSpec.PolicyChange(step, note, new Targets(true, null, java.util.List.of()),
                    null, null, null, null, true);
            case ELECTION -> new EventSpec.Election(step, note);
        };
    }

    private static double share(String arg) {
        if (arg == null || arg.isBlank()) return DEFAULT_CUT;
        double v;
        try {
            v = Double.parseDouble(arg.endsWith("%") ? arg.substring(0, arg.length() - 1) : arg);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cut-donor-budgets needs a share between 0 and 1, got '" + arg + "'");
        }
        if (arg.endsWith("%")) v /= 100;
        if (!(v > 0 && v <= 1)) throw new IllegalArgumentException("cut-donor-budgets needs a share above 0 and at most 1, got '" + arg + "'");
        return v;
    }
}
