package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Domain;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.exchange.Ledger;
import ayni.network.Tie;
import ayni.network.TieStore;
import ayni.network.TieRules;
import ayni.scenario.Parameters;
import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state the actors live in: who exists, the ties, the ledger, the policy in force and this step's counters.
 * Actors are kept in dense lists (one per kind, one per kind and domain for sampling) with O(1) removal.
 */
public final class World implements Serializable {
    private static final long serialVersionUID = 1L;

    public final Parameters params;
    public final long seed;
    public final YearMonth start;
    public final TieStore ties = new TieStore();
    public final Ledger ledger = new Ledger();
    public final Counters counters = new Counters();
    /** Conflictive relations between organisations and the power struggle's clocks (7.30). */
    public final Conflicts conflicts = new Conflicts();
    private int step;

    private final ArrayList<Actor> actors = new ArrayList<>();
    private final Map<String, Actor> byId = new HashMap<>(); // lookup only
    private final EnumMap<ActorKind, ArrayList<Actor>> activeByKind = new EnumMap<>(ActorKind.class);
    private final EnumMap<ActorKind, EnumMap<Domain, ArrayList<Actor>>> pools = new EnumMap<>(ActorKind.class);
    private final EnumMap<Domain, Policy> policy = new EnumMap<>(Domain.class);

    public World(Parameters params, long seed, YearMonth start) {
        this.params = params;
        this.seed = seed;
        this.start = start;
        for (ActorKind k : ActorKind.values()) {
            activeByKind.put(k, new ArrayList<>());
            EnumMap<Domain, ArrayList<Actor>> byDomain = new EnumMap<>(Domain.class);
            for (Domain d : Domain.values()) byDomain.put(d, new ArrayList<>());
            pools.put(k, byDomain);
        }
        for (Domain d : Domain.values()) policy.put(d, Policy.NONE);
    }

    public int step() { return step; }
    public void setStep(int s) { step = s; }
    public YearMonth date() { return start.plusMonths(step); }

    /** Registers a new actor (not yet active). Its index is its position in {@link #actors()}. */
    public <A extends Actor> A register(A a) {
        if (a.index != actors.size()) throw new IllegalArgumentException("index " + a.index + " != " + actors.size());
        if (byId.putIfAbsent(a.id, a) != null) throw new IllegalArgumentException("duplicate id " + a.id);
        actors.add(a);
        a.initialise(params);
        return a;
    }

    public int nextIndex() { return actors.size(); }

    public Actor actor(int index) { return actors.get(index); }

    public Actor byId(String id) { return byId.get(id); }

    /** Every actor ever registered, by index (active or not). */
    public List<Actor> actors() { return Collections.unmodifiableList(actors); }

    public List<Actor> active(ActorKind kind) { return Collections.unmodifiableList(activeByKind.get(kind)); }

    public int activeCount(ActorKind kind) { return activeByKind.get(kind).size(); }

    public MersenneTwisterFast stream(String name) { return Streams.of(seed, name); }

    /** Scratch marks by actor index: a pass marks actors with {@link #nextMark()} and tests them, no clearing needed. */
    private transient int[] marks;
    private transient int markStamp;

    /** The marks array, as long as the actors registered (a mark equal to the current stamp means marked). */
    public int[] marks() {
        if (marks == null || marks.length < actors.size()) {
            marks = java.util.Arrays.copyOf(marks == null ? new int[0] : marks, Math.max(actors.size(), 16) + actors.size() / 4);
        }
        return marks;
    }

    /** A fresh stamp: nothing is marked with it yet. */
    public int nextMark() {
        if (markStamp == Integer.MAX_VALUE) { // after 2^31 passes the stamps would repeat: start again from a clean array
            java.util.Arrays.fill(marks(), 0);
            markStamp = 0;
        }
        return ++markStamp;
    }

    public void activate(Actor a) {
        if (a.active) return;
        a.active = true;
        a.enteredStep = step;
        a.entryDiscourse = a.discourse;
        // what an actor holds when it enters is booked as money entering the network
        double holdings = a.cash;
        a.cash = 0;
        ledger.inject(a, holdings, Ledger.Source.INITIAL_HOLDINGS);
        ArrayList<Actor> list = activeByKind.get(a.kind);
        a.activePos = list.size();
        list.add(a);
        if (a.domain != null) {
            ArrayList<Actor> pool = pools.get(a.kind).get(a.domain);
            a.poolPos = pool.size();
            pool.add(a);
        }
        counters.entries++;
    }

