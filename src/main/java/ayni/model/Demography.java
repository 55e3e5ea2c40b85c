package ayni.model;

import ayni.agents.Actor;
import ayni.agents.Company;
import ayni.agents.Ngo;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Domain;
import ayni.domain.IncomeSource;
import ayni.domain.NgoType;
import ayni.domain.Scope;
import ayni.scenario.Specs.SmeGroupSpec;
import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Entry of new actors. New SMEs join each group at smeEntryRate a year; new local NGOs are founded at ngoEntryRate a
 * year in each domain where they can be funded, their type drawn in proportion to the funding each type received in
 * the past month (per ngoFoundingFundingScale, plus ngoFoundingPrior for every type), so founding follows the money (§5.2.1 L1266, §8.3). Each population has
 * its own stream ("entry:..."), so entries do not disturb any actor's draws.
 */
final class Demography implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<SmeGroupSpec> groups;
    private final Map<String, Integer> entered = new java.util.HashMap<>();
    private final EnumMap<Domain, Integer> ngosFounded = new EnumMap<>(Domain.class);
    private final EnumMap<Domain, Integer> producersFounded = new EnumMap<>(Domain.class);
    private final EnumMap<Domain, Integer> businessFounded = new EnumMap<>(Domain.class);

    Demography(List<SmeGroupSpec> groups) {
        this.groups = groups;
    }

    void apply(World w, int step, java.util.function.IntPredicate groupActive) {
        for (int gi = 0; gi < groups.size(); gi++) {
            SmeGroupSpec g = groups.get(gi);
            if (!groupActive.test(gi)) continue;
            MersenneTwisterFast r = w.stream("entry:" + g.id() + ":" + step);
            int n = Draws.poisson(r, g.count() * w.params.getSmeEntryRate() / 12.0);
            for (int i = 0; i < n; i++) {
                int k = entered.merge(g.id(), 1, Integer::sum);
                Sme s = ScenarioBuilder.newSme(w, g, String.format("%s.e%05d", g.id(), k));
                w.activate(s);
                w.counters.smeEntries++;
            }
        }
        foundProducerNgos(w, step);
        foundBusinessNgos(w, step);
        for (Domain d : Domain.values()) {
            if (w.poolSize(ActorKind.NGO, d) == 0 && w.poolSize(ActorKind.SME, d) == 0) continue;
            if (!funded(w, d)) continue;
            MersenneTwisterFast r = w.stream("entry:ngo:" + d.key() + ":" + step);
            int n = Draws.poisson(r, w.params.getNgoEntryRate() / 12.0);
            for (int i = 0; i < n; i++) found(w, d, r);
        }
    }

    /**
     * SME associations found producer NGOs (§5.2.3, §8.3, SF8): in each domain, at producerNgoFoundingRate a year per
     * 100 association members that practise. The new NGO sits at its founders' mean position, knows what they know on
     * average, and gets a knowledge tie to each founder that practises (its members). Stream "entry:producer:...".
     */
    private void foundProducerNgos(World w, int step) {
        double rate = w.params.getProducerNgoFoundingRate();
        if (rate <= 0) return;
        EnumMap<Domain, List<Sme>> byDomain = new EnumMap<>(Domain.class);
        for (Actor a : w.active(ActorKind.SME)) {
            if (a.domain() != null && a instanceof Sme s && s.association() && s.adopted()) {
                byDomain.computeIfAbsent(a.domain(), x -> new java.util.ArrayList<>()).add(s);
            }
        }
        for (Domain d : Domain.values()) {
            List<Sme> founders = byDomain.get(d);
            if (founders == null) continue;
            MersenneTwisterFast r = w.stream("entry:producer:" + d.key() + ":" + step);
            int n = Draws.poisson(r, rate / 12.0 * founders.size() / 100.0);
            for (int i = 0; i < n; i++) {
                double xs = 0, ys = 0, k = 0;
                for (Sme s : founders) { xs += s.discourse().x(); ys += s.discourse().y(); k += s.knowledge(); }
                int m = founders.size();
                int idx = producersFounded.merge(d, 1, Integer::sum);
                ayni.scenario.Parameters p = w.params;
                Ngo ngo = w.register(new Ngo(w.nextIndex(), String.format("new-producer-ngo.%s.%03d", d.key(), idx), null,
                        w.seed, NgoType.PRODUCER, Scope.LOCAL, d, 0, p.getNewNgoMonthlyCost(),
                        Map.of(IncomeSource.MEMBER_FEES, p.getProducerNgoMemberFee() * m), k / m, p.getNewNgoLegitimacy(),
                        new Discourse(xs / m, ys / m), p.getNewNgoWatchdog()));
                w.activate(ngo);
                for (Sme s : founders) w.ties.add(ngo.index(), s.index(), ayni.domain.Layer.KNOWLEDGE, p.getNewTieWeight(), step);
                w.counters.ngoEntries++;
                w.counters.producerNgoFoundings++;
            }
        }
    }

    /**
     * Large companies found business NGOs to serve them (§6.2.2 L2071: Peru 2021 "founded by business people"; §6.5
     * L2476: their rise "has been encouraged by larger companies to fulfill their needs"): in each domain with `m`
     * companies no Peruvian business NGO serves ({@link Company#unservedBuyer}), at businessNgoFoundingRate a year per
     * 100 of them. The founders are those companies: the NGO sits at their mean position, gives each of them expertise
     * (a knowledge tie, so each pays it companyServiceFee a month, 7.32) and its running costs are what they pay.
     * Stream "entry:business:...".
     */
    private void foundBusinessNgos(World w, int step) {
        ayni.scenario.Parameters p = w.params;
        if (p.getBusinessNgoFoundingRate() <= 0) return;
        EnumMap<Domain, List<Company>> byDomain = new EnumMap<>(Domain.class);
        for (Actor a : w.active(ActorKind.COMPANY)) {
            if (a.domain() != null && a instanceof Company c && c.unservedBuyer(w)) {
                byDomain.computeIfAbsent(a.domain(), x -> new java.util.ArrayList<>()).add(c);
            }
        }
        for (var e : byDomain.entrySet()) {
            List<Company> founders = e.getValue();
            Domain d = e.getKey();
            MersenneTwisterFast r = w.stream("entry:business:" + d.key() + ":" + step);
            if (Draws.poisson(r, p.getBusinessNgoFoundingRate() / 12.0 * founders.size() / 100.0) == 0) continue;
            double xs = 0, ys = 0;
            for (Company c : founders) { xs += c.discourse().x(); ys += c.discourse().y(); }
            int m = founders.size();
            int idx = businessFounded.merge(d, 1, Integer::sum);
            Ngo ngo = w.register(new Ngo(w.nextIndex(), String.format("new-business-ngo.%s.%03d", d.key(), idx), null,
                    w.seed, NgoType.BUSINESS, Scope.LOCAL, d, 0, p.getCompanyServiceFee() * m, Map.of(),
                    p.getNewNgoKnowledge(), p.getNewNgoLegitimacy(), new Discourse(xs / m, ys / m), p.getBusinessNgoWatchdog()));
            w.activate(ngo);
            for (Company c : founders) w.ties.add(ngo.index(), c.index(), ayni.domain.Layer.KNOWLEDGE, p.getNewTieWeight(), step);
            w.counters.ngoEntries++;
            w.counters.businessNgoFoundings++;
        }
    }

    private static boolean funded(World w, Domain d) {
        for (Actor a : w.active(ActorKind.DONOR)) {
            if (((ayni.agents.Donor) a).domainPriorities().getOrDefault(d, 0.0) > 0) return true;
        }
        return false;
    }

    private void found(World w, Domain d, MersenneTwisterFast r) {
        ayni.scenario.Parameters p = w.params;
        EnumMap<NgoType, Double> pull = new EnumMap<>(NgoType.class);
        for (NgoType t : NgoType.values()) pull.put(t, p.getNgoFoundingPrior());
        double cost = 0, xs = 0, ys = 0;
        int n = 0;
        for (Actor a : w.active(ActorKind.NGO)) {
            if (a.domain() != d) continue;
            Ngo ngo = (Ngo) a;
            pull.merge(ngo.type(), ngo.income(IncomeSource.DONOR_GRANTS) / p.getNgoFoundingFundingScale(), Double::sum);
            cost += ngo.monthlyCost();
            xs += a.discourse().x();
            ys += a.discourse().y();
            n++;
        }
        pull.remove(NgoType.GONGO); // GONGOs are set up by governments, not founded here
        double total = pull.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) { // no prior and no grants last month: nothing favours a type, so each is as likely
            pull.replaceAll((t, v) -> 1.0);
            total = pull.size();
        }
        double u = r.nextDouble() * total;
        NgoType type = NgoType.CONVENTIONAL;
        for (var e : pull.entrySet()) {
            type = e.getKey();
            u -= e.getValue();
            if (u < 0) break;
        }
        int k = ngosFounded.merge(d, 1, Integer::sum);
        double spread = p.getNewNgoDiscourseSpread();
        Discourse pos = n == 0 ? new Discourse(0, 0)
                : new Discourse(xs / n + spread * r.nextGaussian(), ys / n + spread * r.nextGaussian());
        Ngo ngo = w.register(new Ngo(w.nextIndex(), String.format("new-ngo.%s.%03d", d.key(), k), null, w.seed, type,
                Scope.LOCAL, d, 0, n == 0 ? p.getNewNgoMonthlyCost() : p.getNewNgoCostShare() * cost / n, Map.of(),
                p.getNewNgoKnowledge(), p.getNewNgoLegitimacy(), pos, p.getNewNgoWatchdog()));
        w.activate(ngo);
        w.counters.ngoEntries++;
        foundingGrant(w, ngo);
    }

    /**
     * Founding follows the money (§5.2.1 L1266, §8.3): a new NGO starts with a first grant from a donor that funds its
     * domain through NGOs, drawn in proportion to budget, if that donor has free budget (Donor.commit: one grant cycle,
     * the usual size within what the NGO can absorb). Without it the NGO would start insolvent (section 11).
     */
    static void foundingGrant(World w, Ngo ngo) {
        double total = 0;
        for (Actor a : w.active(ActorKind.DONOR)) if (fundsNgosIn((ayni.agents.Donor) a, ngo)) total += ((ayni.agents.Donor) a).budget();
        if (total <= 0) return;
        double u = w.stream("founding-grant:" + ngo.id()).nextDouble() * total;
        for (Actor a : w.active(ActorKind.DONOR)) {
            ayni.agents.Donor d = (ayni.agents.Donor) a;
            if (!fundsNgosIn(d, ngo)) continue;
            u -= d.budget();
            if (u < 0) {
                d.commit(ngo, w);
                return;
            }
        }
    }

    /** A donor that funds the NGO's domain through NGOs and does not exclude its type. */
    private static boolean fundsNgosIn(ayni.agents.Donor d, Ngo ngo) {
        return !d.leaving() && d.budget() > 0 && d.domainPriorities().getOrDefault(ngo.domain(), 0.0) > 0
                && d.channels().getOrDefault(ayni.domain.Channel.NGO, 0.0) > 0
                && (d.ngoTypes().isEmpty() || d.ngoTypes().getOrDefault(ngo.type(), 0.0) > 0);
    }
}
