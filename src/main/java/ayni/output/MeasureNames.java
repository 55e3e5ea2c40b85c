package ayni.output;

import ayni.domain.ActorKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of timeseries.csv in words, for chart titles, axes and tables: "fundingReceived_ngo" is "Funding
 * received by NGOs" in US$ per month. Shares (fractions) are shown as percentages and their differences in
 * percentage points.
 */
public final class MeasureNames {
    /** How a measure's values read. */
    public enum Unit {
        SHARE("%", "percentage points"), COUNT("count", "count"), USD("US$ per month", "US$ per month"),
        INDEX("0 to 1", "0 to 1"), NONE("", "");

        /** Axis and table unit of a level, and of a difference. */
        public final String level, difference;

        Unit(String level, String difference) {
            this.level = level;
            this.difference = difference;
        }
    }

    /** A measure's name in words and its unit. */
    public record Name(String words, Unit unit) {
        /** "Funding received by NGOs (US$ per month)". */
        public String axis() {
            return unit == Unit.NONE ? words : words + " (" + unit.level + ")";
        }

        /** "Funding received by NGOs, what-if minus base (US$ per month)". */
        public String differenceAxis(String what) {
            return words + ", " + what + (unit == Unit.NONE ? "" : " (" + unit.difference + ")");
        }

        /** Chart values: shares ×100 so axes read in percent or percentage points. */
        public double scale() {
            return unit == Unit.SHARE ? 100 : 1;
        }

        /** A level for a table: shares as "45.3%", others with the given decimals. */
        public String level(double v, int decimals) {
            return unit == Unit.SHARE ? Numbers.percent(v, Math.max(0, decimals - 2)) : Numbers.fixed(v, decimals);
        }

        /** A difference for a table: shares as "-1.2 pp". */
        public String difference(double v, int decimals) {
            return unit == Unit.SHARE ? Numbers.fixed(100 * v, Math.max(0, decimals - 2)) + " pp" : Numbers.fixed(v, decimals);
        }
    }

    private static final Pattern SUFFIXED = Pattern.compile("([a-zA-Z]+)_([a-zA-Z]+)");
    private static final Pattern CHANNEL = Pattern.compile("([a-z]+)To([A-Z][a-zA-Z]*)");

    private MeasureNames() {}

    public static Name of(String column) {
        switch (column) {
            case "fundingInjected": return new Name("Funding entering the network", Unit.USD);
            case "fundingSpent": return new Name("Funding spent", Unit.USD);
            case "fundingHeld": return new Name("Cash held by all actors", Unit.NONE);
            case "certified_share": return new Name("SMEs certified", Unit.SHARE);
            case "practice_mean": return new Name("Mean sustainable practice of SMEs", Unit.INDEX);
            case "cooperationRate": return new Name("Cooperation on ties", Unit.SHARE);
            case "cooperationWithin": return new Name("Cooperation within a discourse cluster", Unit.SHARE);
            case "cooperationAcross": return new Name("Cooperation across discourse clusters", Unit.SHARE);
            case "vetoRate": return new Name("NGO offers refused by SMEs", Unit.SHARE);
            case "smeIncluded": return new Name("SMEs tied to an NGO or platform", Unit.SHARE);
            case "sales": return new Name("Sales of SMEs to buyers", Unit.USD);
            case "adoptions": return new Name("SMEs adopting this month", Unit.COUNT);
            case "reversions": return new Name("SMEs reverting this month", Unit.COUNT);
            case "grantsMade": return new Name("Donor grants made this month", Unit.COUNT);
            case "ngoClosures": return new Name("NGOs closed this month", Unit.COUNT);
            case "tiesFormed": return new Name("Ties formed this month", Unit.COUNT);
            case "tiesDissolved": return new Name("Ties dissolved this month", Unit.COUNT);
            default: break;
        }
        Matcher m = SUFFIXED.matcher(column);
        if (!m.matches()) return new Name(column, Unit.NONE);
        String what = m.group(1), sub = m.group(2);
        String kinds = kindWords(sub);
        return switch (what) {
            case "actors" -> new Name(kinds + " present", Unit.COUNT);
            case "ngo" -> new Name(capital(words(sub)) + " NGOs present", Unit.COUNT);
            case "sme" -> new Name(capital(words(sub)) + " SMEs present", Unit.COUNT);
            case "fundingGiven" -> new Name("Funding given by " + kinds, Unit.USD);
            case "fundingReceived" -> new Name("Funding received by " + kinds, Unit.USD);
            case "fundingChannel" -> channel(sub);
            case "adoption" -> new Name(sub.equals("all") ? "SMEs adopting sustainable practices"
                    : capital(words(sub)) + " SMEs adopting sustainable practices", Unit.SHARE);
            case "ngoIncomeShare" -> new Name("NGO income from " + words(sub), Unit.SHARE);
            case "ties" -> new Name(capital(words(sub)) + " ties", Unit.COUNT);
            case "legitimacy" -> new Name("Mean legitimacy of " + kinds, Unit.INDEX);
            case "powerPagerank" -> new Name(possessive(kinds) + " share of power (PageRank)", Unit.SHARE);
            case "powerPagerankNgo" -> new Name(capital(words(sub)) + " NGOs' share of power (PageRank)", Unit.SHARE);
            case "powerPagerankDomain" -> new Name("Share of power in " + words(sub), Unit.SHARE);
            case "powerFunding" -> new Name(possessive(kinds) + " share of funding given", Unit.SHARE);
            case "dependence" -> new Name(possessive(kinds) + " share of others' dependence", Unit.SHARE);
            case "informational" -> new Name(possessive(kinds) + " share of informational power", Unit.SHARE);
            case "anchoring" -> new Name(possessive(kinds) + " share of anchoring power", Unit.SHARE);
            case "centralization" -> new Name("Centralization of the " + words(sub) + " layer", Unit.INDEX);
            case "density" -> new Name("Density of " + words(sub) + " ties", Unit.INDEX);
            default -> new Name(column, Unit.NONE);
        };
    }

    private static Name channel(String sub) {
        Matcher c = CHANNEL.matcher(sub);
        if (!c.matches()) return new Name("Funding " + sub, Unit.USD);
        return new Name("Funding from " + kindWords(c.group(1)) + " to " + kindWords(c.group(2)), Unit.USD);
    }

    /** "NGOs" for "ngo"; other keys in words. */
    static String kindWords(String key) {
        for (ActorKind k : ActorKind.values()) if (k.key().equalsIgnoreCase(key)) return ayni.style.Palette.label(k);
        return words(key);
    }

    /** "microExport" → "micro export", "donorGrants" → "donor grants". */
    public static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String possessive(String kinds) {
        return kinds.endsWith("s") ? kinds + "'" : kinds + "'s";
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
