package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Domain;
import ayni.domain.GovernmentLevel;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.exchange.Ledger;
import ayni.network.Tie;
import java.util.ArrayList;
import java.util.List;

/**
 * A government agency (§8.5.1). Its budget arrives monthly (budgets phase); SMEs draw adoption subsidies and green-credit reimbursements from
 * it during the investment phase; in the exchange phase it co-finances donor-funded work of the NGOs and platforms it has
 * funding ties with and gives them what it still holds that month (its appropriation and any donor money routed through it) as contracts. Any remainder lapses. Its regulation, enforcement and recognition of participatory certification
 * shape SMEs' choices through {@link Policy}. Its ties rest on persons, so they weaken when the government changes.
 */
public final class GovernmentAgency extends Actor {
    private static final long serialVersionUID = 1L;

    final GovernmentLevel level;
    double budget;
    double cofinancing;
    double subsidy;
    boolean greenCredit;
    double regulation;
    double enforcement;
    boolean certificationRecognition;
    double budgetGrowth; // per year, applied monthly

    public GovernmentAgency(int index, String id, String name, long seed, GovernmentLevel level, Domain domain,
                            double budget, double cofinancing, double subsidy, boolean greenCredit, double regulation,
                            double enforcement, boolean certificationRecognition, Discourse discourse,
                            double knowledge) {
        super(index, id, name, ActorKind.GOVERNMENT, domain, seed);
        this.level = level;
        this.budget = budget;
        this.cofinancing = cofinancing;
        this.subsidy = subsidy;
        this.greenCredit = greenCredit;
        this.regulation = regulation;
        this.enforcement = enforcement;
        this.certificationRecognition = certificationRecognition;
        this.discourse = discourse;
        this.knowledge = knowledge;
    }

    @Override
    void initialise(ayni.scenario.Parameters p) {
        legitimacy = p.getGovernmentLegitimacy();
    }

    /** Budgets phase: the month's appropriation arrives from the treasury. */
    @Override
    protected void budget(World w) {
        if (budgetGrowth != 0) budget *= Math.pow(1.0 + budgetGrowth, 1.0 / 12.0);
        if (budget > 0) w.ledger.inject(this, budget / 12.0, Ledger.Source.GOVERNMENT_BUDGET);
    }

    @Override
    protected void act(World w) {
        legitimacy *= 1.0 - w.params.getLegitimacyDecayRate();
        PartnerSearch.search(this, w);
    }

    @Override
    protected void exchange(World w) {
        List<Tie> funded = new ArrayList<>();
        for (Tie t : w.ties.out(index)) {
            Actor r = w.actor(t.to());
            if (t.layer() == Layer.FUNDING && r.active && (r instanceof Ngo || r instanceof Platform)) funded.add(t);
        }
        // co-financing of donor grants received this month
        for (Tie t : funded) {
            Actor r = w.actor(t.to());
            double donorMoney = r instanceof Ngo n ? n.income(IncomeSource.DONOR_GRANTS)
                    : r instanceof Platform p ? p.donorGrants(w.step()) : 0;
            double amount = Math.min(cofinancing * donorMoney, cash);
            if (amount > 0) {
                w.fund(this, r, amount, IncomeSource.GOVERNMENT_CONTRACTS);
            }
        }
        // contracts: the rest of this month's programme budget, by tie weight
        // the rest of what it holds this month (its own appropriation and any donor money routed through it)
        double rest = cash;
        double total = 0;
        for (Tie t : funded) total += t.weight();
        if (rest > 0 && total > 0) {
            for (Tie t : funded) {
                double amount = Math.min(rest * t.weight() / total, cash);
                w.fund(this, w.actor(t.to()), amount, IncomeSource.GOVERNMENT_CONTRACTS);
            }
        }
        for (Tie t : w.ties.out(index)) {
            if (t.layer() == Layer.KNOWLEDGE && w.actor(t.to()).active) w.teach(this, w.actor(t.to()), t, random);
        }
        w.accredit(this);
        // what is left of this month's appropriation returns to the treasury
        if (cash > 0) w.ledger.spend(this, cash, Ledger.Sink.UNSPENT_BUDGET);
    }

    /** Change of government: personal ties lose part of their weight (§5.2.1 L1246, §8.5.1). */
    public void turnover(World w) {
        w.ties.weaken(index, 1.0 - w.params.getElectionTieLoss());
    }

    public GovernmentLevel level() { return level; }
    public double budget() { return budget; }
    public double cofinancing() { return cofinancing; }
    public double subsidy() { return subsidy; }
    public boolean greenCredit() { return greenCredit; }
    public double regulation() { return regulation; }
    public double enforcement() { return enforcement; }
    public boolean certificationRecognition() { return certificationRecognition; }
    public void setBudget(double b) { budget = Math.max(0, b); }
    public double budgetGrowth() { return budgetGrowth; }
    public void setBudgetGrowth(double g) { budgetGrowth = Math.max(-1, g); }
    public void setSubsidy(double s) { subsidy = Math.max(0, s); }
    public void setGreenCredit(boolean g) { greenCredit = g; }
    public void setRegulation(double r) { regulation = Math.max(0, Math.min(1, r)); }
    public void setEnforcement(double e) { enforcement = Math.max(0, Math.min(1, e)); }
    public void setCertificationRecognition(boolean c) { certificationRecognition = c; }

    @Override
    public String subtype() { return level.key(); }
}