    /** The actor leaves: its holdings are written off, its ties dissolve, it leaves its platforms. */
    public void deactivate(Actor a) {
        if (!a.active) return;
        a.active = false;
        a.exitedStep = step;
        // business networks (7.34) lose a member that closes, and every network of an articulator that closes
        if (a instanceof Sme s) Articulation.leave(s, this);
        if (a instanceof Ngo n) {
            for (BusinessNetwork net : n.networks) Articulation.articulatorLeaves(net, this);
            n.networks.clear();
        }
        ledger.writeOff(a);
        ties.removeAll(a.index);
        ArrayList<Actor> list = activeByKind.get(a.kind);
        int pos = a.activePos;
        a.activePos = -1;
        Actor last = list.remove(list.size() - 1);
        if (last != a) {
            list.set(pos, last);
            last.activePos = pos;
        }
        if (a.poolPos >= 0) {
            ArrayList<Actor> pool = pools.get(a.kind).get(a.domain);
            Actor lastP = pool.remove(pool.size() - 1);
            if (lastP != a) {
                pool.set(a.poolPos, lastP);
                lastP.poolPos = a.poolPos;
            }
            a.poolPos = -1;
        }
        for (Platform p : new ArrayList<>(a.platforms)) p.removeMember(a);
        if (a instanceof Platform p) p.dissolve();
        counters.exits++;
    }

    /** A random active actor of a kind in a domain (null domain: any domain's actor of that kind), or null. */
    public Actor sample(ActorKind kind, Domain domain, MersenneTwisterFast rng) {
        List<Actor> list = domain == null ? activeByKind.get(kind) : pools.get(kind).get(domain);
        return list.isEmpty() ? null : list.get(rng.nextInt(list.size()));
    }

    public int poolSize(ActorKind kind, Domain domain) {
        return pools.get(kind).get(domain).size();
    }

    /** Funding from one actor to another along a funding tie, recorded in the ledger and on the tie. */
    public void fund(Actor from, Actor to, double amount, IncomeSource source) {
        if (amount <= 0) return;
        ledger.transfer(from, to, amount);
        ties.flow(from.index, to.index, Layer.FUNDING, amount, params.getNewTieWeight(), step);
        to.receiveFunding(this, from, amount, source);
    }

    /**
     * Knowledge flows on an existing tie if the two cooperate; returns the gain. Cooperation falls with discourse
     * distance, so a tie may carry nothing (ties are not cooperation).
     */
    public double teach(Actor giver, Actor receiver, Tie tie, MersenneTwisterFast rng) {
        if (!cooperate(giver, receiver, rng)) return 0;
        double g = ayni.exchange.KnowledgeRule.gain(receiver.knowledge, giver.knowledge, tie.weight(),
                params.getKnowledgeTransferRate());
        receiver.knowledge = Math.min(1.0, receiver.knowledge + g);
        ties.flow(tie, g, step);
        counters.knowledgeTransferred += g;
        return g;
    }

    /**
     * Accreditation (§2.4.2, §8.6.1): an organisation lends legitimacy along its outgoing legitimacy ties to other
     * organisations (the scenarios' endorsements: founders to a platform, an agency to a certifier, a municipality to a
     * Bioferia). The receiver gains {@code p.accreditationRate x giver's legitimacy x tie weight} of its gap to 1,
     * recorded as a flow, so such ties last while the giver does. A platform's lending to its members and SMEs'
     * endorsements are separate rules (7.15, 7.16); ties to SMEs and platform members are left to those.
     */
    public void accredit(Actor giver) {
        List<Tie> out = ties.out(giver.index);
        for (int i = 0; i < out.size(); i++) {
            if (ties.layer(ties.outSlot(giver.index, i)) != Layer.LEGITIMACY) continue; // no handle for other layers
            Tie t = out.get(i);
            Actor r = actors.get(t.to());
            if (!r.active || r.kind == ActorKind.SME || (giver instanceof Platform p && p.isMember(r))) continue;
            double rate = params.getAccreditationRate() * giver.legitimacy * t.weight();
            if (rate <= 0) continue;
            r.gainLegitimacy(rate);
            ties.flow(t, rate, step);
            counters.accreditations++;
        }
    }

    /** One draw of whether two tied actors cooperate this step. */
    public boolean cooperate(Actor a, Actor b, MersenneTwisterFast rng) {
        counters.cooperationAttempts++;
        boolean within = a.discourse.cluster() == b.discourse.cluster();
        if (within) counters.cooperationAttemptsWithin++;
        double p = TieRules.cooperationProbability(a.discourse.distance(b.discourse), params.getCooperationDistanceScale())
                * (1.0 - watchdogFriction(a, b));
        // two organisations in conflict cooperate less (7.30)
        if (conflicts.inConflict(this, a, b)) p *= 1.0 - params.getConflictCooperationLoss();
        boolean ok = rng.nextDouble() < p;
        if (ok) {
            counters.cooperations++;
            if (within) counters.cooperationsWithin++;
        }
        return ok;
    }

    /**
     * A watchdog NGO watches government and business (§9.3.4): with them it cooperates less, by its watchdog role
     * times p.watchdogWeight; with others a watchdog cooperates as a helper does.
     */
    double watchdogFriction(Actor a, Actor b) {
        Actor watcher = a instanceof Ngo ? a : b instanceof Ngo ? b : null;
        Actor watched = watcher == a ? b : a;
        if (watcher == null || (watched.kind != ActorKind.GOVERNMENT && watched.kind != ActorKind.COMPANY)) return 0;
        return Math.min(1.0, ((Ngo) watcher).watchdog * params.getWatchdogWeight());
    }

