package ayni.scenario;

import ayni.domain.Channel;
import ayni.domain.Discourse;
import ayni.domain.DonorKind;
import ayni.domain.Domain;
import ayni.domain.ExitMode;
import ayni.domain.FundingRule;
import ayni.domain.GovernmentLevel;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.domain.NgoType;
import ayni.domain.Scope;
import ayni.domain.SmeSize;
import ayni.scenario.Specs.CompanySpec;
import ayni.scenario.Specs.DonorSpec;
import ayni.scenario.Specs.GovernmentSpec;
import ayni.scenario.Specs.NgoSpec;
import ayni.scenario.Specs.PlatformSpec;
import ayni.scenario.Specs.Range;
import ayni.scenario.Specs.SmeGroupSpec;
import ayni.scenario.Specs.TieSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads and validates a scenario file. Every problem found is reported with file, line, field, what was expected
 * and how to fix it; the YAML is read as a plain tree, so no class named in the file is ever constructed.
 */
public final class ScenarioLoader {
    /** Largest SME population a scenario may ask for (the national scenario needs about 500,000). */
    public static final int MAX_SMES = 2_000_000;
    /** Largest number of entries in any other actor list. */
    public static final int MAX_ACTORS = 100_000;

    private static final List<String> TOP = List.of("base", "name", "title", "description", "sources", "start", "end",
            "seed", "elections", "parameters", "donors", "ngos", "platforms", "governments", "companies", "smes", "ties",
            "events");
    private static final List<String> DONOR = List.of("id", "name", "kind", "budget", "domains", "fundingRule",
            "grantCycleYears", "channels", "ngoTypes", "discourse", "from", "until", "exitMode");
    private static final List<String> NGO = List.of("id", "name", "type", "scope", "domain", "cash", "monthlyCost",
            "ownIncome", "knowledge", "legitimacy", "discourse", "watchdog", "articulators", "from", "until");
    private static final List<String> PLATFORM = List.of("id", "name", "domain", "members", "seats", "host", "cash",
            "monthlyCost", "legitimacy", "discourse", "from", "until");
    private static final List<String> GOVERNMENT = List.of("id", "name", "level", "domain", "budget", "cofinancing",
            "subsidy", "greenCredit", "regulation", "enforcement", "certificationRecognition", "discourse", "from", "until");
    private static final List<String> COMPANY = List.of("id", "name", "domain", "demand", "premium", "requirement",
            "exportBuyer", "bioferia", "formalSuppliers", "discourse", "from", "until");
    private static final List<String> SME = List.of("id", "name", "domain", "count", "size", "exportShare",
            "associationShare", "creditAccess", "practice", "knowledge", "embeddedness", "discourse", "discourseSpread",
            "platform", "from");
    private static final List<String> TIE = List.of("from", "to", "layer", "weight", "share");
    private static final Discourse CENTRE = new Discourse(0, 0);
    private static final double MONEY = 1e12;

    private ScenarioLoader() {}

    public static Scenario load(Path path) throws ScenarioException {
        return build(Composer.load(path));
    }

    /** Parses scenario text; a {@code base} is looked up relative to the folder of {@code file}. */
    public static Scenario parse(String file, String yaml) throws ScenarioException {
        return build(Composer.parse(file, yaml));
    }

