package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.network.Relations;
import ayni.network.Tie;
import ayni.network.TieRules;
import ayni.network.TieStore;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Conflict between organisations as a state of their relation (ODD 7.30; §6.5, §9.3.1, §2.4.3, §5.2.1-5.2.5). A
 * relation turns conflictive when two NGOs compete for one grant or rival for scarce funds (7.28), when an NGO
 * confronts a company whose discourse it rejects or whom it watches (confrontation, §6.5, §9.3.4), and when SMEs that
 * hold decision seats in a platform challenge the NGOs that used to decide there, each time seats change hands (the
 * power struggle, §2.4.3, §5.2.5). While a relation is conflictive the two cooperate less (7.20) and a conflict cuts
 * the knowledge ties between them.
 */
public final class Conflicts implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Which pairs are in conflict until when. */
    public final Relations relations = new Relations();
    /**
     * The SMEs' seat share of a platform (by platform index) and the step it last changed: the last time a contested
     * seat changed hands, from which roles settle again.
     */
    private final Map<Integer, Transfer> transfers = new HashMap<>();

    /** A platform's SME seat share and the step at which it took that value. */
    private record Transfer(double share, int step) implements Serializable {}

    /**
     * Two organisations come into conflict: their relation is conflictive for p.conflictMonths, and the knowledge ties
     * between them, in both directions, keep 1 - p.conflictTieLoss of their weight.
     */
    public void begin(World w, Actor a, Actor b) {
        relations.conflict(a.index, b.index, w.step() + w.params.getConflictMonths() - 1);
        double keep = 1.0 - w.params.getConflictTieLoss();
        Tie t1 = w.ties.get(a.index, b.index, Layer.KNOWLEDGE), t2 = w.ties.get(b.index, a.index, Layer.KNOWLEDGE);
        if (t1 != null) w.ties.scale(t1, keep);
        if (t2 != null) w.ties.scale(t2, keep);
    }

    /** Whether two actors' relation is conflictive this step. */
    public boolean inConflict(World w, Actor a, Actor b) {
        return relations.inConflict(a.index, b.index, w.step());
    }

    /** The monthly step: rivalry for scarce funds, every active NGO's relations with companies, then power struggles in platforms. */
    public void step(World w) {
        FundingRivalry.step(w);
        for (Actor a : w.active(ActorKind.NGO)) confront(w, (Ngo) a);
        for (Actor a : w.active(ActorKind.PLATFORM)) struggle(w, (Platform) a);
    }

    /**
     * Confrontation or collaboration with companies (§6.5 L2482, §9.3.1, §9.3.4): for each company an NGO is tied to
     * (either direction, any layer) and not yet in conflict with, a conflict begins with probability
     * p.confrontationRate x (1 - P(cooperate)), where P(cooperate) = exp(-discourse distance / p.cooperationDistanceScale)
     * x (1 - watchdog friction) as in 7.20: an NGO far from the company's liberal-market discourse, or watching it,
     * confronts it; as discourses converge, relations become cooperative. Counts the relations and the conflictive ones.
     */
    void confront(World w, Ngo n) {
        int seen = w.nextMark(); // companies already counted are marked with it
        relate(w, n, true, seen);
        relate(w, n, false, seen);
    }

    /**
     * Each company met on the NGO's out (or in) ties and not yet seen is one relation, however many ties the pair
     * carries. The ties are read from the store's columns by slot; nothing here adds or removes a tie.
     */
    private void relate(World w, Ngo n, boolean out, int seen) {
        World.Counters k = w.counters;
        TieStore ts = w.ties;
        int[] mark = w.marks();
        for (int i = 0, d = out ? ts.outDegree(n.index) : ts.inDegree(n.index); i < d; i++) {
            Actor c = w.actor(out ? ts.to(ts.outSlot(n.index, i)) : ts.from(ts.inSlot(n.index, i)));
            if (!(c instanceof Company) || !c.active || mark[c.index] == seen) continue;
            mark[c.index] = seen;
            k.ngoCompanyRelations++;
            if (!inConflict(w, n, c)) {
                double coop = TieRules.cooperationProbability(n.discourse.distance(c.discourse), w.params.getCooperationDistanceScale())
                        * (1.0 - w.watchdogFriction(n, c));
                if (n.random.nextDouble() >= w.params.getConfrontationRate() * (1.0 - coop)) continue;
                k.conflictsNgoCompany++;
                begin(w, n, c);
            }
            k.ngoCompanyConflictive++;
        }
    }

    /**
     * The power struggle (§2.4.3, §5.2.1-5.2.3, §5.2.5): in an active platform whose SME members hold a share v of its
     * seats, each member NGO and each SME member it has a knowledge tie to (an NGO-SME relation in the platform)
     * come into conflict with probability p.powerStruggleRate x 4v(1 - v) x exp(-months since a seat last changed hands
     * there / p.roleSettlingMonths): contested most when power is evenly split, not at all when one side holds every
     * seat, flaring up each time seats are transferred (the 2004 takeover, the 2009 NGO comeback) and settling once
     * roles are re-defined, i.e. while the seats stay where they are. Counts the chances (relations not in conflict)
     * and the conflicts.
     */
    void struggle(World w, Platform pl) {
        double v = pl.smeVoice;
        if (v <= 0) return;
        Transfer last = transfers.get(pl.index);
        if (last == null || last.share() != v) transfers.put(pl.index, last = new Transfer(v, w.step()));
        int months = w.step() - last.step();
        double prob = w.params.getPowerStruggleRate() * 4.0 * v * (1.0 - v)
                * Math.exp(-months / (double) w.params.getRoleSettlingMonths());
        World.Counters k = w.counters;
        for (Actor a : pl.members) {
            if (!(a instanceof Ngo n) || !n.active) continue;
            List<Tie> out = w.ties.out(n.index);
            for (int i = 0; i < out.size(); i++) {
                Tie t = out.get(i);
                if (t.layer() != Layer.KNOWLEDGE) continue;
                Actor s = w.actor(t.to());
                if (!(s instanceof Sme) || !s.active || !pl.isMember(s) || inConflict(w, n, s)) continue;
                k.conflictChancesNgoSme++;
                if (n.random.nextDouble() >= prob) continue;
                k.conflictsNgoSme++;
                begin(w, n, s);
            }
        }
    }

    /** The step at which the SMEs' seat share of a platform last changed (seats changed hands), or -1. */
    public int lastTransfer(Platform pl) {
        Transfer t = transfers.get(pl.index);
        return t == null ? -1 : t.step();
    }
}
