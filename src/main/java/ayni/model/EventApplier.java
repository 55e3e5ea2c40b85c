package ayni.model;

import ayni.agents.Actor;
import ayni.agents.Company;
import ayni.agents.Donor;
import ayni.agents.GovernmentAgency;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.ExitMode;
import ayni.scenario.EventSpec;
import ayni.scenario.EventSpec.ActorEntry;
import ayni.scenario.EventSpec.ActorExit;
import ayni.scenario.EventSpec.BudgetChange;
import ayni.scenario.EventSpec.ChannelShift;
import ayni.scenario.EventSpec.DomainShift;
import ayni.scenario.EventSpec.DonorExit;
import ayni.scenario.EventSpec.Election;
import ayni.scenario.EventSpec.FundingRuleChange;
import ayni.scenario.EventSpec.MarketShock;
import ayni.scenario.EventSpec.NgoTypeShift;
import ayni.scenario.EventSpec.ParameterChange;
import ayni.scenario.EventSpec.PolicyChange;
import ayni.scenario.EventSpec.Targets;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies dated events to the world (docs/ODD.md 7.25). Named targets are changed whether or not they are present
 * yet (a budget cut for a donor arriving later holds when it arrives); {@code all} addresses those present.
 * Returns a plain-words account of the effect for the event log.
 */
