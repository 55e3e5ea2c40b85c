package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.network.Tie;
import ayni.scenario.Parameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Bioferia's stands (§5.2.4 L1436-L1440, §5.2.5 L1514): more producers want a stand than there are stands ("no room
 * for the upgrading enterprises"; 22 Bioferias where at least 200 are needed), so a stand its holder leaves unused is
 * given to another producer. A stand (a market tie SME -> Bioferia) whose holder sold nothing there last month is taken
 * back; free stands go first to producers the Bioferia's organisers (its brokers, {@link SupplierSearch#brokers}) put
 * forward, then to producers who apply on their own. A producer applies when its practice meets the Bioferia's
 * requirement, it holds no stand yet and no buyer that buys before this Bioferia (a higher premium, 7.26) takes its
 * output.
 */
final class Stands {
    private Stands() {}

    /** Takes back the stands unused last month and gives the free stands to applicants. */
    static void reassign(Company b, World w) {
        // a holder whose stand is taken back for lack of sales does not get a stand again the same month
        Set<Sme> taken = free(b, w);
        int open = b.demand - b.suppliers(w);
        if (open <= 0) return;
        Parameters p = w.params;
        int given = 0;
        Map<Sme, Actor> put = SupplierSearch.introductions(b, w);
        if (put.isEmpty() && SupplierSearch.recruitBroker(b, w)) put = SupplierSearch.introductions(b, w);
        List<Sme> pool = new ArrayList<>(put.keySet());
        while (given < open && !pool.isEmpty()) {
            Sme s = pool.remove(b.random.nextInt(pool.size()));
            if (taken.contains(s) || !applies(b, s, w)) continue;
            give(b, s, w, true);
            given++;
        }
        for (int i = 0; given < open && i < (open - given) * p.getCandidateSampleSize(); i++) {
            if (!(w.sample(ActorKind.SME, b.domain, b.random) instanceof Sme s) || taken.contains(s) || !applies(b, s, w)) continue;
            give(b, s, w, false);
            given++;
        }
    }

    /** Removes the stands whose holders have had them through a market phase and sold nothing there last month. Returns those holders. */
    static Set<Sme> free(Company b, World w) {
        List<Tie> unused = new ArrayList<>();
        for (Tie t : w.ties.in(b.index)) {
            if (t.layer() == Layer.MARKET && w.actor(t.from()) instanceof Sme && t.startStep() < w.step()
                    && t.lastFlowStep() < w.step() - 1) unused.add(t);
        }
        Set<Sme> holders = new HashSet<>();
        for (Tie t : unused) {
            holders.add((Sme) w.actor(t.from()));
            w.ties.remove(t);
        }
        return holders;
    }

    /** Whether the SME wants and may take a stand at this Bioferia. */
    static boolean applies(Company b, Sme s, World w) {
        if (!s.active || !b.reaches(s) || s.practice < b.requirement) return false;
        for (Tie t : w.ties.out(s.index)) {
            if (t.layer() != Layer.MARKET || !(w.actor(t.to()) instanceof Company c) || !c.active) continue;
            if (c == b || c.bioferia) return false; // holds a stand already
            if (c.reaches(s) && s.practice >= c.requirement && buysFirst(c, b)) return false;
        }
        return true;
    }

    /** Whether buyer a buys before buyer b in the market phase ({@link Company#byPrice}). */
    static boolean buysFirst(Company a, Company b) {
        return a.premium > b.premium || (a.premium == b.premium && a.exportBuyer && !b.exportBuyer);
    }

    private static void give(Company b, Sme s, World w, boolean brokered) {
        w.ties.add(s.index, b.index, Layer.MARKET, w.params.getNewTieWeight(), w.step());
        w.counters.marketTiesFormed++;
        if (brokered) w.counters.marketTiesBrokered++;
    }
}
