package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Domain;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.domain.NgoType;
import ayni.domain.Scope;
import ayni.exchange.Ledger;
import ayni.network.Tie;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A local or national NGO (§8.3, Table 8.3). It earns its own income (fees, sales, member fees), pays its running
 * costs, passes part of its grant income on to SMEs as projects, and teaches on its knowledge ties. When it cannot pay
 * its costs it diversifies its income and, if conventional, may turn into a market NGO (§8.3, §9.3.4); after too many
 * months without paying it closes (§5.5 L1920).
 */
public final class Ngo extends Actor {
    private static final long serialVersionUID = 1L;

    NgoType type;
    final Scope scope;
    double monthlyCost;
    final EnumMap<IncomeSource, Double> ownIncome = new EnumMap<>(IncomeSource.class);
    final EnumMap<IncomeSource, Double> incomeThisStep = new EnumMap<>(IncomeSource.class);
    private final EnumMap<IncomeSource, Double> incomeLastStep = new EnumMap<>(IncomeSource.class);
    /** Income of recent months, exponentially smoothed (weight incomeSmoothing on the last month), USD per month. */
    double recentIncome;
    double watchdog;
    int insolventMonths;
    double projectFunds;
    /** Smoothed share of the SMEs it supported that adopted (its measured results). */
    double results;
    /** Articulators on its staff, each accompanying at most networksPerArticulator business networks (7.34). */
    int articulators;
    /** The business networks its articulators accompany now. */
    final List<BusinessNetwork> networks = new ArrayList<>();

    public Ngo(int index, String id, String name, long seed, NgoType type, Scope scope, Domain domain, double cash,
               double monthlyCost, Map<IncomeSource, Double> ownIncome, double knowledge, double legitimacy,
               Discourse discourse, double watchdog) {
        super(index, id, name, ActorKind.NGO, domain, seed);
        this.type = type;
        this.scope = scope;
        this.cash = cash;
        this.monthlyCost = monthlyCost;
        this.ownIncome.putAll(ownIncome);
        this.knowledge = knowledge;
        this.legitimacy = legitimacy;
        this.discourse = discourse;
        this.watchdog = watchdog;
        this.recentIncome = monthlyCost;
        for (IncomeSource s : IncomeSource.values()) incomeThisStep.put(s, 0.0);
    }

    @Override
    void initialise(ayni.scenario.Parameters p) {
        results = p.getNgoInitialResults();
    }

    /** Running-costs phase: its own income (sales, service and member fees) arrives and it pays its running costs, or retrenches and in the end closes. */
    @Override
    protected void runningCosts(World w) {
        incomeLastStep.putAll(incomeThisStep);
        for (IncomeSource s : IncomeSource.values()) incomeThisStep.put(s, 0.0);
        earnOwnIncome(w);
        payRunningCosts(w);
    }

    @Override
    protected void act(World w) {
        legitimacy *= 1.0 - w.params.getLegitimacyDecayRate();
        PartnerSearch.search(this, w);
    }

    private void earnOwnIncome(World w) {
        for (var e : ownIncome.entrySet()) {
            double amount = e.getValue();
            if (amount <= 0) continue;
            Ledger.Source src = switch (e.getKey()) {
                case SALES -> Ledger.Source.SALES;
                case MEMBER_FEES -> Ledger.Source.MEMBER_FEES;
                default -> Ledger.Source.SERVICE_FEES;
            };
            w.ledger.inject(this, amount, src);
            incomeThisStep.merge(e.getKey(), amount, Double::sum);
        }
    }

