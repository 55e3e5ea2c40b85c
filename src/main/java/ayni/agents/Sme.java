package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Domain;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.domain.MarketOrientation;
import ayni.domain.SmeSize;
import ayni.exchange.AdoptionRule;
import ayni.exchange.Ledger;
import ayni.network.Tie;
import ayni.scenario.Parameters;

/**
 * A small or medium enterprise (or producer association). It accepts or refuses support (refusal is its anchoring
 * power, §8.6.1, §9.3.3), adopts sustainable practices when the benefit over a short payback horizon covers the cost
 * it must bear and it can finance it (§7.2.6, §1.1), reverts once support ends when the practice does not pay for
 * itself (§6.2.1, §7.2.6), endorses NGOs that served it well, and gains legitimacy when certified.
 */
public final class Sme extends Actor {
    private static final long serialVersionUID = 1L;

    final SmeSize size;
    final MarketOrientation orientation;
    /** Project and grant money received and not yet invested (part of its cash, earmarked for adoption). */
    double projectMoney;
    /** What it owes banks for investments its own funds did not cover (USD). */
    double debt;
    /** Months in a row it could not pay its operating costs and debt service. */
    int insolventMonths;
    int soldStep = -1;
    /** Base value of this month's output that the buyer it sold to did not take (a Bioferia stand's limit, 7.26). */
    double unsold;
    double practice;
    final double initialPractice;
    boolean adopted;
    final boolean association;
    final double embeddedness;
    final boolean creditAccess;
    /** Registered with the tax authority (7.11a); most micro SMEs are not (§7.2.6 L2853). */
    final boolean formal;
    boolean certified;
    /** Holds a participatory guarantee (PGS) where the law recognises it. */
    boolean pgs;
    int supportedUntil = -1;
    Actor supporter;
    double knowledgeAtSupport;
    int refusals;
    /** Last month it stopped practising (-1: never). */
    int revertedStep = -1;
    final String group;
    /** The business network it belongs to (7.34), or null. */
    BusinessNetwork network;

    public Sme(int index, String id, String name, long seed, Domain domain, String group, SmeSize size,
               MarketOrientation orientation, double capital, double knowledge, double practice, boolean association,
               double embeddedness, boolean creditAccess, boolean formal, Discourse discourse) {
        super(index, id, name, ActorKind.SME, domain, seed);
        this.group = group;
        this.size = size;
        this.orientation = orientation;
        this.cash = capital; // its own funds enter the ledger when it enters
        this.knowledge = knowledge;
        this.practice = practice;
        this.initialPractice = practice;
        this.association = association;
        this.embeddedness = embeddedness;
        this.creditAccess = creditAccess;
        this.formal = formal;
        this.discourse = discourse;
    }

    @Override
    void initialise(Parameters p) {
        legitimacy = p.getSmeInitialLegitimacy();
    }

    /** Result of an offer of support. */
    public record Support(Actor supporter, int until) {}

    public double adoptionCost(Parameters p) {
        return adoptionCost(size, p);
    }

    public static double adoptionCost(SmeSize size, Parameters p) {
        return switch (size) {
            case MICRO -> p.getAdoptionCostMicro();
            case SMALL -> p.getAdoptionCostSmall();
            case MEDIUM -> p.getAdoptionCostMedium();
        };
    }

    public double revenue(Parameters p) {
        return switch (size) {
            case MICRO -> p.getRevenueMicro();
            case SMALL -> p.getRevenueSmall();
            case MEDIUM -> p.getRevenueMedium();
        };
    }

    public boolean supportedAt(int step) { return step <= supportedUntil; }

    /**
     * Probability of refusing an offer: min(1, refusalWeight x (discourse distance / 2) x (1 - w + w embeddedness)) x
     * (1 - voice) with w = refusalEmbeddednessWeight and voice the SMEs' seat share in a platform shared with the
     * offerer. Distant offerers are refused more, and more so by SMEs rooted in local
     * webs. (2 is the length of one axis of the discourse map.)
     */
    public double refusalProbability(Actor offerer, Parameters p) {
        double d = discourse.distance(offerer.discourse);
        double w = p.getRefusalEmbeddednessWeight();
        return Math.min(1.0, p.getRefusalWeight() * (d / 2.0) * ((1.0 - w) + w * embeddedness)) * (1.0 - voice(offerer));
    }

