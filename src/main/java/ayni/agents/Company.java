package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Domain;
import ayni.domain.Layer;
import ayni.exchange.Ledger;
import ayni.network.Tie;
import ayni.scenario.Parameters;
import java.util.List;

/**
 * A large buyer: supermarket, exporter or business client (§5.2.2, §6.2.2). It looks for SME suppliers up to its
 * demand, first among the SMEs the NGOs and platforms it is tied to introduce ({@link SupplierSearch}; §8.6.2, §9.3.5:
 * NGOs, not companies, are the market agents), buys from those whose practice meets its requirement and pays them its
 * premium.
 */
public final class Company extends Actor {
    private static final long serialVersionUID = 1L;

    int demand;
    double premium;
    double requirement;
    final boolean exportBuyer;
    /** A farmers' market (Bioferia, §5.2.4): its demand is its number of stands. */
    final boolean bioferia;
    /** Buys only from SMEs that can invoice: formal ones and members of associations (7.11a). */
    final boolean formalSuppliers;

    public Company(int index, String id, String name, long seed, Domain domain, int demand, double premium,
                   double requirement, boolean exportBuyer, boolean bioferia, boolean formalSuppliers,
                   Discourse discourse) {
        super(index, id, name, ActorKind.COMPANY, domain, seed);
        this.demand = demand;
        this.premium = premium;
        this.requirement = requirement;
        this.exportBuyer = exportBuyer;
        this.bioferia = bioferia;
        this.formalSuppliers = formalSuppliers;
        this.discourse = discourse;
    }

    @Override
    void initialise(Parameters p) {
        knowledge = p.getCompanyKnowledge();
        legitimacy = p.getCompanyLegitimacy();
    }

    /**
     * Whether it can buy from this SME: an export buyer buys only from export-oriented SMEs (§5.1 L1152, §7.2.6
     * L2859: SMEs "oriented to local and national markets" do not reach international buyers); a domestic buyer
     * buys from any. A buyer that needs invoices buys only from SMEs that can give them ({@link Sme#invoices}, 7.11a).
     */
    public boolean reaches(Sme s) {
        return (!exportBuyer || s.orientation == ayni.domain.MarketOrientation.EXPORT)
                && (!formalSuppliers || s.invoices());
    }

    /**
     * Whether it could found a business NGO (7.23): a large buyer, not a farmers' market, that no active Peruvian
     * business NGO serves.
     */
    public boolean unservedBuyer(World w) {
        return active && !bioferia && CorporateSupport.serving(this, w).isEmpty();
    }

    int suppliers(World w) {
        int n = 0;
        for (Tie t : w.ties.in(index)) if (t.layer() == Layer.MARKET && w.actor(t.from()) instanceof Sme) n++;
        return n;
    }

    /**
     * Keeps its brokers' ties in use and looks for suppliers, broker first ({@link SupplierSearch}); a Bioferia instead
     * gives its free stands to the producers that want one ({@link Stands}).
     */
    @Override
    protected void act(World w) {
        SupplierSearch.keepBrokerTies(this, w);
        if (bioferia) Stands.reassign(this, w);
        else SupplierSearch.search(this, w);
    }

    @Override
    protected void exchange(World w) {
        w.accredit(this);
        CorporateSupport.pay(this, w);
    }

    /**
     * Market phase: buys the month's output of each supplier whose practice meets its requirement and that has not
     * sold it yet, at the base price times (1 + premium); a Bioferia stand sells at most bioferiaStandSales of it. The money comes from its own customers outside the network
     * (consumers abroad for an export buyer, in Peru for a domestic one) and passes through the ledger to the SME.
     */
    public void buy(World w) {
        if (!active) return;
        Parameters p = w.params;
        List<Tie> in = w.ties.in(index);
        World.Counters c = w.counters;
        if (bioferia) c.bioferiaStands += demand;
        int stands = 0; // a Bioferia sells through at most its stands (its demand)
        for (int i = 0; i < in.size() && !(bioferia && stands >= demand); i++) {
            Tie t = in.get(i);
            if (t.layer() != Layer.MARKET) continue;
            if (!(w.actor(t.from()) instanceof Sme s) || !s.active || !reaches(s) || s.practice < requirement
                    || s.soldAt(w.step())) continue;
            double base = s.revenue(p), full = base * (1.0 + premium);
            // a Bioferia stand sells at most bioferiaStandSales; the rest of the output goes to local markets (7.26)
            double price = bioferia ? Math.min(full, p.getBioferiaStandSales()) : full;
            double soldBase = full > 0 ? base * price / full : base;
            w.ledger.inject(this, price, exportBuyer ? Ledger.Source.EXPORT_DEMAND : Ledger.Source.DOMESTIC_DEMAND);
            w.ledger.sale(this, s, price);
            s.sold(w.step(), base - soldBase);
            w.ties.flow(t, price, w.step());
            c.sales += price;
            if (exportBuyer) c.salesExport += price;
            else c.salesDomestic += price;
            if (!exportBuyer && s.organicOutput()) c.salesDomesticOrganic += price;
            if (bioferia && s.organicOutput()) c.salesBioferia += price;
            if (bioferia) {
                c.bioferiaStandsUsed++;
                stands++;
            }
            if (s.certified) {
                c.certifiedSales += price;
                c.certifiedSalesBase += soldBase;
                if (exportBuyer) c.certifiedSalesExport += price;
            }
        }
    }

    /**
     * Buyers in the order they buy in the market phase: the highest premium first, so that an SME whose output
     * several buyers take sells it to the one that pays most (§5.2.2); at an equal premium export buyers first (their
     * contracts are agreed before the harvest; estimate); otherwise the given (keyed) order.
     */
    public static List<Company> byPrice(List<Actor> companies) {
        List<Company> out = new java.util.ArrayList<>(companies.size());
        for (Actor a : companies) out.add((Company) a);
        out.sort(java.util.Comparator.comparingDouble((Company c) -> -c.premium).thenComparing(c -> !c.exportBuyer));
        return out;
    }

    /**
     * After demand falls (a market shock), the buyer drops its weakest SME suppliers until it has no more than its
     * demand; ties of equal weight go by supplier index, so the choice is reproducible.
     */
    public int trimSuppliers(World w) {
        List<Tie> sup = new java.util.ArrayList<>();
        for (Tie t : w.ties.in(index)) if (t.layer() == Layer.MARKET && w.actor(t.from()) instanceof Sme) sup.add(t);
        if (sup.size() <= demand) return 0;
        sup.sort(java.util.Comparator.comparingDouble(Tie::weight).thenComparingInt(Tie::from));
        int drop = sup.size() - demand;
        for (int i = 0; i < drop; i++) w.ties.remove(sup.get(i));
        return drop;
    }

    public int demand() { return demand; }
    public double premium() { return premium; }
    public double requirement() { return requirement; }
    public boolean exportBuyer() { return exportBuyer; }
    public boolean bioferia() { return bioferia; }
    public boolean formalSuppliers() { return formalSuppliers; }
    public void setPremium(double v) { premium = Math.max(0, Math.min(1, v)); }
    public void setDemand(int d) { demand = Math.max(0, d); }

    @Override
    public String subtype() { return exportBuyer ? "exporter" : "domestic"; }
}