    private void payRunningCosts(World w) {
        double received = 0;
        for (double v : incomeLastStep.values()) received += v;
        double a = w.params.getIncomeSmoothing();
        recentIncome = (1.0 - a) * recentIncome + a * received;
        double pay = Math.min(cash, monthlyCost);
        if (pay > 0) w.ledger.spend(this, pay, Ledger.Sink.RUNNING_COSTS);
        projectFunds = Math.min(projectFunds, cash);
        if (pay + 1e-9 >= monthlyCost) {
            insolventMonths = 0;
            double reserveMonths = cash / Math.max(1e-9, monthlyCost);
            if (reserveMonths > w.params.getNgoReserveMonths() && recentIncome >= monthlyCost) {
                // reserves and an income that covers its costs let the NGO take on staff and work
                monthlyCost *= 1.0 + w.params.getNgoGrowthRate();
            } else if (reserveMonths < w.params.getNgoReserveMonths() * w.params.getNgoShrinkReserveShare()
                    && recentIncome < monthlyCost) {
                // income below costs and reserves running down: it cuts back before it runs out
                monthlyCost *= 1.0 - w.params.getNgoGrowthRate();
            }
            return;
        }
        insolventMonths++;
        retrench(w);
        if (insolventMonths >= w.params.getNgoInsolvencyMonths()) {
            w.counters.ngoClosures++;
            w.deactivate(this);
            return;
        }
        adaptToScarcity(w);
    }

    /**
     * Unable to pay its costs, the NGO lays off staff (ngoGrowthRate a month); if its own income of last month (sales,
     * service and member fees) could carry at least ngoMinimumCost, it falls back at once on that self-financed core and
     * drops the rest, as IPES "returned to its core business: consultancies" when project money ended (§7.2.5) and
     * CEDAL lived on consultancies between projects (§6.2.1): market income protects (§5.5 L1920, §6.2.3). A small
     * NGO whose own income is below that minimum falls back on it too when it covers at least ngoCoreCostShare of its
     * costs: survival rises with the share of costs the NGO earns itself (§5.5, §6.2.3), not only with its size.
     */
    void retrench(World w) {
        double core = incomeLastStep.get(IncomeSource.SALES) + incomeLastStep.get(IncomeSource.SERVICE_FEES)
                + incomeLastStep.get(IncomeSource.MEMBER_FEES);
        double laidOff = monthlyCost * (1.0 - w.params.getNgoGrowthRate());
        boolean viable = core >= w.params.getNgoMinimumCost()
                || core > 0 && core >= w.params.getNgoCoreCostShare() * monthlyCost;
        monthlyCost = viable ? Math.min(laidOff, core) : laidOff;
    }

    /**
     * Short of funds, the NGO builds up fee income (its service capacity grows with its knowledge), and a conventional
     * NGO that has built a market business may become a market NGO, moving its discourse toward the liberal market
     * (§5.5, §8.3, §9.3.4–9.3.5). Market NGOs draw income from markets (§5.2.5, §6.2.3): one that has none stays a
     * conventional, aid-dependent NGO (see {@link #marketBased}).
     */
    void adaptToScarcity(World w) {
        double grow = w.params.getNgoDiversifyRate() / 12.0 * monthlyCost * knowledge;
        ownIncome.merge(type == NgoType.MARKET || type == NgoType.PRODUCER ? IncomeSource.SALES : IncomeSource.SERVICE_FEES,
                grow, Double::sum);
        // the draw comes first so that the gate leaves every NGO's random stream as it was
        if (type == NgoType.CONVENTIONAL && random.nextDouble() < w.params.getNgoTypeChangeProbability() / 12.0
                && marketBased(w.params)) {
            type = NgoType.MARKET;
            watchdog *= w.params.getTypeChangeWatchdogFactor();
            double shift = w.params.getTypeChangeDiscourseShift();
            discourse = discourse.plus(shift, shift);
            w.counters.ngoTypeChanges++;
        }
    }

    /** Its own sales and service fees cover at least ngoTypeChangeMarketShare of its running costs. */
    boolean marketBased(ayni.scenario.Parameters p) {
        double market = ownIncome.getOrDefault(IncomeSource.SALES, 0.0) + ownIncome.getOrDefault(IncomeSource.SERVICE_FEES, 0.0);
        return market >= p.getNgoTypeChangeMarketShare() * monthlyCost;
    }