    /** The composed tree of a scenario file and its bases, as YAML (what {@code validate --show} prints). */
    public static String show(Path path) throws ScenarioException {
        Composer.Composed c = Composer.load(path);
        try {
            return new ObjectMapper(new YAMLFactory()).writeValueAsString(c.tree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Scenario build(Composer.Composed c) throws ScenarioException {
        JsonNode root = c.tree();
        String file = c.files().get(0);
        FileKind.require(file, root, "scenario", FileKind.SCENARIO, FileKind.WHATIF);
        TreeReader r = new TreeReader(file, c.index());
        if (!r.object(root, "", TOP)) throw new ScenarioException(r.problems);
        Scenario s = read(r, root, file, c.sha256(), c.files().subList(1, c.files().size()));
        if (!r.problems.isEmpty()) throw new ScenarioException(r.problems);
        return s;
    }

    private static ScenarioException fail(String file, String message, String fix) {
        return new ScenarioException(List.of(new Problem(file, 0, "", message, fix)));
    }

    private static Scenario read(TreeReader r, JsonNode root, String file, String sha, List<String> bases) {
        String name = r.id(root, "", "name");
        String title = r.text(root, "", "title", true, "");
        String description = r.text(root, "", "description", false, "");
        List<String> sources = r.texts(root, "", "sources");
        YearMonth start = r.month(root, "", "start", true);
        YearMonth end = r.month(root, "", "end", true);
        long seed = r.longValue(root, "", "seed", 1L);
        if (start != null && end != null && !end.isAfter(start)) {
            r.problem("end", "end " + end + " is not after start " + start, "set end to a later month than start");
        }
        if (start != null && end != null && start.plusYears(500).isBefore(end)) {
            r.problem("end", "the period is longer than 500 years", "simulate at most 6000 months");
        }
        List<YearMonth> elections = r.months(root, "", "elections");

        Set<String> paramNames = new LinkedHashSet<>();
        for (Parameters.Spec p : Parameters.SPECS) paramNames.add(p.name());
        Map<String, Double> overrides = r.numbersByName(root.get("parameters"), "parameters", paramNames);
        Parameters check = new Parameters();
        overrides.forEach((k, v) -> {
            try {
                check.set(k, v);
            } catch (IllegalArgumentException e) {
                Parameters.Spec sp = Parameters.spec(k);
                r.problem("parameters." + k, e.getMessage(), "use a value between " + Parameters.fmt(sp.min()) + " and "
                        + Parameters.fmt(sp.max()) + " (see docs/ODD.md, parameters)");
            }
        });

        List<DonorSpec> donors = new ArrayList<>();
        for (var e : limited(r, root, "donors", MAX_ACTORS)) addIfRead(donors, donor(r, e.getKey(), e.getValue()));
        List<NgoSpec> ngos = new ArrayList<>();
        for (var e : limited(r, root, "ngos", MAX_ACTORS)) addIfRead(ngos, ngo(r, e.getKey(), e.getValue()));
        List<PlatformSpec> platforms = new ArrayList<>();
        for (var e : limited(r, root, "platforms", MAX_ACTORS)) addIfRead(platforms, platform(r, e.getKey(), e.getValue()));
        List<GovernmentSpec> governments = new ArrayList<>();
        for (var e : limited(r, root, "governments", MAX_ACTORS)) addIfRead(governments, government(r, e.getKey(), e.getValue()));
        List<CompanySpec> companies = new ArrayList<>();
        for (var e : limited(r, root, "companies", MAX_ACTORS)) addIfRead(companies, company(r, e.getKey(), e.getValue()));
        List<SmeGroupSpec> smes = new ArrayList<>();
        for (var e : limited(r, root, "smes", MAX_ACTORS)) addIfRead(smes, sme(r, e.getKey(), e.getValue()));
        List<TieSpec> ties = new ArrayList<>();
        for (var e : limited(r, root, "ties", 10 * MAX_ACTORS)) addIfRead(ties, tie(r, e.getKey(), e.getValue()));
        List<EventSpec> events = new ArrayList<>();
        boolean period = start != null && end != null && end.isAfter(start);
        for (var e : limited(r, root, "events", MAX_ACTORS)) {
            addIfRead(events, EventReader.event(r, e.getKey(), e.getValue(), period ? start : null, period ? end : null));
        }

        Scenario s = new Scenario(file, sha, name, title, description, List.copyOf(sources), start, end, seed,
                List.copyOf(elections), Map.copyOf(overrides), List.copyOf(donors), List.copyOf(ngos),
                List.copyOf(platforms), List.copyOf(governments), List.copyOf(companies), List.copyOf(smes),
                List.copyOf(ties), List.copyOf(events), List.copyOf(bases));
        if (r.problems.isEmpty()) crossCheck(r, s);
        return s;
    }

    /** Entries that could not be read at all (already reported) are left out. */
    private static <T> void addIfRead(List<T> list, T item) {
        if (item != null) list.add(item);
    }

    private static List<Map.Entry<String, JsonNode>> limited(TreeReader r, JsonNode root, String key, int max) {
        List<Map.Entry<String, JsonNode>> items = r.items(root, key);
        if (items.size() > max) {
            r.problem(key, items.size() + " entries is more than the " + max + " allowed",
                    "describe many similar actors as one group with a count");
            return List.of();
        }
        return items;
    }

    private static DonorSpec donor(TreeReader r, String p, JsonNode n) {
        if (!r.object(n, p, DONOR)) return null;
        Map<Channel, Double> channels = r.weights(n, p, "channels", Channel.class, false, 1e6, "relative weight");
        if (channels.isEmpty()) channels.put(Channel.NGO, 1.0);
        else if (channels.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            r.problem(TreeReader.at(p, "channels"), "all channel weights are 0", "give at least one channel a positive weight");
        }
        Map<Domain, Double> domains = r.weights(n, p, "domains", Domain.class, true, 1e6, "relative weight");
        Map<NgoType, Double> ngoTypes = r.weights(n, p, "ngoTypes", NgoType.class, false, 1e6, "relative weight");
        if (!ngoTypes.isEmpty() && ngoTypes.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            r.problem(TreeReader.at(p, "ngoTypes"), "all NGO type weights are 0", "give at least one type a positive weight");
        }
        return new DonorSpec(r.id(n, p, "id"), r.text(n, p, "name", false, null),
                r.choice(n, p, "kind", DonorKind.class, true, DonorKind.INTERNATIONAL_NGO),
                r.number(n, p, "budget", true, 0, 0, MONEY, "USD per year"), domains,
                r.choice(n, p, "fundingRule", FundingRule.class, false, FundingRule.FLEXIBLE),
                r.integer(n, p, "grantCycleYears", false, 3, 2, 4, "years"), channels, ngoTypes,
                r.discourse(n, p, "discourse", false, CENTRE), r.month(n, p, "from", false), r.month(n, p, "until", false),
                r.choice(n, p, "exitMode", ExitMode.class, false, ExitMode.GRANT_END));
    }

    private static NgoSpec ngo(TreeReader r, String p, JsonNode n) {
        if (!r.object(n, p, NGO)) return null;
        return new NgoSpec(r.id(n, p, "id"), r.text(n, p, "name", false, null),
                r.choice(n, p, "type", NgoType.class, true, NgoType.CONVENTIONAL),
                r.choice(n, p, "scope", Scope.class, false, Scope.LOCAL),
                r.choice(n, p, "domain", Domain.class, true, Domain.ORGANIC),
                r.number(n, p, "cash", false, 0, 0, MONEY, "USD"),
                r.number(n, p, "monthlyCost", false, 0, 0, MONEY, "USD per month"),
                r.weights(n, p, "ownIncome", IncomeSource.class, false, MONEY, "USD per month"),
                r.number(n, p, "knowledge", false, 0.5, 0, 1, "0..1"),
                r.number(n, p, "legitimacy", false, 0.5, 0, 1, "0..1"),
                r.discourse(n, p, "discourse", false, CENTRE),
                r.number(n, p, "watchdog", false, 0.2, 0, 1, "0 helper .. 1 watchdog"),
                r.integer(n, p, "articulators", false, 0, 0, 10_000, "articulators"),
                r.month(n, p, "from", false), r.month(n, p, "until", false));
    }

    private static PlatformSpec platform(TreeReader r, String p, JsonNode n) {
        if (!r.object(n, p, PLATFORM)) return null;
        return new PlatformSpec(r.id(n, p, "id"), r.text(n, p, "name", false, null),
                r.choice(n, p, "domain", Domain.class, true, Domain.ORGANIC), r.texts(n, p, "members"),
                r.integer(n, p, "seats", false, 5, 0, 10_000, "seats"), r.text(n, p, "host", false, null),
                r.number(n, p, "cash", false, 0, 0, MONEY, "USD"),
                r.number(n, p, "monthlyCost", false, 0, 0, MONEY, "USD per month"),
                r.number(n, p, "legitimacy", false, 0.5, 0, 1, "0..1"),
                r.discourse(n, p, "discourse", false, CENTRE), r.month(n, p, "from", false), r.month(n, p, "until", false));
    }

    private static GovernmentSpec government(TreeReader r, String p, JsonNode n) {
        if (!r.object(n, p, GOVERNMENT)) return null;
        return new GovernmentSpec(r.id(n, p, "id"), r.text(n, p, "name", false, null),
                r.choice(n, p, "level", GovernmentLevel.class, false, GovernmentLevel.NATIONAL),
                r.choice(n, p, "domain", Domain.class, false, null),
                r.number(n, p, "budget", false, 0, 0, MONEY, "USD per year"),
                r.number(n, p, "cofinancing", false, 0, 0, 1, "share"),
                r.number(n, p, "subsidy", false, 0, 0, MONEY, "USD per adopting SME"),
                r.bool(n, p, "greenCredit", false), r.number(n, p, "regulation", false, 0, 0, 1, "0..1"),
                r.number(n, p, "enforcement", false, 0, 0, 1, "0..1"), r.bool(n, p, "certificationRecognition", false),
                r.discourse(n, p, "discourse", false, CENTRE), r.month(n, p, "from", false), r.month(n, p, "until", false));
    }

    private static CompanySpec company(TreeReader r, String p, JsonNode n) {
        if (!r.object(n, p, COMPANY)) return null;
        boolean bioferia = r.bool(n, p, "bioferia", false);
        return new CompanySpec(r.id(n, p, "id"), r.text(n, p, "name", false, null),
                r.choice(n, p, "domain", Domain.class, true, Domain.ORGANIC),
                r.integer(n, p, "demand", false, 10, 0, MAX_SMES, "SME suppliers"),
                r.number(n, p, "premium", false, 0, 0, 1, "share of price"),
                r.number(n, p, "requirement", false, 0, 0, 1, "practice level 0..1"),
                r.bool(n, p, "exportBuyer", false), bioferia,
                // a farmers' market buys from whoever has a stand; any other buyer needs invoices unless told (7.11a)
                r.bool(n, p, "formalSuppliers", !bioferia),
                r.discourse(n, p, "discourse", false, CENTRE), r.month(n, p, "from", false), r.month(n, p, "until", false));
    }

    private static SmeGroupSpec sme(TreeReader r, String p, JsonNode n) {
        if (!r.object(n, p, SME)) return null;
        Map<SmeSize, Double> size = r.weights(n, p, "size", SmeSize.class, false, 1, "share");
        if (size.isEmpty()) size.put(SmeSize.MICRO, 1.0);
        double sum = size.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1.0) > 0.01) {
            r.problem(TreeReader.at(p, "size"), "size shares add up to " + sum, "make micro + small + medium add up to 1");
        }
        return new SmeGroupSpec(r.id(n, p, "id"), r.text(n, p, "name", false, null),
                r.choice(n, p, "domain", Domain.class, true, Domain.ORGANIC),
                r.integer(n, p, "count", true, 0, 0, MAX_SMES, "SME agents"), size,
                r.number(n, p, "exportShare", false, 0, 0, 1, "share"),
                r.number(n, p, "associationShare", false, 0, 0, 1, "share"),
                r.number(n, p, "creditAccess", false, 0.05, 0, 1, "share"),
                r.range(n, p, "practice", new Range(0, 0.2)), r.range(n, p, "knowledge", new Range(0.1, 0.3)),
                r.range(n, p, "embeddedness", new Range(0.2, 0.6)), r.discourse(n, p, "discourse", false, CENTRE),
                r.number(n, p, "discourseSpread", false, 0.1, 0, 2, "discourse units"),
                r.text(n, p, "platform", false, null), r.month(n, p, "from", false));
    }

    private static TieSpec tie(TreeReader r, String p, JsonNode n) {
        if (!r.object(n, p, TIE)) return null;
        return new TieSpec(r.text(n, p, "from", true, null), r.text(n, p, "to", true, null),
                r.choice(n, p, "layer", Layer.class, true, Layer.KNOWLEDGE),
                r.number(n, p, "weight", false, 0.5, 0, 1, "weight 0..1"),
                r.number(n, p, "share", false, 1, 0, 1, "share of the group's members"));
    }

    /** References, uniqueness, dates within the period and sizes: what needs the whole file to check. */
    private static void crossCheck(TreeReader r, Scenario s) {
        Map<String, String> ids = new HashMap<>();
        Set<String> ngoIds = new TreeSet<>(), platformIds = new TreeSet<>(), groupIds = new TreeSet<>();
        register(r, ids, "donors", s.donors().stream().map(DonorSpec::id).toList());
        register(r, ids, "ngos", s.ngos().stream().map(NgoSpec::id).toList());
        register(r, ids, "platforms", s.platforms().stream().map(PlatformSpec::id).toList());
        register(r, ids, "governments", s.governments().stream().map(GovernmentSpec::id).toList());
        register(r, ids, "companies", s.companies().stream().map(CompanySpec::id).toList());
        register(r, ids, "smes", s.smes().stream().map(SmeGroupSpec::id).toList());
        s.ngos().forEach(x -> ngoIds.add(x.id()));
        s.platforms().forEach(x -> platformIds.add(x.id()));
        s.smes().forEach(x -> groupIds.add(x.id()));

        long total = 0;
        for (SmeGroupSpec g : s.smes()) total += g.count();
        if (total > MAX_SMES) {
            r.problem("smes", "the groups ask for " + total + " SMEs, more than the " + MAX_SMES + " the model can hold",
                    "lower the counts; one SME agent may stand for several enterprises");
        }
        for (int i = 0; i < s.donors().size(); i++) {
            DonorSpec d = s.donors().get(i);
            window(r, s, "donors[" + i + "]", d.from(), d.until());
            if (d.domains().isEmpty() || d.domains().values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                r.problem("donors[" + i + "].domains", "no domain has a positive priority", "e.g. domains: {organic: 1}");
            }
        }
        for (int i = 0; i < s.ngos().size(); i++) window(r, s, "ngos[" + i + "]", s.ngos().get(i).from(), s.ngos().get(i).until());
        for (int i = 0; i < s.governments().size(); i++) {
            window(r, s, "governments[" + i + "]", s.governments().get(i).from(), s.governments().get(i).until());
        }
        for (int i = 0; i < s.companies().size(); i++) {
            window(r, s, "companies[" + i + "]", s.companies().get(i).from(), s.companies().get(i).until());
        }
        for (int i = 0; i < s.platforms().size(); i++) {
            PlatformSpec pl = s.platforms().get(i);
            String p = "platforms[" + i + "]";
            window(r, s, p, pl.from(), pl.until());
            for (int m = 0; m < pl.members().size(); m++) {
                String id = pl.members().get(m);
                if (!ngoIds.contains(id) && !groupIds.contains(id)) {
                    if (ids.containsKey(id)) {
                        r.problem(p + ".members[" + m + "]", "'" + id + "' is " + kindWord(ids.get(id)) + ", but platform members must be NGOs or SME groups",
                                "tie it to the platform in 'ties' instead (e.g. a funding or legitimacy tie)");
                    } else {
                        reference(r, p + ".members[" + m + "]", id, "an NGO or SME group", union(ngoIds, groupIds));
                    }
                }
            }
            if (pl.host() != null && !ngoIds.contains(pl.host())) reference(r, p + ".host", pl.host(), "an NGO", ngoIds);
        }
        for (int i = 0; i < s.smes().size(); i++) {
            SmeGroupSpec g = s.smes().get(i);
            String p = "smes[" + i + "]";
            window(r, s, p, g.from(), null);
            if (g.platform() != null && !platformIds.contains(g.platform())) {
                reference(r, p + ".platform", g.platform(), "a platform", platformIds);
            }
        }
        for (int i = 0; i < s.elections().size(); i++) {
            YearMonth e = s.elections().get(i);
            if (e.isBefore(s.start()) || e.isAfter(s.end())) {
                r.problem("elections[" + i + "]", "election " + e + " is outside the period " + s.start() + " to " + s.end(),
                        "remove it or move it into the period");
            }
        }
        checkEvents(r, s, ids, groupIds);
        for (int i = 0; i < s.ties().size(); i++) {
            TieSpec t = s.ties().get(i);
            String p = "ties[" + i + "]";
            if (!ids.containsKey(t.from())) reference(r, p + ".from", t.from(), "an actor or SME group", ids.keySet());
            if (!ids.containsKey(t.to())) reference(r, p + ".to", t.to(), "an actor or SME group", ids.keySet());
            if (t.from().equals(t.to()) && !groupIds.contains(t.from())) {
                r.problem(p, "a tie from '" + t.from() + "' to itself", "tie two different actors");
            }
        }
    }

    /** Each event's targets must be actors of the kind it addresses. */
    private static void checkEvents(TreeReader r, Scenario s, Map<String, String> ids, Set<String> groupIds) {
        Set<String> donors = idsOf(s.donors().stream().map(DonorSpec::id).toList());
        Set<String> governments = idsOf(s.governments().stream().map(GovernmentSpec::id).toList());
        Set<String> companies = idsOf(s.companies().stream().map(CompanySpec::id).toList());
        Set<String> platforms = idsOf(s.platforms().stream().map(PlatformSpec::id).toList());
        Set<String> actors = new TreeSet<>(ids.keySet());
        actors.removeAll(groupIds);
        for (int i = 0; i < s.events().size(); i++) {
            EventSpec e = s.events().get(i);
            String p = "events[" + i + "]";
            if (e instanceof EventSpec.DonorExit x) targets(r, p, "donors", x.donors(), donors, "a donor", ids);
            else if (e instanceof EventSpec.BudgetChange x) {
                targets(r, p, "donors", x.donors(), donors, "a donor", ids);
                targets(r, p, "governments", x.governments(), governments, "a government agency", ids);
            } else if (e instanceof EventSpec.FundingRuleChange x) targets(r, p, "donors", x.donors(), donors, "a donor", ids);
            else if (e instanceof EventSpec.DomainShift x) targets(r, p, "donors", x.donors(), donors, "a donor", ids);
            else if (e instanceof EventSpec.ChannelShift x) targets(r, p, "donors", x.donors(), donors, "a donor", ids);
            else if (e instanceof EventSpec.NgoTypeShift x) targets(r, p, "donors", x.donors(), donors, "a donor", ids);
            if ((e instanceof EventSpec.ActorEntry || e instanceof EventSpec.ActorExit) && targetsOf(e).all()) {
                r.problem(p, "'all' cannot enter or leave at once", "name the actors by id");
            }
            if (e instanceof EventSpec.ActorEntry x) {
                boolean pl = x.kind() == EventKind.PLATFORM_CREATE;
                targets(r, p, pl ? "platforms" : "actors", x.actors(), pl ? platforms : actors,
                        pl ? "a platform" : "an actor (not an SME group)", ids);
            } else if (e instanceof EventSpec.ActorExit x) {
                boolean pl = x.kind() == EventKind.PLATFORM_DISSOLVE;
                targets(r, p, pl ? "platforms" : "actors", x.actors(), pl ? platforms : actors,
                        pl ? "a platform" : "an actor (not an SME group)", ids);
            } else if (e instanceof EventSpec.PolicyChange x) {
                targets(r, p, "governments", x.governments(), governments, "a government agency", ids);
            } else if (e instanceof EventSpec.MarketShock x) targets(r, p, "companies", x.companies(), companies, "a company", ids);
        }
    }

    private static EventSpec.Targets targetsOf(EventSpec e) {
        if (e instanceof EventSpec.ActorEntry x) return x.actors();
        if (e instanceof EventSpec.ActorExit x) return x.actors();
        return EventSpec.Targets.NONE;
    }

    private static Set<String> idsOf(List<String> list) {
        Set<String> out = new TreeSet<>();
        for (String id : list) if (id != null) out.add(id);
        return out;
    }

    private static void targets(TreeReader r, String p, String key, EventSpec.Targets t, Set<String> known, String what,
                                Map<String, String> ids) {
        for (int j = 0; j < t.ids().size(); j++) {
            String id = t.ids().get(j);
            String path = p + "." + key + (t.ids().size() == 1 ? "" : "[" + j + "]");
            if (known.contains(id)) continue;
            if (ids.containsKey(id)) {
                r.problem(path, "'" + id + "' is " + kindWord(ids.get(id)) + ", not " + what, "name " + what + " here");
            } else {
                reference(r, path, id, what, known);
            }
        }
    }

    /** "a donor" for "donors[3]": what an entry of a list is. */
    private static String kindWord(String entryPath) {
        String list = entryPath.substring(0, entryPath.indexOf('['));
        return switch (list) {
            case "donors" -> "a donor";
            case "ngos" -> "an NGO";
            case "platforms" -> "a platform";
            case "governments" -> "a government agency";
            case "companies" -> "a company";
            default -> "an SME group";
        } + " (" + entryPath + ")";
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static void register(TreeReader r, Map<String, String> ids, String list, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String id = values.get(i);
            if (id == null) continue;
            String previous = ids.putIfAbsent(id, list + "[" + i + "]");
            if (previous != null) {
                r.problem(list + "[" + i + "].id", "id '" + id + "' is already used by " + previous,
                        "give every actor and group its own id");
            }
        }
    }

    private static void reference(TreeReader r, String path, String id, String what, Set<String> known) {
        String near = Suggest.closest(id, known);
        r.problem(path, "'" + id + "' is not " + what + " defined in this scenario",
                near != null ? "did you mean '" + near + "'?" : "define it first or fix the id");
    }

    private static void window(TreeReader r, Scenario s, String path, YearMonth from, YearMonth until) {
        if (from != null && (from.isBefore(s.start()) || from.isAfter(s.end()))) {
            if (from.isBefore(s.start())) {
                // Actors founded before the period simply exist at its start; nothing to report.
            } else {
                r.problem(path + ".from", "from " + from + " is after the period ends (" + s.end() + ")",
                        "remove the actor or move 'from' into the period");
            }
        }
        if (until != null) {
            if (until.isBefore(s.start())) {
                r.problem(path + ".until", "until " + until + " is before the period starts (" + s.start() + ")",
                        "remove the actor or move 'until' into the period");
            } else if (from != null && !until.isAfter(from)) {
                r.problem(path + ".until", "until " + until + " is not after from " + from, "make 'until' later than 'from'");
            }
        }
    }
}