    /**
     * SMEs' voice in what an offerer does: the largest share of decision seats SMEs hold in a platform this SME and
     * the offerer both belong to (§7.6c, §9.3.3). Projects SMEs helped decide are refused less.
     */
    double voice(Actor offerer) {
        double v = 0;
        for (Platform pl : platforms) if (pl.active && pl.isMember(offerer)) v = Math.max(v, pl.smeVoice);
        return v;
    }

    /** An NGO offers a project; the SME accepts (returns the support) or refuses (null). */
    Support offerSupport(Actor offerer, World w) {
        w.counters.supportOffers++;
        if (random.nextDouble() < refusalProbability(offerer, w.params)) {
            refusals++;
            w.counters.supportRefusals++;
            return null;
        }
        supportedUntil = w.step() + w.params.getProjectMonths();
        supporter = offerer;
        knowledgeAtSupport = knowledge;
        return new Support(offerer, supportedUntil);
    }

    @Override
    protected void act(World w) {
        Parameters p = w.params;
        if (random.nextDouble() < p.getSmeExitRate() / 12.0) {
            w.counters.smeExits++;
            w.deactivate(this);
            return;
        }
        legitimacy *= 1.0 - p.getLegitimacyDecayRate();
        PartnerSearch.search(this, w);
    }

    /** Runs this SME's investment phase (called by the model's investment phase). */
    public void investStep(World w) {
        if (active) invest(w);
    }

    /**
     * Investment phase: a non-adopter decides whether to adopt, paying the investment as it does ({@link
     * #decideAdoption}); an adopter may revert; the practice grows or falls back; certification follows the practice.
     */
    void invest(World w) {
        Parameters p = w.params;
        Policy policy = w.policy(domain);
        if (supporter instanceof Ngo n && w.step() == supportedUntil + 1 && !adopted) n.recordResult(false, p);
        if (!adopted) {
            decideAdoption(w, policy);
        } else if (shouldRevert(w, policy)) {
            adopted = false;
            revertedStep = w.step();
            w.counters.reversions++;
        }
        practice = adopted ? practice + p.getPracticeGrowthRate() * (1.0 - practice)
                : practice - p.getPracticeGrowthRate() * Math.max(0.0, practice - initialPractice);
        certify(w, policy);
    }

    /**
     * Highest premium among the buyers it sells to that can buy from it (adopting is what lets it meet their
     * requirement; an export buyer buys only from export-oriented SMEs, {@link Company#reaches}).
     */
    double premiumAvailable(World w) {
        ayni.network.TieStore ts = w.ties;
        if (ts.outDegree(index, Layer.MARKET) == 0) return 0; // no buyer: most SMEs, at once
        double best = 0;
        for (int i = 0, n = ts.outDegree(index); i < n; i++) { // by slot: no tie handle per tie (docs/ODD.md 10.1a)
            int slot = ts.outSlot(index, i);
            if (ts.layer(slot) != Layer.MARKET) continue;
            Actor b = w.actor(ts.to(slot));
            if (b instanceof Company c && c.active && c.reaches(this)) best = Math.max(best, c.premium);
        }
        return best;
    }

    /** What keeping the practice costs it every month (USD): practiceCostShare of its base sales. */
    public double practiceCost(Parameters p) {
        return revenue(p) * p.getPracticeCostShare();
    }

    /**
     * Whether the practice pays for itself: its monthly benefit (premium, savings, regulatory loss avoided) covers
     * what keeping it costs (§7.2.6 L2853: SMEs "only do what they are obliged to by regulation" and want low profit
     * now). A local-market SME without a premium buyer or regulation keeps it only while a project carries it.
     */
    public boolean practicePays(World w, Policy policy) {
        return monthlyBenefit(w, policy) >= practiceCost(w.params);
    }

