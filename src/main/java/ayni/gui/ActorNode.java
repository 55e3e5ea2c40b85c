package ayni.gui;

import ayni.agents.Actor;
import ayni.agents.Donor;
import ayni.agents.GovernmentAgency;
import ayni.agents.Ngo;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.IncomeSource;
import ayni.domain.NgoType;
import ayni.network.Tie;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A read-only view of one actor for the display and its inspector: MASON's inspector lists these getters (there are
 * no setters, so a click can never change the model). Values are read live from the actor.
 */
public final class ActorNode {
    private static final int MAX_PARTNERS = 12;
    private final Actor actor;
    private final World world;
    private volatile double share;

    ActorNode(Actor actor, World world) {
        this.actor = actor;
        this.world = world;
    }

    Actor actor() { return actor; }

    void setShare(double s) { share = s; }

    /** Its power share as last set (the display labels the largest). */
    double share() { return share; }

    /** The node's look at its current power share. */
    NodeStyle style(double maxShare) {
        NgoType t = actor instanceof Ngo n ? n.type() : null;
        return NodeStyle.of(actor.kind(), t, actor.name(), share, maxShare);
    }

    public String getName() { return actor.name(); }
    public String getId() { return actor.id(); }
    public String getKind() { return actor.kind().key(); }
    /** NGO type, SME size, donor kind, government level, exporter or domestic. */
    public String getType() { return actor.subtype(); }
    public String getDomain() { return actor.domain() == null ? "" : actor.domain().key(); }
    public boolean getPresent() { return actor.active(); }
    /** Cash held (USD). */
    public double getCash() { return actor.cash(); }
    /** Legitimacy 0..1. */
    public double getLegitimacy() { return actor.legitimacy(); }
    /** Knowledge capacity 0..1. */
    public double getKnowledge() { return actor.knowledge(); }
    /** Position in the policy realm: x rights (−1) .. market (+1), y communitarian (−1) .. individualistic (+1). */
    public String getDiscourse() {
        return String.format(Locale.ROOT, "x %.2f, y %.2f", actor.discourse().x(), actor.discourse().y());
    }
    /** Share of all power (PageRank on the dependence network), as last measured. */
    public double getPowerShare() { return share; }

    /** Income this month by source (NGOs; USD). */
    public String getIncomeBySource() {
        if (!(actor instanceof Ngo n)) return "(NGOs only)";
        StringBuilder sb = new StringBuilder();
        for (IncomeSource s : IncomeSource.values()) {
            double v = n.income(s);
            if (v > 0) sb.append(sb.length() == 0 ? "" : "; ").append(s.key()).append(' ').append(Math.round(v));
        }
        return sb.length() == 0 ? "none this month" : sb.toString();
    }

    /** What matters for this kind: a donor's budget and rule, an NGO's costs, an SME's practice. */
    public String getDetails() {
        if (actor instanceof Donor d) {
            return String.format(Locale.ROOT, "budget %,.0f USD/year, rule %s, %d grants%s", d.budget(),
                    d.fundingRule().key(), d.grants().size(), d.leaving() ? ", leaving" : "");
        }
        if (actor instanceof Ngo n) {
            return String.format(Locale.ROOT, "running costs %,.0f USD/month, %d months unable to pay", n.monthlyCost(),
                    n.insolventMonths());
        }
        if (actor instanceof Sme s) {
            return String.format(Locale.ROOT, "practice %.2f, %s%s, %s, %s%s", s.practice(), s.adopted() ? "adopted" : "not adopted",
                    s.certified() ? ", certified" : "", s.segment(), s.formal() ? "formal" : "informal",
                    s.inAssociation() ? ", association member" : "");
        }
        if (actor instanceof GovernmentAgency g) {
            return String.format(Locale.ROOT, "regulation %.2f, enforcement %.2f, PGS recognised %s", g.regulation(),
                    g.enforcement(), g.certificationRecognition() ? "yes" : "no");
        }
        return "";
    }

    public int getPartnerCount() {
        return world.ties.out(actor.index()).size() + world.ties.in(actor.index()).size();
    }

    /** Partners with the layer and weight of each tie (→ gives to, ← receives from), the strongest first. */
    public String getPartners() {
        List<Tie> ties = new ArrayList<>(world.ties.out(actor.index()));
        ties.addAll(world.ties.in(actor.index()));
        ties.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_PARTNERS, ties.size()); i++) {
            Tie t = ties.get(i);
            boolean out = t.from() == actor.index();
            Actor other = world.actor(out ? t.to() : t.from());
            sb.append(i == 0 ? "" : "; ").append(out ? "→ " : "← ").append(other.name()).append(" (")
                    .append(t.layer().key()).append(String.format(Locale.ROOT, " %.2f)", t.weight()));
        }
        if (ties.size() > MAX_PARTNERS) sb.append("; and ").append(ties.size() - MAX_PARTNERS).append(" more");
        return sb.length() == 0 ? "none" : sb.toString();
    }

    @Override
    public String toString() {
        return actor.name() + " (" + actor.kind().key() + ")";
    }
}