    public Policy policy(Domain d) { return d == null ? Policy.NONE : policy.get(d); }

    /** Recomputes the policy in force in each domain from the active government agencies. */
    public void refreshPolicy() {
        EnumMap<Domain, Policy> next = new EnumMap<>(Domain.class);
        for (Domain d : Domain.values()) next.put(d, Policy.NONE);
        for (Actor a : activeByKind.get(ActorKind.GOVERNMENT)) {
            GovernmentAgency g = (GovernmentAgency) a;
            for (Domain d : Domain.values()) {
                if (g.domain == null || g.domain == d) next.put(d, next.get(d).with(g));
            }
        }
        policy.putAll(next);
    }

    /** Sum of what active actors hold (for the conservation check). */
    public double held() {
        double s = 0;
        for (ActorKind k : ActorKind.values()) for (Actor a : activeByKind.get(k)) s += a.cash;
        return s;
    }

    /** This step's tallies of events the observer reports. */
    public static final class Counters implements Serializable {
        private static final long serialVersionUID = 1L;
        public double knowledgeTransferred;
        public int supportOffers, supportRefusals, adoptions, reversions, ngoClosures, ngoTypeChanges, ngoEntries,
                smeEntries, smeExits, entries, exits, cooperationAttempts, cooperations, tiesFormed, tiesDissolved,
                grantsMade, referralsFunded, marketTiesBrokered, marketTiesFormed, endorsements, cooperationAttemptsWithin,
                cooperationsWithin;
        /** Buyers' payments to SMEs this month (USD), by buyer orientation, and SMEs' own local sales. */
        public double sales, salesExport, salesDomestic, salesLocal;
        /** Sales of certified SMEs to buyers: paid, at base price, to export buyers (USD). */
        public double certifiedSales, certifiedSalesBase, certifiedSalesExport;
        /** Organic output sold in Peru (to domestic buyers and in local markets) and at Bioferias (USD); stands. */
        public double salesDomesticOrganic, salesBioferia;
        public int bioferiaStands, bioferiaStandsUsed;
        /** SMEs that closed because they could not pay their costs and debt; new loans (USD). */
        public int smeFailures, accreditations;
        /** Grants chosen among applicants, their applicants, NGO losers facing an NGO winner, and their conflicts. */
        public int grantsCompeted, grantApplicants, conflictChancesNgoNgo, conflictsNgoNgo;
        /**
         * 7.30: NGO-SME relations in platforms with SME seats not yet in conflict, and the conflicts begun among them;
         * NGO-company relations, those conflictive, and the conflicts begun among them.
         */
        public int conflictChancesNgoSme, conflictsNgoSme, ngoCompanyRelations, ngoCompanyConflictive, conflictsNgoCompany;
        /** Adoptions by SMEs an NGO of each type supported, and project money NGOs of each type gave (USD). */
        public final int[] projectAdoptions = new int[ayni.domain.NgoType.values().length];
        public final double[] projectMoney = new double[ayni.domain.NgoType.values().length];
        public int producerNgoFoundings, businessNgoFoundings;
        /** Business networks formed, dissolved and left to run themselves this month (7.34). */
        public int businessNetworksFormed, businessNetworksDissolved, businessNetworksIndependent;
        public double smeBorrowing;

        public void reset() {
            knowledgeTransferred = sales = salesExport = salesDomestic = salesLocal = 0;
            certifiedSales = certifiedSalesBase = certifiedSalesExport = smeBorrowing = 0;
            salesDomesticOrganic = salesBioferia = 0;
            bioferiaStands = bioferiaStandsUsed = 0;
            smeFailures = accreditations = 0;
            grantsCompeted = grantApplicants = conflictChancesNgoNgo = conflictsNgoNgo = producerNgoFoundings = businessNgoFoundings = 0;
            businessNetworksFormed = businessNetworksDissolved = businessNetworksIndependent = 0;
            conflictChancesNgoSme = conflictsNgoSme = ngoCompanyRelations = ngoCompanyConflictive = conflictsNgoCompany = 0;
            java.util.Arrays.fill(projectAdoptions, 0);
            java.util.Arrays.fill(projectMoney, 0);
            supportOffers = supportRefusals = adoptions = reversions = ngoClosures = ngoTypeChanges = ngoEntries = 0;
            smeEntries = smeExits = entries = exits = cooperationAttempts = cooperations = tiesFormed = 0;
            tiesDissolved = grantsMade = referralsFunded = marketTiesBrokered = marketTiesFormed = endorsements = 0;
            cooperationAttemptsWithin = cooperationsWithin = 0;
        }
    }
}
