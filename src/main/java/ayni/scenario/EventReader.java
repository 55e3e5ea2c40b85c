package ayni.scenario;

import ayni.domain.Channel;
import ayni.domain.Domain;
import ayni.domain.ExitMode;
import ayni.domain.FundingRule;
import ayni.domain.NgoType;
import ayni.scenario.EventSpec.ActorEntry;
import ayni.scenario.EventSpec.ActorExit;
import ayni.scenario.EventSpec.BudgetChange;
import ayni.scenario.EventSpec.ChannelShift;
import ayni.scenario.EventSpec.DomainShift;
import ayni.scenario.EventSpec.DonorExit;
import ayni.scenario.EventSpec.Election;
import ayni.scenario.EventSpec.FundingRuleChange;
import ayni.scenario.EventSpec.MarketShock;
import ayni.scenario.EventSpec.NgoTypeShift;
import ayni.scenario.EventSpec.ParameterChange;
import ayni.scenario.EventSpec.PolicyChange;
import ayni.scenario.EventSpec.Targets;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code events:} entries of a scenario, checking each kind's keys, types and ranges. */
final class EventReader {
    private static final List<String> COMMON = List.of("at", "kind", "note");
    private static final Map<EventKind, List<String>> KEYS = new EnumMap<>(EventKind.class);
    /** Company filters an event may name instead of ids. */
    static final List<String> COMPANY_FILTERS = List.of("exportBuyers", "domestic");

    static {
        KEYS.put(EventKind.DONOR_EXIT, List.of("donors", "exitMode", "referral"));
        KEYS.put(EventKind.BUDGET_CHANGE, List.of("donors", "governments", "factor", "yearlyRate"));
        KEYS.put(EventKind.FUNDING_RULE, List.of("donors", "rule"));
        KEYS.put(EventKind.DOMAIN_SHIFT, List.of("donors", "domains"));
        KEYS.put(EventKind.CHANNEL_SHIFT, List.of("donors", "channels"));
        KEYS.put(EventKind.NGO_TYPE_SHIFT, List.of("donors", "ngoTypes"));
        KEYS.put(EventKind.ACTOR_ENTRY, List.of("actors"));
        KEYS.put(EventKind.ACTOR_EXIT, List.of("actors", "exitMode"));
        KEYS.put(EventKind.PLATFORM_CREATE, List.of("platforms"));
        KEYS.put(EventKind.PLATFORM_DISSOLVE, List.of("platforms"));
        KEYS.put(EventKind.POLICY, List.of("governments", "regulation", "enforcement", "subsidy", "greenCredit",
                "certificationRecognition"));
        KEYS.put(EventKind.MARKET_SHOCK, List.of("companies", "demandFactor", "premium", "premiumFactor"));
        KEYS.put(EventKind.ELECTION, List.of());
        KEYS.put(EventKind.PARAMETER, List.of("name", "value"));
    }

    private EventReader() {}

    /** The keys an event of a kind may have. */
    static List<String> keys(EventKind kind) {
        List<String> k = new ArrayList<>(COMMON);
        k.addAll(KEYS.get(kind));
        return k;
    }

