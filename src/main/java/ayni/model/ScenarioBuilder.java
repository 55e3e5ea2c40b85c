package ayni.model;

import ayni.agents.Actor;
import ayni.agents.Company;
import ayni.agents.Donor;
import ayni.agents.GovernmentAgency;
import ayni.agents.Ngo;
import ayni.agents.Platform;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.Discourse;
import ayni.domain.MarketOrientation;
import ayni.domain.SmeSize;
import ayni.scenario.Scenario;
import ayni.scenario.Specs.CompanySpec;
import ayni.scenario.Specs.DonorSpec;
import ayni.scenario.Specs.GovernmentSpec;
import ayni.scenario.Specs.NgoSpec;
import ayni.scenario.Specs.PlatformSpec;
import ayni.scenario.Specs.Range;
import ayni.scenario.Specs.SmeGroupSpec;
import ayni.scenario.Specs.TieSpec;
import ec.util.MersenneTwisterFast;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the world of a scenario: registers every actor with its stable id, generates SME groups from their shares
 * (each SME drawing from its own stream), and records when each actor enters and leaves.
 */
final class ScenarioBuilder {
    private final Scenario scenario;
    private final List<SmeGroupSpec> smeGroups;
    private final World world;
    private final Timeline timeline;
    private final Map<String, List<Actor>> groups = new HashMap<>();

    ScenarioBuilder(Scenario scenario, List<SmeGroupSpec> smeGroups, World world, Timeline timeline) {
        this.scenario = scenario;
        this.smeGroups = smeGroups;
        this.world = world;
        this.timeline = timeline;
    }

    void build() {
        long seed = world.seed;
        for (DonorSpec d : scenario.donors()) {
            Donor a = world.register(new Donor(world.nextIndex(), d.id(), d.name(), seed, d.kind(), d.budget(),
                    d.domains(), d.fundingRule(), d.grantCycleYears(), d.channels(), d.discourse()));
            a.setNgoTypes(d.ngoTypes());
            a.setExitMode(d.exitMode());
            schedule(a, d.from(), d.until());
        }
        for (NgoSpec n : scenario.ngos()) {
            Ngo a = world.register(new Ngo(world.nextIndex(), n.id(), n.name(), seed, n.type(), n.scope(), n.domain(),
                    n.cash(), n.monthlyCost(), n.ownIncome(), n.knowledge(), n.legitimacy(), n.discourse(), n.watchdog()));
            a.setArticulators(n.articulators());
            schedule(a, n.from(), n.until());
        }
        for (GovernmentSpec g : scenario.governments()) {
            GovernmentAgency a = world.register(new GovernmentAgency(world.nextIndex(), g.id(), g.name(), seed, g.level(),
                    g.domain(), g.budget(), g.cofinancing(), g.subsidy(), g.greenCredit(), g.regulation(),
                    g.enforcement(), g.certificationRecognition(), g.discourse(), world.params.getGovernmentKnowledge()));
            schedule(a, g.from(), g.until());
        }
        for (CompanySpec c : scenario.companies()) {
            Company a = world.register(new Company(world.nextIndex(), c.id(), c.name(), seed, c.domain(),
                    scenario.demand(c, world.params.getSmeCount()),
                    c.premium(), c.requirement(), c.exportBuyer(), c.bioferia(), c.formalSuppliers(), c.discourse()));
            schedule(a, c.from(), c.until());
        }
        for (SmeGroupSpec g : smeGroups) {
            List<Actor> members = new ArrayList<>(g.count());
            for (int i = 0; i < g.count(); i++) {
                // a dot cannot occur in a scenario id, so generated ids never collide with named ones
                Sme s = newSme(world, g, String.format("%s.%04d", g.id(), i + 1));
                members.add(s);
                schedule(s, g.from(), null);
            }
            groups.put(g.id(), members);
        }
        // platforms last: their members must exist
        for (PlatformSpec p : scenario.platforms()) {
            Platform a = world.register(new Platform(world.nextIndex(), p.id(), p.name(), seed, p.domain(), p.seats(),
                    p.cash(), p.monthlyCost(), p.legitimacy(), p.discourse()));
            for (String m : p.members()) for (Actor x : resolve(m)) a.addMember(x);
            if (p.host() != null) a.setHost(world.byId(p.host()));
            schedule(a, p.from(), p.until());
        }
        for (SmeGroupSpec g : smeGroups) {
            if (g.platform() == null) continue;
            Platform p = (Platform) world.byId(g.platform());
            for (Actor s : groups.get(g.id())) p.addMember(s);
        }
        for (TieSpec t : scenario.ties()) timeline.addTie(t);
    }

    /** A new SME of a group; all its attributes are drawn from its own stream, so its id fixes them. */
    static Sme newSme(World world, SmeGroupSpec g, String id) {
        MersenneTwisterFast r = world.stream("init:" + id);
        SmeSize size = drawSize(g.size(), r.nextDouble());
        // own capital is drawn uniformly between 0 and smeCapitalFactor x the size class's adoption cost
        MarketOrientation o = r.nextDouble() < g.exportShare() ? MarketOrientation.EXPORT : MarketOrientation.LOCAL;
        double knowledge = draw(g.knowledge(), r);
        double practice = draw(g.practice(), r);
        boolean association = r.nextDouble() < g.associationShare();
        double embedded = draw(g.embeddedness(), r);
        boolean credit = r.nextDouble() < g.creditAccess();
        Discourse d = g.discourse().plus(g.discourseSpread() * r.nextGaussian(), g.discourseSpread() * r.nextGaussian());
        double capital = world.params.getSmeCapitalFactor() * Sme.adoptionCost(size, world.params) * r.nextDouble();
        boolean formal = r.nextDouble() >= world.params.informalShare(size); // drawn last: earlier draws stay as they were
        return world.register(new Sme(world.nextIndex(), id, g.name() == null ? id : g.name() + " " + id, world.seed,
                g.domain(), g.id(), size, o, capital, knowledge, practice, association, embedded, credit, formal, d));
    }

    private static SmeSize drawSize(Map<SmeSize, Double> shares, double u) {
        SmeSize last = SmeSize.MICRO;
        for (SmeSize s : SmeSize.values()) {
            Double w = shares.get(s);
            if (w == null) continue;
            last = s;
            u -= w;
            if (u < 0) return s;
        }
        return last;
    }

    private static double draw(Range r, MersenneTwisterFast rng) {
        return r.lo() + (r.hi() - r.lo()) * rng.nextDouble();
    }

    /** Actors an id stands for: the SMEs of a group, or the actor itself. */
    List<Actor> resolve(String id) {
        List<Actor> g = groups.get(id);
        if (g != null) return g;
        Actor a = world.byId(id);
        return a == null ? List.of() : List.of(a);
    }

    private void schedule(Actor a, YearMonth from, YearMonth until) {
        int enter = from == null ? 0 : Math.max(0, scenario.stepOf(from));
        timeline.enterAt(enter, a);
        // 'until' is the last month the actor is present
        if (until != null) timeline.leaveAt(scenario.stepOf(until) + 1, a);
    }

    Map<String, List<Actor>> groups() {
        return groups;
    }
}