    @Override
    void receiveFunding(World w, Actor from, double amount, IncomeSource source) {
        incomeThisStep.merge(source, amount, Double::sum);
        if (source == IncomeSource.DONOR_GRANTS || source == IncomeSource.GOVERNMENT_CONTRACTS
                || source == IncomeSource.PLATFORM_FUNDS) {
            projectFunds += amount * w.params.getNgoProjectShare();
        }
    }

    @Override
    protected void exchange(World w) {
        Articulation.articulate(this, w);
        deliverProjects(w);
        teachPartners(w);
        w.accredit(this);
    }

    /** Offers project support to SMEs: first those it already works with, then new ones from its domain. */
    void deliverProjects(World w) {
        projectFunds = Math.min(projectFunds, cash);
        int offers = 0, tries = 0;
        // the SMEs it teaches, in tie order, read from the tie columns (no handle per tie)
        int degree = w.ties.outDegree(index), size = 0;
        int[] known = new int[degree];
        for (int i = 0; i < degree; i++) {
            int slot = w.ties.outSlot(index, i), to = w.ties.to(slot);
            if (w.ties.layer(slot) == Layer.KNOWLEDGE && w.actor(to) instanceof Sme) known[size++] = to;
        }
        int offset = size == 0 ? 0 : random.nextInt(size);
        int k = 0;
        int maxOffers = w.params.getNgoOffersPerMonth(), maxTries = w.params.getNgoOfferTries() * maxOffers;
        double reserve = networks.isEmpty() ? 0 : Articulation.reserve(this, w.params); // its business networks come first (7.34)
        while (projectFunds - reserve > 1.0 && offers < maxOffers && tries++ < maxTries) {
            Sme sme;
            if (k < size) {
                sme = (Sme) w.actor(known[(offset + k++) % size]);
            } else {
                Actor a = w.sample(ActorKind.SME, domain, random);
                if (a == null) break;
                sme = (Sme) a;
            }
            if (sme.supportedAt(w.step()) || !sme.active || sme.adopted()) continue; // projects aim at conversion
            offers++;
            Sme.Support s = sme.offerSupport(this, w);
            if (s == null) continue;
            double amount = Math.min(projectFunds - reserve, w.params.getSupportShare() * sme.adoptionCost(w.params));
            w.fund(this, sme, GongoProjects.afterAdministration(this, amount, w), IncomeSource.PROJECTS);
            w.counters.projectMoney[type.ordinal()] += amount;
            projectFunds -= amount;
            w.ties.add(index, sme.index, Layer.KNOWLEDGE, w.params.getNewTieWeight(), w.step());
        }
        // project money no SME takes up within a project's length goes back to running the organisation
        projectFunds -= projectFunds / w.params.getProjectMonths();
    }

    void teachPartners(World w) {
        List<Tie> out = w.ties.out(index);
        for (int i = 0; i < out.size(); i++) {
            Tie t = out.get(i);
            if (t.layer() != Layer.KNOWLEDGE) continue;
            Actor r = w.actor(t.to());
            if (r.active && r.knowledge < knowledge) w.teach(this, r, t, random);
        }
    }

    /** An SME it supported reports whether it adopted: the NGO's measured results (smoothed). */
    void recordResult(boolean adopted, ayni.scenario.Parameters p) {
        double a = p.getResultsSmoothing();
        results = (1.0 - a) * results + a * (adopted ? 1.0 : 0.0);
    }

    @Override
    public double results() { return results; }

    public NgoType type() { return type; }
    public void setType(NgoType t) { type = t; }
    public Scope scope() { return scope; }
    public double monthlyCost() { return monthlyCost; }
    public double watchdog() { return watchdog; }
    public void setArticulators(int a) { articulators = Math.max(0, a); }
    public int insolventMonths() { return insolventMonths; }
    public double projectFunds() { return projectFunds; }
    public double income(IncomeSource s) { return incomeThisStep.getOrDefault(s, 0.0); }
    public Map<IncomeSource, Double> ownIncome() { return Map.copyOf(ownIncome); }

    @Override
    public String subtype() { return type.key(); }
}
