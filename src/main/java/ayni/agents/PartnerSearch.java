package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.network.TieStore;
import ayni.network.TieRules;
import ayni.scenario.Parameters;

/**
 * Tie formation by partner search (§8.6.1): now and then an actor scores a small sample of candidates, half met
 * through its platforms or its partners' partners and half drawn from its domain, and ties to each with a probability
 * that rises with discourse proximity, complementary resources, the candidate's legitimacy and a shared platform.
 * Never all pairs: the cost per search is the sample size.
 */
public final class PartnerSearch {
    private PartnerSearch() {}

    /** Which kinds an actor seeks, and the layer of the tie it forms: giver -> receiver. */
    record Rule(ActorKind target, Layer layer, boolean outgoing) {}

    static Rule rule(Actor a, int draw, Parameters p) {
        return switch (a.kind) {
            // NGOs teach SMEs and exchange knowledge with other NGOs; market and producer NGOs also sell their
            // members' produce to buyers, which makes them the brokers between buyers and SMEs (§5.2.2, §8.6.2)
            case NGO -> {
                boolean trader = a instanceof Ngo n && (n.type == ayni.domain.NgoType.MARKET
                        || n.type == ayni.domain.NgoType.PRODUCER);
                if (trader && every(draw, p.getTraderBuyerCandidateInterval())) {
                    yield new Rule(ActorKind.COMPANY, Layer.MARKET, true);
                }
                // Peruvian business NGOs are consultancies working for large companies (§6.1 L1949, §6.2.2 L2073): they
                // seek companies to give expertise to, and the companies pay them (CorporateSupport)
                if (CorporateSupport.consultancy(a) && every(draw, p.getBusinessClientCandidateInterval())) {
                    yield new Rule(ActorKind.COMPANY, Layer.KNOWLEDGE, true);
                }
                yield every(draw, p.getNgoPeerCandidateInterval()) ? new Rule(ActorKind.NGO, Layer.KNOWLEDGE, true)
                        : new Rule(ActorKind.SME, Layer.KNOWLEDGE, true);
            }
            // SMEs learn from peers in associations (§5.2.3)
            case SME -> new Rule(ActorKind.SME, Layer.KNOWLEDGE, false);
            // government agencies tie to NGOs through persons (§8.5.1)
            case GOVERNMENT -> new Rule(ActorKind.NGO, Layer.KNOWLEDGE, true);
            default -> null;
        };
    }

    /** Whether candidate {@code i} (from 0) is the k-th, 2k-th, ... of a search; never for k = 0. */
    static boolean every(int i, int k) {
        return k > 0 && i % k == k - 1;
    }

    static void search(Actor a, World w) {
        Parameters p = w.params;
        if (a.random.nextDouble() >= p.getPartnerSearchProbability()) return;
        for (int i = 0; i < p.getCandidateSampleSize(); i++) {
            Rule r = rule(a, i, p);
            if (r == null) return;
            Actor c = !every(i, p.getNearbyCandidateInterval()) || r.target() == ActorKind.COMPANY
                    ? w.sample(r.target(), a.kind == ActorKind.GOVERNMENT ? null : a.domain, a.random)
                    : nearby(a, w, r.target());
            if (c == null || c == a || !c.active) continue;
            Actor from = r.outgoing() ? a : c, to = r.outgoing() ? c : a;
            if (w.ties.slot(from.index, to.index, r.layer()) >= 0 || Mistrust.rejects(a, c, p)) continue;
            double complement = c.knowledge > a.knowledge ? 1.0 : 0.0;
            double prob = TieRules.formationProbability(p.getFormationBias(), p.getDiscourseWeight(),
                    a.discourse.proximity(c.discourse), p.getComplementWeight(), complement, p.getLegitimacyWeight(),
                    c.legitimacy, p.getPlatformWeight(), a.sharesPlatformWith(c));
            if (a.random.nextDouble() < prob) {
                w.ties.addSlot(from.index, to.index, r.layer(), p.getNewTieWeight(), w.step());
                w.counters.tiesFormed++;
            }
        }
    }

    /** A co-member of one of its platforms, or a partner of a partner, of the wanted kind; null if none found. */
    static Actor nearby(Actor a, World w, ActorKind kind) {
        if (!a.platforms.isEmpty()) {
            Platform p = a.platforms.get(a.random.nextInt(a.platforms.size()));
            if (!p.members.isEmpty()) {
                Actor m = p.members.get(a.random.nextInt(p.members.size()));
                if (m.kind == kind) return m;
            }
        }
        // on the tie columns by slot: no handle per tie looked at
        TieStore ts = w.ties;
        int out = ts.outDegree(a.index);
        if (out == 0) return null;
        int partner = ts.to(ts.outSlot(a.index, a.random.nextInt(out)));
        int second = ts.outDegree(partner);
        if (second == 0) return null;
        Actor c = w.actor(ts.to(ts.outSlot(partner, a.random.nextInt(second))));
        return c.kind == kind ? c : null;
    }
}
