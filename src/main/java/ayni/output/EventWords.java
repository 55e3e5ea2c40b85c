package ayni.output;

import ayni.model.EventLog;
import ayni.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logged event in words, with actors by name: "OXFAM-NOVIB leaves abruptly", "ICCO's budget cut to 80%", "new
 * policy at SENASA: regulation 0.5, enforcement 0.3, certification recognition false". Charts' event keys, the
 * {@code what} column of events.csv and the report page say the same.
 */
public final class EventWords {
    private static final Pattern FACTOR = Pattern.compile(" x([0-9.Ee-]+)");

    private EventWords() {}

    /** Every named actor of a scenario: id → name (groups of SMEs included). */
    public static Map<String, String> names(Scenario s) {
        Map<String, String> m = new HashMap<>();
        s.donors().forEach(d -> m.put(d.id(), d.name()));
        s.ngos().forEach(d -> m.put(d.id(), d.name()));
        s.platforms().forEach(d -> m.put(d.id(), d.name()));
        s.governments().forEach(d -> m.put(d.id(), d.name()));
        s.companies().forEach(d -> m.put(d.id(), d.name()));
        s.smes().forEach(d -> m.put(d.id(), d.name()));
        return m;
    }

    public static String describe(EventLog.Entry e, Map<String, String> names) {
        return describe(e, id -> {
            String n = names.get(id); // an actor written without a name is mapped to null: say its id
            return n == null ? id : n;
        });
    }

    public static String describe(EventLog.Entry e, Function<String, String> name) {
        String who = who(e.targets(), name);
        if (who.equals("all")) who = switch (e.kind()) {
            case "policy" -> "all government agencies";
            case "marketShock" -> "all buyers";
            case "actorEntry", "actorExit" -> "all actors";
            default -> "all donors";
        };
        boolean many = e.targets().trim().contains(" ") || e.targets().equals("all");
        String effect = e.effect() == null ? "" : e.effect();
        String text = switch (e.kind()) {
            case "donorExit" -> who + (many ? " leave" : " leaves")
                    + (e.origin() == EventLog.Origin.UNTIL ? " (end of funding)" : effect.contains("(abrupt)") ? " abruptly"
                    : effect.contains("(gradual)") ? " gradually" : "");
            case "budgetChange" -> budget(who, many, effect);
            case "fundingRule" -> who + " change" + (many ? "" : "s") + " funding rule" + after(effect, " now use the ", " rule", ": ");
            case "domainShift" -> who + " shift" + (many ? "" : "s") + " priorities among domains";
            case "channelShift" -> who + " shift" + (many ? "" : "s") + " funding channels";
            case "ngoTypeShift" -> who + " shift" + (many ? "" : "s") + " preferences among NGO types";
            case "actorEntry" -> who + (many ? " enter" : " enters");
            case "actorExit" -> who + (many ? " leave" : " leaves");
            case "platformCreate" -> who + " created";
            case "platformDissolve" -> who + (many ? " dissolve" : " dissolves");
            case "policy" -> "new policy at " + who + after(effect, ": ", null, ": ");
            case "marketShock" -> "market shock at " + who;
            case "election" -> "election: " + effect;
            case "parameter" -> "parameter " + effect;
            default -> e.kind() + " " + who;
        };
        // an event addressed to actors already gone changes nothing (e.g. a base's exit kept in a what-if that exits earlier)
        if (effect.matches("0 (donors|budgets|actors|buyers|agencies) .*|0 (donors|budgets|actors|buyers|agencies)")) text += " (no effect: already gone)";
        return (e.origin() == EventLog.Origin.LEVER ? "lever: " : "") + text;
    }

    private static String budget(String who, boolean many, String effect) {
        Matcher m = FACTOR.matcher(effect);
        if (!m.find()) return (many ? "budgets of " + who : possessive(who) + " budget") + " changed";
        double f = Double.parseDouble(m.group(1));
        String what = many ? "budgets of " + who : possessive(who) + " budget";
        return what + (f < 1 ? " cut to " : " raised to ") + Numbers.of(100 * f).replaceFirst("\\.0+$", "") + "%";
    }

    /** The part of an effect after {@code start} (and before {@code end}), prefixed; "" when absent. */
    private static String after(String effect, String start, String end, String prefix) {
        int i = effect.indexOf(start);
        if (i < 0) return "";
        String rest = effect.substring(i + start.length());
        if (end != null && rest.contains(end)) rest = rest.substring(0, rest.indexOf(end));
        return prefix + MeasureNames.words(rest);
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** Names of the targets: "MISEREOR", "ICCO and HIVOS", "CORDAID, ICCO and 3 others". */
    static String who(String targets, Function<String, String> name) {
        String t = targets == null ? "" : targets.trim();
        if (t.isEmpty()) return "";
        if (t.equals("all")) return "all";
        if (t.contains("=") || t.contains(":")) return t; // a filter, not ids
        List<String> names = new ArrayList<>();
        for (String id : t.split("[ ,]+")) if (!id.isEmpty()) names.add(name.apply(id));
        if (names.size() == 1) return names.get(0);
        if (names.size() <= 3) return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " others";
    }
}