final class EventApplier implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final World w;
    private final Timeline timeline;

    EventApplier(World w, Timeline timeline) {
        this.w = w;
        this.timeline = timeline;
    }

    String apply(EventSpec e) {
        if (e instanceof DonorExit x) return donorExit(donors(x.donors()), x.exitMode(), x.referral());
        if (e instanceof BudgetChange x) return budget(x);
        if (e instanceof FundingRuleChange x) {
            for (Donor d : donors(x.donors())) d.setFundingRule(x.rule());
            return count(donors(x.donors()).size(), "donor") + " now use the " + x.rule().key() + " rule";
        }
        if (e instanceof DomainShift x) {
            for (Donor d : donors(x.donors())) d.setDomains(x.domains());
            return "domain priorities " + keyed(x.domains());
        }
        if (e instanceof ChannelShift x) {
            for (Donor d : donors(x.donors())) d.setChannels(x.channels());
            return "channels " + keyed(x.channels());
        }
        if (e instanceof NgoTypeShift x) {
            for (Donor d : donors(x.donors())) d.setNgoTypes(x.ngoTypes());
            return "NGO type preferences " + keyed(x.ngoTypes());
        }
        if (e instanceof ActorEntry x) return count(x.actors().ids().size(), "actor") + " enter";
        if (e instanceof ActorExit x) return exit(x);
        if (e instanceof PolicyChange x) return policy(x);
        if (e instanceof MarketShock x) return market(x);
        if (e instanceof Election) return election();
        if (e instanceof ParameterChange x) {
            w.params.set(x.name(), x.value());
            return x.name() + " = " + ayni.scenario.Parameters.fmt(x.value());
        }
        throw new IllegalArgumentException("unknown event " + e);
    }

    String donorExit(List<Donor> donors, ExitMode mode, double referral) {
        int left = 0, referred = 0;
        for (Donor d : donors) {
            if (!d.active()) {
                if (d.exitedStep() < 0) timeline.cancelEntry(d); // named before it arrived: it never comes
                continue;
            }
            if (d.leaving()) continue;
            referred += d.refer(w, referral);
            d.leave(mode != null ? mode : d.exitMode());
            left++;
        }
        return count(left, "donor") + " leave" + (mode != null ? " (" + mode.key() + ")" : "") + (referral > 0 ? ", "
                + count(referred, "grantee") + " referred" : "");
    }

    String election() {
        int n = 0;
        for (Actor g : List.copyOf(w.active(ActorKind.GOVERNMENT))) {
            ((GovernmentAgency) g).turnover(w);
            n++;
        }
        return "ties of " + count(n, "agency") + " weakened";
    }

    private String budget(BudgetChange x) {
        List<Actor> all = new ArrayList<>(donors(x.donors()));
        all.addAll(governments(x.governments()));
        for (Actor a : all) {
            if (a instanceof Donor d) {
                if (x.factor() != null) d.setBudget(d.budget() * x.factor());
                if (x.yearlyRate() != null) d.setBudgetGrowth(x.yearlyRate());
            } else if (a instanceof GovernmentAgency g) {
                if (x.factor() != null) g.setBudget(g.budget() * x.factor());
                if (x.yearlyRate() != null) g.setBudgetGrowth(x.yearlyRate());
            }
        }
        return count(all.size(), "budget") + (x.factor() != null ? " x" + ayni.scenario.Parameters.fmt(x.factor()) : "")
                + (x.yearlyRate() != null ? ", " + ayni.scenario.Parameters.fmt(x.yearlyRate()) + " a year" : "");
    }

    private String exit(ActorExit x) {
        int n = 0;
        for (String id : x.actors().ids()) {
            Actor a = w.byId(id);
            if (a instanceof Donor d) {
                donorExit(List.of(d), x.exitMode(), 0);
            } else if (a.active()) {
                w.deactivate(a);
            } else if (a.exitedStep() < 0) {
                timeline.cancelEntry(a);
            }
            n++;
        }
        return count(n, "actor") + " leave";
    }

    private String policy(PolicyChange x) {
        List<GovernmentAgency> gs = governments(x.governments());
        for (GovernmentAgency g : gs) {
            if (x.regulation() != null) g.setRegulation(x.regulation());
            if (x.enforcement() != null) g.setEnforcement(x.enforcement());
            if (x.subsidy() != null) g.setSubsidy(x.subsidy());
            if (x.greenCredit() != null) g.setGreenCredit(x.greenCredit());
            if (x.certificationRecognition() != null) g.setCertificationRecognition(x.certificationRecognition());
        }
        w.refreshPolicy();
        StringBuilder sb = new StringBuilder(count(gs.size(), "agency") + ":");
        if (x.regulation() != null) sb.append(" regulation ").append(x.regulation());
        if (x.enforcement() != null) sb.append(" enforcement ").append(x.enforcement());
        if (x.subsidy() != null) sb.append(" subsidy ").append(x.subsidy());
        if (x.greenCredit() != null) sb.append(" greenCredit ").append(x.greenCredit());
        if (x.certificationRecognition() != null) sb.append(" certificationRecognition ").append(x.certificationRecognition());
        return sb.toString();
    }

    private String market(MarketShock x) {
        List<Company> cs = new ArrayList<>();
        Targets t = x.companies();
        if (t.all() || t.filter() != null) {
            for (Actor a : w.active(ActorKind.COMPANY)) {
                Company c = (Company) a;
                if (t.all() || c.exportBuyer() == t.filter().equals("exportBuyers")) cs.add(c);
            }
        } else {
            for (String id : t.ids()) cs.add((Company) w.byId(id));
        }
        int dropped = 0;
        for (Company c : cs) {
            if (x.demandFactor() != null) c.setDemand((int) Math.round(c.demand() * x.demandFactor()));
            if (x.premium() != null) c.setPremium(x.premium());
            if (x.premiumFactor() != null) c.setPremium(c.premium() * x.premiumFactor());
            if (c.active()) dropped += c.trimSuppliers(w);
        }
        return count(cs.size(), "buyer") + " changed, " + count(dropped, "supplier tie") + " dropped";
    }

    private List<Donor> donors(Targets t) {
        List<Donor> out = new ArrayList<>();
        for (Actor a : resolve(t, ActorKind.DONOR)) out.add((Donor) a);
        return out;
    }

    private List<GovernmentAgency> governments(Targets t) {
        List<GovernmentAgency> out = new ArrayList<>();
        for (Actor a : resolve(t, ActorKind.GOVERNMENT)) out.add((GovernmentAgency) a);
        return out;
    }

    private List<Actor> resolve(Targets t, ActorKind kind) {
        if (t.all()) return new ArrayList<>(w.active(kind));
        List<Actor> out = new ArrayList<>();
        for (String id : t.ids()) {
            Actor a = w.byId(id);
            if (a != null && a.kind() == kind) out.add(a);
        }
        return out;
    }

    static String count(int n, String noun) {
        if (n == 1) return "1 " + noun;
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    private static String keyed(java.util.Map<? extends ayni.domain.Keyed, Double> m) {
        StringBuilder sb = new StringBuilder("{");
        m.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k.key()).append(": ")
                .append(ayni.scenario.Parameters.fmt(v)));
        return sb.append('}').toString();
    }
}