    /**
     * Expected monthly benefit of adopting: premium, savings from eco-efficiency, and the regulatory loss avoided. The
     * market phase books each of them as money (7.26).
     */
    public double monthlyBenefit(World w, Policy policy) {
        Parameters p = w.params;
        double rev = revenue(p);
        double joint = network != null && network.jointVenture() ? p.getNetworkCostSaving() : 0;
        return rev * (premiumAvailable(w) + p.getSavingsRate() * knowledge + joint + regulationFaced(policy) * p.getRegulationPenalty());
    }

    /**
     * Share of its base sales a practising member of a business network running its joint business saves by buying
     * and selling jointly (7.34: the joint business is built on the practice its strategic project installed; members
     * count on it from the strategic project on, {@link #monthlyBenefit}).
     */
    double jointSaving(Parameters p) {
        return network != null && network.selling() ? p.getNetworkCostSaving() : 0;
    }

    /** The regulation enforced on it: its domain's ({@link Policy#regulation}) if it is formal, none if not (7.11a). */
    double regulationFaced(Policy policy) {
        return formal ? policy.regulation() : 0;
    }

    /**
     * Whether it can sell to a buyer that needs invoices (7.11a): it is formal, or an association or business network
     * sells for it (§5.2.5: producers reach export markets through their associations).
     */
    public boolean invoices() {
        return formal || inAssociation();
    }

    /** A member of a producer association, or of a business network whose trust is built (7.34). */
    public boolean inAssociation() {
        return association || network != null && network.organised();
    }

    void decideAdoption(World w, Policy policy) {
        Parameters p = w.params;
        double cost = adoptionCost(p);
        double fromFunding = Math.min(projectMoney, cost);
        GovernmentAgency payer = policy.subsidyPayer();
        double subsidy = payer != null ? Math.min(policy.subsidy(), payer.cash) : 0;
        // green credit is a bank loan: an informal SME gets neither the loan nor its reimbursement (7.11a)
        GovernmentAgency gc = formal ? policy.greenCredit() : null;
        // the same agency may pay both: the reimbursement can only use what the subsidy leaves
        double gcCash = gc == null ? 0 : gc.cash - (gc == payer ? subsidy : 0);
        double reimbursed = gc != null ? Math.max(0, Math.min(p.getGreenCreditReimbursement() * cost, gcCash)) : 0;
        double own = Math.max(0, cost - fromFunding - Math.min(subsidy + reimbursed, cost - fromFunding));
        boolean credit = creditAccess || gc != null;
        double ownFunds = ownFunds();
        // on its own account it adopts when the benefit net of the practice's running cost repays its share; a
        // project that pays the whole investment carries the practice while it lasts (7.11)
        double net = monthlyBenefit(w, policy) - practiceCost(p);
        boolean adopt = (own <= 0 && supportedAt(w.step()))
                || AdoptionRule.adopts(own, net, p.getPaybackHorizonMonths(), p.getInterestRate(), ownFunds, credit);
        if (!adopt) return;
        adopted = true;
        w.counters.adoptions++;
        double remaining = cost;
        if (fromFunding > 0) {
            w.ledger.spend(this, fromFunding, Ledger.Sink.INVESTMENT);
            projectMoney -= fromFunding;
            remaining -= fromFunding;
        }
        if (subsidy > 0 && remaining > 0) {
            double s = Math.min(subsidy, remaining);
            w.fund(payer, this, s, IncomeSource.GOVERNMENT_CONTRACTS);
            w.ledger.spend(this, s, Ledger.Sink.INVESTMENT);
            remaining -= s;
        }
        if (gc != null && reimbursed > 0 && remaining > 0) {
            double s = Math.min(reimbursed, remaining);
            w.fund(gc, this, s, IncomeSource.GOVERNMENT_CONTRACTS);
            w.ledger.spend(this, s, Ledger.Sink.INVESTMENT);
            remaining -= s;
        }
        // the rest from its own funds; what they do not cover it borrows from a bank outside the network
        double fromOwn = Math.min(remaining, ownFunds);
        if (fromOwn > 0) w.ledger.spend(this, fromOwn, Ledger.Sink.INVESTMENT);
        double borrowed = remaining - fromOwn;
        if (borrowed > 1e-9) {
            w.ledger.inject(this, borrowed, Ledger.Source.CREDIT);
            w.ledger.spend(this, borrowed, Ledger.Sink.INVESTMENT);
            debt += borrowed;
            w.counters.smeBorrowing += borrowed;
        }
        if (supporter instanceof Ngo n && supportedAt(w.step())) {
            n.recordResult(true, p);
            w.counters.projectAdoptions[n.type.ordinal()]++;
        }
    }