    /** Reads one event; start and end are null when the period itself is invalid (then 'at' is not range-checked). */
    static EventSpec event(TreeReader r, String p, JsonNode n, YearMonth start, YearMonth end) {
        if (n == null || !n.isObject()) {
            r.problem(p, "expected a mapping with at, kind and the kind's keys", "write e.g. '- at: 2010-04' then 'kind: election'");
            return null;
        }
        EventKind kind = r.choice(n, p, "kind", EventKind.class, true, null);
        if (kind == null) return null;
        r.object(n, p, keys(kind));
        int step = at(r, p, n, start, end);
        String note = r.text(n, p, "note", false, "");
        int before = r.problems.size();
        EventSpec e = switch (kind) {
            case DONOR_EXIT -> new DonorExit(step, note, targets(r, n, p, "donors", true),
                    r.choice(n, p, "exitMode", ExitMode.class, false, null),
                    r.number(n, p, "referral", false, 0, 0, 1, "share of grantees referred"));
            case BUDGET_CHANGE -> budget(r, n, p, step, note);
            case FUNDING_RULE -> new FundingRuleChange(step, note, targets(r, n, p, "donors", true),
                    r.choice(n, p, "rule", FundingRule.class, true, FundingRule.FLEXIBLE));
            case DOMAIN_SHIFT -> new DomainShift(step, note, targets(r, n, p, "donors", true),
                    positive(r, n, p, "domains", r.weights(n, p, "domains", Domain.class, true, 1e6, "relative weight")));
            case CHANNEL_SHIFT -> new ChannelShift(step, note, targets(r, n, p, "donors", true),
                    positive(r, n, p, "channels", r.weights(n, p, "channels", Channel.class, true, 1e6, "relative weight")));
            case NGO_TYPE_SHIFT -> new NgoTypeShift(step, note, targets(r, n, p, "donors", true),
                    positive(r, n, p, "ngoTypes", r.weights(n, p, "ngoTypes", NgoType.class, true, 1e6, "relative weight")));
            case ACTOR_ENTRY -> new ActorEntry(step, note, kind, targets(r, n, p, "actors", true));
            case PLATFORM_CREATE -> new ActorEntry(step, note, kind, targets(r, n, p, "platforms", true));
            case ACTOR_EXIT -> new ActorExit(step, note, kind, targets(r, n, p, "actors", true),
                    r.choice(n, p, "exitMode", ExitMode.class, false, null));
            case PLATFORM_DISSOLVE -> new ActorExit(step, note, kind, targets(r, n, p, "platforms", true), null);
            case POLICY -> policy(r, n, p, step, note);
            case MARKET_SHOCK -> market(r, n, p, step, note);
            case ELECTION -> new Election(step, note);
            case PARAMETER -> parameter(r, n, p, step, note);
        };
        return r.problems.size() > before ? null : e;
    }

    private static int at(TreeReader r, String p, JsonNode n, YearMonth start, YearMonth end) {
        JsonNode v = r.child(n, p, "at", true);
        if (v == null) return 0;
        String path = TreeReader.at(p, "at");
        if (v.isIntegralNumber()) {
            long step = v.asLong();
            if (start != null) {
                long steps = ChronoUnit.MONTHS.between(start, end) + 1;
                if (step < 0 || step >= steps) {
                    r.problem(path, "step " + v.asText() + " is outside the period (steps 0 to " + (steps - 1) + ")",
                            "use a step between 0 and " + (steps - 1) + " or a month between " + start + " and " + end);
                    return 0;
                }
            }
            return (int) step;
        }
        YearMonth m = r.month(v, path);
        if (m == null || start == null) return 0;
        if (m.isBefore(start) || m.isAfter(end)) {
            r.problem(path, "at " + m + " is outside the period " + start + " to " + end,
                    "move the event into the period or remove it");
            return 0;
        }
        return (int) ChronoUnit.MONTHS.between(start, m);
    }

