package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Domain;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.exchange.Ledger;
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
        projectFunds += amount * w.params.getPlatformProjectShare();
    }

    @Override
    protected void act(World w) {
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
        }
        legitimacy *= 1.0 - w.params.getLegitimacyDecayRate();
    }

    /** Dormant: it has not been able to pay its costs this month. */
    public boolean dormant() { return insolventMonths > 0; }

    @Override
    protected void exchange(World w) {
        if (dormant()) return;
        // pass this month's project money on to the active member NGOs in equal parts
        List<Ngo> ngos = new ArrayList<>();
        for (Actor a : members) if (a instanceof Ngo n && n.active) ngos.add(n);
        if (!ngos.isEmpty() && projectFunds > 1.0) {
            double each = projectFunds / ngos.size();
            for (Ngo n : ngos) {
                double amount = Math.min(each, cash);
                w.fund(this, n, amount, IncomeSource.DONOR_GRANTS);
                projectFunds -= amount;
            }
        }
        // a platform lends its legitimacy to members (§8.6.1)
        double rate = w.params.getPlatformLegitimacyRate() * legitimacy;
        for (Actor a : members) {
            if (!a.active) continue;
            a.gainLegitimacy(rate);
            w.ties.flow(index, a.index, Layer.LEGITIMACY, rate, w.params.getNewTieWeight(), w.step());
        }
    }

    public List<Actor> members() { return List.copyOf(members); }
    public int seats() { return seats; }
    public Actor host() { return host; }
    public double monthlyCost() { return monthlyCost; }

    @Override
    public String subtype() { return "platform"; }
}