    /**
     * Once no project carries it, an adopter whose practice does not pay for itself ({@link #practicePays}) returns to
     * business as usual (§6.2.1 L2063, §7.2.6) with probability lossRevertProbability a month; one whose practice
     * pays drifts back only with probability revertProbability x (1 - embeddedness). Both are multiplied by
     * associationRevertFactor for members of an association or of a business network whose trust is built: isolated
     * SMEs keep changes least (§8.6.3 L3305).
     */
    boolean shouldRevert(World w, Policy policy) {
        if (supportedAt(w.step())) return false;
        Parameters p = w.params;
        double pr = practicePays(w, policy) ? p.getRevertProbability() * (1.0 - embeddedness) : p.getLossRevertProbability();
        return random.nextDouble() < pr * (inAssociation() ? p.getAssociationRevertFactor() : 1.0);
    }

    /**
     * Certification gives legitimacy with buyers. Third-party certification (exporters and larger firms) costs
     * certificationCost a month, so an SME holds it only while it sells to an export buyer whose requirement it meets
     * and whose premium covers that cost (§5.1 L1152, §5.3.4: third-party costs are not feasible for most small
     * producers). Local micro enterprises have participatory guarantees (PGS) only where the law recognises them
     * (§5.2.4, Law 29196); PGS is free and gives legitimacy but not the organic label, so it does not count as
     * certified.
     */
    void certify(World w, Policy policy) {
        Parameters p = w.params;
        boolean thirdParty = orientation == MarketOrientation.EXPORT || size != SmeSize.MICRO;
        certified = thirdParty && practice >= p.getCertificationLevel() && certifyingBuyer(w) != null;
        pgs = !thirdParty && policy.certificationRecognition() && practice >= p.getCertificationLevel();
        if (certified || pgs) gainLegitimacy(p.getCertificationLegitimacy());
    }

    /** An export buyer it sells to whose requirement it meets and whose premium pays for the certificate, or null. */
    Company certifyingBuyer(World w) {
        double fee = w.params.getCertificationCost();
        for (Tie t : w.ties.out(index)) {
            if (t.layer() != Layer.MARKET || !(w.actor(t.to()) instanceof Company c)) continue;
            if (c.active && c.exportBuyer && c.reaches(this) && practice >= c.requirement
                    && c.premium * revenue(w.params) >= fee) return c;
        }
        return null;
    }

    @Override
    protected void exchange(World w) {
        // legitimacy flows back: an SME served well endorses its supporter (§2.4.2, §8.6.1)
        if (supporter == null || !supporter.active || !supportedAt(w.step())) return;
        if (knowledge <= knowledgeAtSupport) return;
        if (!w.cooperate(this, supporter, random)) return;
        supporter.gainLegitimacy(w.params.getLegitimacyEndorseRate());
        w.ties.flow(index, supporter.index, Layer.LEGITIMACY, w.params.getLegitimacyEndorseRate(),
                w.params.getNewTieWeight(), w.step());
        w.counters.endorsements++;
    }

    @Override
    void receiveFunding(World w, Actor from, double amount, IncomeSource source) {
        // project money and grants are earmarked for adoption; a subsidy is invested at once (decideAdoption)
        if (source == IncomeSource.DONOR_GRANTS || source == IncomeSource.PROJECTS
                || source == IncomeSource.PLATFORM_FUNDS) projectMoney += amount;
    }

    /** Cash that is its own (not earmarked project money). */
    double ownFunds() { return Math.max(0, cash - projectMoney); }

    boolean soldAt(int step) { return soldStep == step; }

