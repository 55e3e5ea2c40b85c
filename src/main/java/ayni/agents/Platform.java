package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Domain;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.exchange.Ledger;
import ayni.network.Tie;
import ayni.network.TieStore;
import java.util.ArrayList;
import java.util.List;

/**
 * A coordination point such as RAE Peru's board, ANPE's board or a Bioferia (§8.6.1 L3249): members, decision seats
 * and a host NGO. It passes part of its funding on to member NGOs, lends its legitimacy to members, and makes ties
 * among members likelier. Unfunded, it cannot pay its costs and goes dormant, then dissolves (§7.2.6 L2808).
 */
public final class Platform extends Actor {
    private static final long serialVersionUID = 1L;

    final List<Actor> members = new ArrayList<>();
    private final java.util.Set<Actor> memberSet = new java.util.HashSet<>(); // lookup only, never iterated
    final int seats;
    Actor host;
    double monthlyCost;
    double projectFunds;
    int insolventMonths;
    /** Share of its decision seats SME members hold this month (0 without active SME members). */
    double smeVoice;
    private double donorGrants;
    private int donorGrantsStep = -1;
    /** All it has received since it entered: member fees on its members' sales, and aid (everything else), USD. */
    double feeIncome, aidIncome;

    public Platform(int index, String id, String name, long seed, Domain domain, int seats, double cash,
                    double monthlyCost, double legitimacy, Discourse discourse) {
        super(index, id, name, ActorKind.PLATFORM, domain, seed);
        this.seats = seats;
        this.cash = cash;
        this.monthlyCost = monthlyCost;
        this.legitimacy = legitimacy;
        this.discourse = discourse;
    }

    @Override
    void initialise(ayni.scenario.Parameters p) {
        knowledge = p.getPlatformKnowledge();
    }

    public void addMember(Actor a) {
        if (a == this || !memberSet.add(a)) return;
        members.add(a);
        a.platforms.add(this);
    }

    public boolean isMember(Actor a) { return memberSet.contains(a); }

    void removeMember(Actor a) {
        if (!memberSet.remove(a)) return;
        members.remove(a);
        a.platforms.remove(this);
        if (host == a) host = null;
    }

    void dissolve() {
        for (Actor a : new ArrayList<>(members)) removeMember(a);
    }

    public void setHost(Actor h) { host = h; }

    @Override
    void receiveFunding(World w, Actor from, double amount, IncomeSource source) {
        if (source == IncomeSource.MEMBER_FEES) {
            feeIncome += amount; // pays its own running costs; nothing of it is passed on
            return;
        }
        aidIncome += amount;
        projectFunds += amount * w.params.getPlatformProjectShare();
        if (donorGrantsStep != w.step()) {
            donorGrantsStep = w.step();
            donorGrants = 0;
        }
        if (source == IncomeSource.DONOR_GRANTS) donorGrants += amount;
    }

    /** Donor grants it received in a month (what a government co-finances). */
    public double donorGrants(int step) { return donorGrantsStep == step ? donorGrants : 0; }

    /**
     * Decision seats: SME members, if it has any active ones, hold round(seats x share) of its seats, share being
     * smeSeatShare (§7.6c, §9.3.3) or, if larger, the members' fees' share of all it has received: who finances the
     * platform earns its seats (§5.2.3: producers lead Grupo Ecologica Peru from 2004; ANPE takes over funding tasks).
     * The rest are held by its member organisations.
     */
    int smeSeats(World w) {
        boolean smes = false;
        for (Actor a : members) if (a instanceof Sme && a.active) { smes = true; break; }
        double share = Math.max(w.params.getSmeSeatShare(), feeShare());
        return smes ? (int) Math.min(seats, Math.round(seats * share)) : 0;
    }

    /** Member fees' share of all it has received (0 before it has received anything). */
    double feeShare() {
        double total = feeIncome + aidIncome;
        return total > 0 ? feeIncome / total : 0;
    }

    /** Running-costs phase: pays its running costs and spends aid above its reserve on activities, or shrinks and in the end dissolves. */
    @Override
    protected void runningCosts(World w) {
        double pay = Math.min(cash, monthlyCost);
        if (pay > 0) w.ledger.spend(this, pay, Ledger.Sink.RUNNING_COSTS);
        projectFunds = Math.min(projectFunds, cash);
        if (pay + 1e-9 < monthlyCost) {
            insolventMonths++;
            monthlyCost *= 1.0 - w.params.getPlatformShrinkRate();
            if (insolventMonths >= w.params.getPlatformInsolvencyMonths()) {
                w.deactivate(this);
                return;
            }
        } else {
            insolventMonths = 0;
            spendOnActivities(w);
        }
    }

    @Override
    protected void act(World w) {
        smeVoice = seats == 0 ? 0 : (double) smeSeats(w) / seats;
        legitimacy *= 1.0 - w.params.getLegitimacyDecayRate();
    }

