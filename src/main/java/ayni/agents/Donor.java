package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Channel;
import ayni.domain.Discourse;
import ayni.domain.Domain;
import ayni.domain.DonorKind;
import ayni.domain.ExitMode;
import ayni.domain.FundingRule;
import ayni.domain.IncomeSource;
import ayni.domain.NgoType;
import ayni.domain.Layer;
import ayni.exchange.Ledger;
import ayni.network.Tie;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An international cooperation agency (§8.5.2). Each month its budget arrives; it commits free budget to grants of
 * one grant cycle, choosing each grantee from a sample of candidates in its preferred channels and domains by its
 * funding rule, and pays running grants. When it leaves, running grants stop at once (abrupt) or run to their end.
 */
public final class Donor extends Actor {
    private static final long serialVersionUID = 1L;

    DonorKind donorKind;
    double budget; // USD per year
    final EnumMap<Domain, Double> domains = new EnumMap<>(Domain.class);
    FundingRule fundingRule;
    /** Length of each grant it makes (scenario key grantCycleYears). */
    int grantCycleYears;
    final EnumMap<Channel, Double> channels = new EnumMap<>(Channel.class);
    /** Preference by NGO type; empty means every type alike. */
    final EnumMap<NgoType, Double> ngoTypes = new EnumMap<>(NgoType.class);
    double budgetGrowth; // per year, applied monthly
    /** Grantees another donor referred to this one on leaving; considered first at the next grant decision. */
    final List<Actor> referrals = new ArrayList<>();
    ExitMode exitMode = ExitMode.GRANT_END;
    boolean leaving;
    final List<Grant> grants = new ArrayList<>();

    public Donor(int index, String id, String name, long seed, DonorKind donorKind, double budget,
                 Map<Domain, Double> domains, FundingRule rule, int grantCycleYears, Map<Channel, Double> channels,
                 Discourse discourse) {
        super(index, id, name, ActorKind.DONOR, firstDomain(domains), seed);
        this.donorKind = donorKind;
        this.budget = budget;
        this.domains.putAll(domains);
        this.fundingRule = rule;
        this.grantCycleYears = grantCycleYears;
        this.channels.putAll(channels);
        this.discourse = discourse;
    }

    @Override
    void initialise(ayni.scenario.Parameters p) {
        legitimacy = p.getDonorLegitimacy();
        knowledge = p.getDonorKnowledge();
    }

    private static Domain firstDomain(Map<Domain, Double> domains) {
        Domain best = null;
        double w = -1;
        for (var e : domains.entrySet()) if (e.getValue() > w) { w = e.getValue(); best = e.getKey(); }
        return best;
    }

    /** Budgets phase: the month's budget arrives from abroad; a donor leaving at grant end gets only what it still owes. */
    @Override
    protected void budget(World w) {
        if (leaving) {
            // a donor leaving at grant end still pays what it has committed, and nothing more
            double owed = committed(w.step()) - cash;
            if (owed > 0) w.ledger.inject(this, Math.min(owed, budget / 12.0), Ledger.Source.DONOR_BUDGET);
            if (runningGrants(w.step()) == 0) w.deactivate(this);
            return;
        }
        if (budgetGrowth != 0) budget *= Math.pow(1.0 + budgetGrowth, 1.0 / 12.0);
        w.ledger.inject(this, budget / 12.0, Ledger.Source.DONOR_BUDGET);
    }

    /** Act phase: chooses whom to fund (referrals first); the grants are paid in the exchange phase. */
    @Override
    protected void act(World w) {
        if (leaving) return;
        for (Actor r : referrals) {
            if (budget / 12.0 - committed(w.step()) <= 1e-6) break;
            if (r.active && !fundsAlready(r, w.step()) && absorption(r, w) >= 1.0 && !wellOff(r, w) && score(r, w) > Double.NEGATIVE_INFINITY) {
                if (grant(r, w)) w.counters.referralsFunded++;
            }
        }
        referrals.clear();
        int started = 0;
        while (budget / 12.0 - committed(w.step()) > 1e-6 && started++ < w.params.getDonorMaxGrantsPerMonth()) {
            Actor r = chooseGrantee(w);
            if (r == null || !grant(r, w)) break;
        }
    }

    /**
     * Starts a grant of one cycle: the usual size (grantShare of the monthly budget), within the free budget, what
     * the recipient can absorb and, for an SME, its share of an adoption. Returns false if nothing could be granted.
     */
    boolean grant(Actor r, World w) {
        double free = budget / 12.0 - committed(w.step());
        double monthly = Math.min(free, Math.min(budget / 12.0 * w.params.getGrantShare(), absorption(r, w)));
        if (r instanceof Sme sme) {
            monthly = Math.min(monthly, sme.adoptionCost(w.params) * w.params.getSupportShare() / grantCycleMonths());
        }
        if (monthly <= 1e-6) return false;
        grants.add(new Grant(r, monthly, w.step(), w.step() + grantCycleMonths()));
        w.ties.add(index, r.index, Layer.FUNDING, w.params.getNewTieWeight(), w.step());
        w.counters.grantsMade++;
        return true;
    }