    /** Whether what it sells is organic produce: an SME of the organic domain that practises. */
    boolean organicOutput() { return adopted && domain == Domain.ORGANIC; }

    /** Sold this month's output to a buyer, which left output worth {@code unsoldBase} at the base price. */
    void sold(int step, double unsoldBase) {
        soldStep = step;
        unsold = Math.max(0, unsoldBase);
    }

    /**
     * Market phase (7.26): output no buyer took this month (all of it, or what a Bioferia stand could not sell) is sold in local markets at the base price (money from
     * Peruvian consumers); then it pays its operating costs (smeCostShare of base sales; when it practises plus the
     * practice's running cost less eco-efficiency savings, when it does not plus the expected regulatory loss) and its debt service (interest plus
     * 1/loanMonths of the debt). What it cannot pay of the interest is added to the debt; after smeInsolvencyMonths
     * months in a row without paying everything it closes.
     */
    public void sellAndPay(World w) {
        if (!active) return;
        Parameters p = w.params;
        double base = revenue(p);
        double local = soldAt(w.step()) ? unsold : base;
        if (local > 1e-9) {
            w.ledger.inject(this, local, Ledger.Source.DOMESTIC_DEMAND);
            w.counters.salesLocal += local;
            if (organicOutput()) w.counters.salesDomesticOrganic += local;
        }
        soldStep = w.step();
        unsold = 0;
        Policy policy = w.policy(domain);
        double operating = base * (p.getSmeCostShare()
                + (adopted ? p.getPracticeCostShare() - p.getSavingsRate() * knowledge - jointSaving(p) : 0)
                + (adopted ? 0 : regulationFaced(policy) * p.getRegulationPenalty()));
        operating = Math.max(0, operating) + (certified ? p.getCertificationCost() : 0);
        double interest = debt * p.getInterestRate() / 12.0;
        double principal = debt / p.getLoanMonths();
        double avail = ownFunds();
        double payOp = Math.min(avail, operating);
        if (payOp > 0) w.ledger.spend(this, payOp, Ledger.Sink.OPERATING_COSTS);
        avail -= payOp;
        double payDebt = Math.min(avail, interest + principal);
        if (payDebt > 0) w.ledger.spend(this, payDebt, Ledger.Sink.DEBT_SERVICE);
        debt += interest - payDebt;
        if (debt < 1e-6) debt = 0;
        boolean paidAll = payOp + 1e-9 >= operating && payDebt + 1e-9 >= interest + principal;
        insolventMonths = paidAll ? 0 : insolventMonths + 1;
        if (insolventMonths >= p.getSmeInsolvencyMonths()) {
            w.counters.smeFailures++;
            w.deactivate(this);
        }
    }

    @Override
    public double results() { return practice; }

    /** Sets whether it practises (a lever for hand-made situations; no investment is booked). */
    public void setAdopted(boolean a) { adopted = a; }

    public SmeSize size() { return size; }
    public MarketOrientation orientation() { return orientation; }
    /** Own funds less debt (USD; negative when it owes more than it holds). */
    public double capital() { return ownFunds() - debt; }
    public double debt() { return debt; }
    public double projectMoney() { return projectMoney; }
    public double practice() { return practice; }
    public boolean adopted() { return adopted; }
    public boolean association() { return association; }
    public double embeddedness() { return embeddedness; }
    public boolean creditAccess() { return creditAccess; }
    public boolean formal() { return formal; }
    public boolean certified() { return certified; }
    public BusinessNetwork network() { return network; }
    public boolean pgs() { return pgs; }
    public int supportedUntil() { return supportedUntil; }
    public String group() { return group; }
    public int refusals() { return refusals; }
    /** Last month it stopped practising (-1: never). */
    public int revertedStep() { return revertedStep; }

    /** Segment label for adoption shares, e.g. "microLocal". */
    public String segment() {
        return segment(size, orientation);
    }

    public static String segment(SmeSize size, MarketOrientation orientation) {
        String o = orientation.key();
        return size.key() + Character.toUpperCase(o.charAt(0)) + o.substring(1);
    }

    @Override
    public String subtype() { return size.key(); }
}
