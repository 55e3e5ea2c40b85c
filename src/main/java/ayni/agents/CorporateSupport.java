package ayni.agents;

import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.domain.NgoType;
import ayni.domain.Scope;
import ayni.exchange.Ledger;
import ayni.network.Tie;
import java.util.ArrayList;
import java.util.List;

/**
 * Companies pay the Peruvian business NGOs that serve them (§6.2.2 L2213, L2255): Peru 2021 gives its Board companies
 * "expertise and funding" for their social responsibility projects, they need it for their "licence to operate", and so
 * business NGOs draw funding from companies as well as from donors. Each month a company pays {@code
 * p.companyServiceFee} to every active Peruvian (local or national) business NGO that gives it expertise (a knowledge tie from the NGO) or that it
 * already pays (a funding tie to the NGO), from its own revenue outside the network, on a funding tie through the
 * ledger; the NGO books it as service fees.
 */
final class CorporateSupport {
    private CorporateSupport() {}

    static void pay(Company c, World w) {
        double fee = w.params.getCompanyServiceFee();
        if (fee <= 0 || !c.active) return;
        for (Ngo n : serving(c, w)) {
            w.ledger.inject(c, fee, Ledger.Source.COMPANY_REVENUE);
            w.fund(c, n, fee, IncomeSource.SERVICE_FEES);
        }
    }

    /** The active Peruvian business NGOs that serve a company: they give it expertise or it already pays them. */
    static List<Ngo> serving(Company c, World w) {
        List<Ngo> served = new ArrayList<>();
        for (Tie t : w.ties.in(c.index)) {
            if (t.layer() == Layer.KNOWLEDGE && businessNgo(w.actor(t.from())) instanceof Ngo n && !served.contains(n)) served.add(n);
        }
        for (Tie t : w.ties.out(c.index)) {
            if (t.layer() == Layer.FUNDING && businessNgo(w.actor(t.to())) instanceof Ngo n && !served.contains(n)) served.add(n);
        }
        return served;
    }

    private static Actor businessNgo(Actor a) {
        return a.active && consultancy(a) ? a : null;
    }

    /** A Peruvian business NGO; international ones (Forum Empresa's members) are financed outside Peru. */
    static boolean consultancy(Actor a) {
        return a instanceof Ngo n && n.type == NgoType.BUSINESS && n.scope != Scope.INTERNATIONAL;
    }
}