    @Override
    protected void exchange(World w) {
        int step = w.step();
        grants.removeIf(g -> !g.runningAt(step) && step >= g.start());
        for (Grant g : grants) {
            double amount = Math.min(g.monthly(), cash);
            if (amount <= 0) break;
            w.fund(this, g.recipient(), amount, IncomeSource.DONOR_GRANTS);
            // informational power: grants carry policy guidance and technical support (§5.2.1 L1248)
            Tie k = w.ties.add(index, g.recipient().index, Layer.KNOWLEDGE, w.params.getNewTieWeight(), step);
            w.teach(this, g.recipient(), k, random);
        }
        w.accredit(this);
        // budget not committed this month is not spent in Peru: it lapses (leaves the network)
        if (cash > 0) w.ledger.spend(this, cash, Ledger.Sink.UNSPENT_BUDGET);
    }

    /**
     * The largest monthly grant a recipient can absorb: a multiple of an NGO's or platform's running costs; no limit
     * for a government programme. An organisation without running costs cannot take a grant.
     */
    static double absorption(Actor r, World w) {
        if (r instanceof Ngo n) return w.params.getAbsorptionFactor() * n.monthlyCost;
        if (r instanceof Platform p) return w.params.getAbsorptionFactor() * p.monthlyCost;
        return Double.POSITIVE_INFINITY;
    }

    /** Donors do not fund an NGO (platform) that already holds more than ngoReserveMonths (platformReserveMonths) of its running costs. */
    static boolean wellOff(Actor r, World w) {
        if (r instanceof Ngo n) return n.monthlyCost > 0 && r.cash > w.params.getNgoReserveMonths() * n.monthlyCost;
        if (r instanceof Platform p) return p.monthlyCost > 0 && r.cash > w.params.getPlatformReserveMonths() * p.monthlyCost;
        return false;
    }

    /**
     * A grant the scenario names (a funding tie from this donor, §5.2 tables of who funds whom): it starts when both
     * are present, for one grant cycle, at the usual size but within what the recipient can absorb.
     */
    public void commit(Actor r, World w) {
        if (!leaving && active && r.active && !fundsAlready(r, w.step())) grant(r, w);
    }

    /** Sum of monthly amounts of grants running at a step. */
    double committed(int step) {
        double c = 0;
        for (Grant g : grants) if (g.runningAt(step)) c += g.monthly();
        return c;
    }

    int runningGrants(int step) {
        int n = 0;
        for (Grant g : grants) if (g.runningAt(step)) n++;
        return n;
    }

    /** Samples candidates in the preferred channels and domains and returns the best by this donor's funding rule. */
    Actor chooseGrantee(World w) {
        Actor best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<Actor> applicants = new ArrayList<>();
        for (int i = 0; i < w.params.getDonorCandidates(); i++) {
            Channel c = pick(channels);
            Domain d = pick(domains);
            if (c == null || d == null) return null;
            Actor cand = w.sample(kindOf(c), c == Channel.GOVERNMENT ? null : d, random);
            if (cand == null || fundsAlready(cand, w.step()) || absorption(cand, w) < 1.0 || wellOff(cand, w)) continue;
            if (cand.kind == ActorKind.GOVERNMENT && cand.domain != null && !domains.containsKey(cand.domain)) continue;
            if (cand instanceof Ngo n && !ngoTypes.isEmpty() && random.nextDouble() >= typePreference(n.type)) continue;
            double s = score(cand, w);
            if (s > Double.NEGATIVE_INFINITY && !applicants.contains(cand)) applicants.add(cand);
            if (s > bestScore) {
                bestScore = s;
                best = cand;
            }
        }
        if (best != null) compete(w, best, applicants);
        return best;
    }

    /**
     * Competition for scarce funds (§8.3, §9.2.1, §6.2.3): the eligible candidates are the grant's applicants. An NGO
     * that loses to another NGO comes into conflict with it with probability fundingConflictProbability x (1 - 1 /
     * applicants), fiercer the more apply; the conflict (7.30) sours their relation and cuts their knowledge ties.
     */
    void compete(World w, Actor winner, List<Actor> applicants) {
        World.Counters c = w.counters;
        c.grantsCompeted++;
        c.grantApplicants += applicants.size();
        if (!(winner instanceof Ngo)) return;
        double p = w.params.getFundingConflictProbability() * (1.0 - 1.0 / applicants.size());
        for (Actor a : applicants) {
            if (a == winner || !(a instanceof Ngo)) continue;
            c.conflictChancesNgoNgo++;
            if (random.nextDouble() >= p) continue;
            c.conflictsNgoNgo++;
            w.conflicts.begin(w, a, winner);
        }
    }