    /**
     * Aid pays a platform's activities while its project runs (§7.2.6 L2808: platforms are "latent" between funded
     * projects): what it holds beyond the money it will pass on and platformReserveMonths of its running costs is
     * spent this month. Once aid ends it lives on that reserve and on its members' fees, then goes dormant.
     */
    void spendOnActivities(World w) {
        double surplus = cash - projectFunds - w.params.getPlatformReserveMonths() * monthlyCost;
        if (surplus > 1e-9) w.ledger.spend(this, surplus, Ledger.Sink.RUNNING_COSTS);
    }

    /**
     * Market phase, after the buyers have paid: each active SME member pays it platformFeeShare of what buyers paid it
     * this month (producers pay fees to sell at the Bioferia, §5.2.2 L1442; the fees pay administration, L1514), out
     * of its own funds, through the ledger as member fees (a funding tie SME -> platform).
     */
    public void collectFees(World w) {
        if (!active) return;
        double share = w.params.getPlatformFeeShare();
        if (share <= 0) return;
        for (Actor a : new ArrayList<>(members)) {
            if (!(a instanceof Sme s) || !s.active) continue;
            double sales = 0;
            TieStore ts = w.ties;
            for (int i = 0, d = ts.outDegree(s.index); i < d; i++) {
                int slot = ts.outSlot(s.index, i);
                if (ts.layer(slot) == Layer.MARKET && w.actor(ts.to(slot)) instanceof Company) sales += ts.flowAt(slot, w.step());
            }
            double fee = Math.min(share * sales, s.ownFunds());
            if (fee > 1e-9) w.fund(s, this, fee, IncomeSource.MEMBER_FEES);
        }
    }

    /** Self-financed: it has received something, and member fees are at least selfFinancedIncomeShare of it (§7.6a). */
    public boolean selfFinanced(ayni.scenario.Parameters p) {
        return feeIncome + aidIncome > 0 && feeShare() >= p.getSelfFinancedIncomeShare();
    }

    /** Aid-financed: it has received something, and is not self-financed. */
    public boolean aidFinanced(ayni.scenario.Parameters p) {
        return feeIncome + aidIncome > 0 && !selfFinanced(p);
    }

    public double feeIncome() { return feeIncome; }
    public double aidIncome() { return aidIncome; }

    /**
     * Passes this month's project money on as its seat holders decide (§8.6.1, §7.6c): the SMEs' seat share goes to
     * SME members that do not practise yet, each up to supportShare of its adoption cost; the rest to member NGOs,
     * the host NGO weighing hostWeight, every other NGO 1. Booked as platform funds.
     */
    void passOn(World w) {
        if (projectFunds <= 1.0) return;
        double start = projectFunds, smePart = smeVoice * start;
        if (smePart > 0) {
            List<Sme> smes = new ArrayList<>();
            for (Actor a : members) if (a instanceof Sme s && s.active && !s.adopted) smes.add(s);
            double each = smes.isEmpty() ? 0 : smePart / smes.size();
            for (Sme s : smes) {
                double amount = Math.min(Math.min(each, cash), Math.max(0,
                        w.params.getSupportShare() * s.adoptionCost(w.params) - s.projectMoney));
                if (amount <= 0) continue;
                w.fund(this, s, amount, IncomeSource.PLATFORM_FUNDS);
                projectFunds -= amount;
            }
        }
        List<Ngo> ngos = new ArrayList<>();
        double weights = 0;
        for (Actor a : members) {
            if (a instanceof Ngo n && n.active) {
                ngos.add(n);
                weights += n == host ? w.params.getHostWeight() : 1.0;
            }
        }
        double ngoPart = Math.min(projectFunds, (1.0 - smeVoice) * start);
        if (ngos.isEmpty() || ngoPart <= 1.0) return;
        for (Ngo n : ngos) {
            double amount = Math.min(ngoPart * (n == host ? w.params.getHostWeight() : 1.0) / weights, cash);
            if (amount <= 0) continue;
            w.fund(this, n, amount, IncomeSource.PLATFORM_FUNDS);
            projectFunds -= amount;
        }
    }

    /** Dormant: it has not been able to pay its costs this month. */
    public boolean dormant() { return insolventMonths > 0; }

    @Override
    protected void exchange(World w) {
        if (dormant()) return;
        passOn(w);
        // a platform lends its legitimacy to members (§8.6.1)
        double rate = w.params.getPlatformLegitimacyRate() * legitimacy;
        for (Actor a : members) {
            if (!a.active) continue;
            a.gainLegitimacy(rate);
            w.ties.flow(index, a.index, Layer.LEGITIMACY, rate, w.params.getNewTieWeight(), w.step());
        }
        w.accredit(this);
    }

    public List<Actor> members() { return List.copyOf(members); }
    public int seats() { return seats; }
    /** Share of its seats SME members held this month. */
    public double smeVoice() { return smeVoice; }
    public Actor host() { return host; }
    public double monthlyCost() { return monthlyCost; }

    @Override
    public String subtype() { return "platform"; }
}