    /** A target list: 'all', a single id, a list of ids, or (companies) a filter name. Ids are checked later. */
    static Targets targets(TreeReader r, JsonNode n, String p, String key, boolean required) {
        JsonNode v = r.child(n, p, key, required);
        if (v == null) return Targets.NONE;
        String path = TreeReader.at(p, key);
        if (v.isTextual()) {
            String s = v.asText();
            if (s.equals("all")) return new Targets(true, null, List.of());
            if (key.equals("companies") && COMPANY_FILTERS.contains(s)) return new Targets(false, s, List.of());
            return new Targets(false, null, List.of(s));
        }
        if (v.isArray() && v.size() > 0) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual()) {
                    r.problem(path + "[" + i + "]", "expected an id, got " + TreeReader.describe(v.get(i)), "write the actor's id");
                } else {
                    ids.add(v.get(i).asText());
                }
            }
            return new Targets(false, null, List.copyOf(ids));
        }
        r.problem(path, "expected 'all', an id or a list of ids, got " + TreeReader.describe(v),
                "write e.g. " + key + ": [first-id, second-id]");
        return Targets.NONE;
    }

    private static <E extends Enum<E>> Map<E, Double> positive(TreeReader r, JsonNode n, String p, String key, Map<E, Double> m) {
        if (n.has(key) && m.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            r.problem(TreeReader.at(p, key), "all weights are 0", "give at least one a positive weight");
        }
        return m;
    }

    private static Double optional(TreeReader r, JsonNode n, String p, String key, double min, double max, String unit) {
        return n.has(key) ? r.number(n, p, key, false, 0, min, max, unit) : null;
    }

    private static Boolean optionalBool(TreeReader r, JsonNode n, String p, String key) {
        return n.has(key) ? r.bool(n, p, key, false) : null;
    }

    private static BudgetChange budget(TreeReader r, JsonNode n, String p, int step, String note) {
        Targets donors = targets(r, n, p, "donors", false), govs = targets(r, n, p, "governments", false);
        if (donors.isEmpty() && govs.isEmpty()) {
            r.problem(p, "a budgetChange names no donors or governments", "add 'donors: [...]' or 'governments: [...]' (or 'all')");
        }
        Double factor = optional(r, n, p, "factor", 0, 1e6, "multiplier");
        Double rate = optional(r, n, p, "yearlyRate", -1, 10, "change per year");
        if (factor == null && rate == null) {
            r.problem(p, "a budgetChange needs 'factor' or 'yearlyRate'", "add e.g. 'factor: 0.8' (a 20% cut) or 'yearlyRate: -0.1'");
        }
        return new BudgetChange(step, note, donors, govs, factor, rate);
    }

    private static PolicyChange policy(TreeReader r, JsonNode n, String p, int step, String note) {
        PolicyChange e = new PolicyChange(step, note, targets(r, n, p, "governments", true),
                optional(r, n, p, "regulation", 0, 1, "0..1"), optional(r, n, p, "enforcement", 0, 1, "0..1"),
                optional(r, n, p, "subsidy", 0, 1e12, "USD per adopting SME"), optionalBool(r, n, p, "greenCredit"),
                optionalBool(r, n, p, "certificationRecognition"));
        if (e.regulation() == null && e.enforcement() == null && e.subsidy() == null && e.greenCredit() == null
                && e.certificationRecognition() == null) {
            r.problem(p, "a policy event changes nothing",
                    "add one of regulation, enforcement, subsidy, greenCredit, certificationRecognition");
        }
        return e;
    }

    private static MarketShock market(TreeReader r, JsonNode n, String p, int step, String note) {
        MarketShock e = new MarketShock(step, note, targets(r, n, p, "companies", true),
                optional(r, n, p, "demandFactor", 0, 1e6, "multiplier"), optional(r, n, p, "premium", 0, 1, "share of price"),
                optional(r, n, p, "premiumFactor", 0, 1e6, "multiplier"));
        if (e.demandFactor() == null && e.premium() == null && e.premiumFactor() == null) {
            r.problem(p, "a marketShock changes nothing", "add demandFactor, premium or premiumFactor");
        }
        if (e.premium() != null && e.premiumFactor() != null) {
            r.problem(TreeReader.at(p, "premiumFactor"), "both premium and premiumFactor are given", "keep only one of them");
        }
        return e;
    }

    private static ParameterChange parameter(TreeReader r, JsonNode n, String p, int step, String note) {
        List<String> names = new ArrayList<>();
        for (Parameters.Spec s : Parameters.SPECS) names.add(s.name());
        String name = r.text(n, p, "name", true, null);
        double value = r.number(n, p, "value", true, 0, -1e15, 1e15, "the parameter's unit");
        if (name == null) return null;
        if (!names.contains(name)) {
            String near = Suggest.closest(name, names);
            r.problem(TreeReader.at(p, "name"), "'" + name + "' is not a parameter",
                    near != null ? "did you mean '" + near + "'?" : "see docs/ODD.md section 8 for the names");
            return null;
        }
        try {
            new Parameters().set(name, value);
        } catch (IllegalArgumentException ex) {
            Parameters.Spec s = Parameters.spec(name);
            r.problem(TreeReader.at(p, "value"), ex.getMessage(), "use a value between " + Parameters.fmt(s.min()) + " and "
                    + Parameters.fmt(s.max()));
        }
        return new ParameterChange(step, note, name, value);
    }
}