    /**
     * Flexible rule: legitimacy + discourse proximity + strength of an existing funding tie (renewal).
     * Performance rule: only candidates able to write business plans (knowledge at least the threshold), scored by
     * measured results + knowledge + existing tie.
     */
    double score(Actor c, World w) {
        Tie t = w.ties.get(index, c.index, Layer.FUNDING);
        double tie = t == null ? 0 : t.weight();
        if (fundingRule == FundingRule.PERFORMANCE) {
            if (c.knowledge < w.params.getPerformanceThreshold()) return Double.NEGATIVE_INFINITY;
            return c.results() + c.knowledge + tie;
        }
        return c.legitimacy + discourse.proximity(c.discourse) + tie;
    }

    /** An NGO type's weight relative to the most preferred type (1 for that type, 0 for an excluded one). */
    double typePreference(NgoType t) {
        double max = 0;
        for (double v : ngoTypes.values()) max = Math.max(max, v);
        return max <= 0 ? 1.0 : ngoTypes.getOrDefault(t, 0.0) / max;
    }

    private boolean fundsAlready(Actor c, int step) {
        for (Grant g : grants) if (g.recipient() == c && g.runningAt(step)) return true;
        return false;
    }

    static ActorKind kindOf(Channel c) {
        return switch (c) {
            case NGO -> ActorKind.NGO;
            case PLATFORM -> ActorKind.PLATFORM;
            case GOVERNMENT -> ActorKind.GOVERNMENT;
            case SME -> ActorKind.SME;
        };
    }

    private <E extends Enum<E>> E pick(EnumMap<E, Double> weights) {
        double total = 0;
        for (double v : weights.values()) total += v;
        if (total <= 0) return null;
        double u = random.nextDouble() * total;
        E last = null;
        for (var e : weights.entrySet()) {
            last = e.getKey();
            u -= e.getValue();
            if (u < 0) return e.getKey();
        }
        return last;
    }

    /** Leaves Peru: abrupt exit cuts running grants now; grant-end exit lets them run out. */
    public void leave(ExitMode mode) {
        leaving = true;
        if (mode == ExitMode.ABRUPT) grants.clear();
    }

    /**
     * Before leaving, refers each current grantee with probability {@code share} to another present donor that
     * funds its domain, chosen in proportion to budget (OXFAM-NOVIB "providing contacts with other potential sources
     * of funding", §8.5.2). Returns the number referred.
     */
    public int refer(World w, double share) {
        if (share <= 0) return 0;
        List<Actor> seen = new ArrayList<>();
        int referred = 0;
        for (Grant g : grants) {
            Actor r = g.recipient();
            if (!g.runningAt(w.step()) || seen.contains(r)) continue;
            seen.add(r);
            if (random.nextDouble() >= share) continue;
            double total = 0;
            for (Actor a : w.active(ActorKind.DONOR)) if (takesReferral(a, r)) total += ((Donor) a).budget;
            if (total <= 0) continue;
            double u = random.nextDouble() * total;
            for (Actor a : w.active(ActorKind.DONOR)) {
                if (!takesReferral(a, r)) continue;
                u -= ((Donor) a).budget;
                if (u < 0) {
                    ((Donor) a).referrals.add(r);
                    referred++;
                    break;
                }
            }
        }
        return referred;
    }

    private boolean takesReferral(Actor a, Actor r) {
        return a != this && a instanceof Donor d && !d.leaving && d.budget > 0 && d.domains.getOrDefault(r.domain, 0.0) > 0;
    }

    public DonorKind donorKind() { return donorKind; }
    public double budget() { return budget; }
    public void setBudget(double b) { budget = Math.max(0, b); }
    public FundingRule fundingRule() { return fundingRule; }
    public void setFundingRule(FundingRule r) { fundingRule = r; }
    public int grantCycleYears() { return grantCycleYears; }
    public int grantCycleMonths() { return 12 * grantCycleYears; }
    public ExitMode exitMode() { return exitMode; }
    public void setExitMode(ExitMode m) { exitMode = m; }
    public boolean leaving() { return leaving; }
    public List<Grant> grants() { return List.copyOf(grants); }
    public Map<Channel, Double> channels() { return Map.copyOf(channels); }
    public Map<Domain, Double> domainPriorities() { return Map.copyOf(domains); }
    public Map<NgoType, Double> ngoTypes() { return Map.copyOf(ngoTypes); }
    public double budgetGrowth() { return budgetGrowth; }
    public void setBudgetGrowth(double g) { budgetGrowth = Math.max(-1, g); }
    public List<Actor> referrals() { return List.copyOf(referrals); }

    /** Replaces the domain priorities (a donor shifting away from a domain, §7.2.2). */
    public void setDomains(Map<Domain, Double> m) {
        domains.clear();
        domains.putAll(m);
    }

    public void setChannels(Map<Channel, Double> m) {
        channels.clear();
        channels.putAll(m);
    }

    public void setNgoTypes(Map<NgoType, Double> m) {
        ngoTypes.clear();
        ngoTypes.putAll(m);
    }

    @Override
    public String subtype() { return donorKind.key(); }
}
