package ayni.metrics;

import ayni.agents.Actor;
import ayni.agents.Ngo;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.agents.WorldState;
import ayni.domain.ActorKind;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.domain.MarketOrientation;
import ayni.domain.NgoType;
import ayni.domain.SmeSize;
import ayni.exchange.Ledger;
import java.util.LinkedHashMap;
import java.util.Map;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Takes the headline measures at the end of each step into a {@link TimeSeries}: actors by kind and subtype, funding
 * given and received by kind and by channel, knowledge transferred, legitimacy by kind, ties by layer, SME adoption by
 * segment, NGO income shares by source, and each kind's share of power (funding allocated; PageRank on the
 * dependence network), and last the observables of the stylized-fact patterns ({@link PatternObservables}). Column
 * names are documented in docs/ODD.md (observation).
 */
public final class StepObserver implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Channels reported as fundingChannel_<from>To<To>. */
    private static final ActorKind[][] CHANNELS = {
            {ActorKind.DONOR, ActorKind.NGO}, {ActorKind.DONOR, ActorKind.PLATFORM}, {ActorKind.DONOR, ActorKind.GOVERNMENT},
            {ActorKind.DONOR, ActorKind.SME}, {ActorKind.GOVERNMENT, ActorKind.NGO}, {ActorKind.GOVERNMENT, ActorKind.PLATFORM},
            {ActorKind.GOVERNMENT, ActorKind.SME}, {ActorKind.PLATFORM, ActorKind.NGO}, {ActorKind.NGO, ActorKind.SME}};

    private final TimeSeries series = new TimeSeries();
    private final DependencePageRank pageRank = new DependencePageRank();
    private final int interval;
    private double[] lastPagerankByKind = new double[ActorKind.values().length];
    private double[] lastPagerank = new double[0];
    private final LinkedHashMap<String, Double> lastPower = new LinkedHashMap<>();
    private final LinkedHashMap<String, Double> lastSwitchers = new LinkedHashMap<>();
    /** Eigenvector scores by actor index at the last switcher measurement: the next one's warm start (large networks). */
    private double[] lastEigenvector;
    private final PatternObservables patterns = new PatternObservables();
    private long measureNanos;
    /**
     * Whether the switcher measures run on a thread of their own while the model goes on (a single run, whose second
     * core is otherwise idle); their columns are filled into the rows taken meanwhile before anyone reads the series.
     */
    private final boolean background;
    /**
     * The columns a run's readers need (an experiment's record list, a calibration's checks); null: every column. The
     * yearly switcher measures and the pattern observables are computed only when a column of theirs is needed, else
     * their columns are NaN; they feed nothing else, so every other column is the same to the last bit. The switcher
     * measures are most of a small run's network measures, the pattern observables about a tenth of its months.
     */
    private final java.util.Set<String> needed;
    private final boolean switchers;
    /** The pattern observables' columns (learned at the first row), and whether any of them is needed. */
    private java.util.Set<String> patternColumns;
    private boolean patternsNeeded = true;
    private transient java.util.concurrent.ExecutorService worker;
    private transient java.util.concurrent.Future<SwitcherMeasures.Result> pending;
    /** Network measurements running in the background, oldest first, each with the row it was taken for. */
    private transient java.util.ArrayDeque<PendingNetwork> pendingNetwork;
    /** The rows taken since the pending measurement started, which carry its columns. */
    private transient int pendingFrom = -1;
    private final java.util.concurrent.atomic.AtomicLong backgroundNanos = new java.util.concurrent.atomic.AtomicLong();

    /** @param interval compute PageRank every this many steps (1 = every step), carrying the last value between */
    public StepObserver(int interval) {
        this(interval, false);
    }

    /**
     * @param background compute the switcher measures (betweenness, eigenvector, brokerage) on a second thread while
     *                   the next months run; the series is the same to the last bit
     */
    public StepObserver(int interval, boolean background) {
        this(interval, background, null);
    }

    /** @param needed the columns the run's readers need, null for all (see {@link #needed}) */
    public StepObserver(int interval, boolean background, java.util.Set<String> needed) {
        this.interval = Math.max(1, interval);
        this.background = background;
        this.needed = needed == null ? null : new java.util.HashSet<>(needed);
        this.switchers = needed == null || SwitcherMeasures.columns(0).keySet().stream().anyMatch(needed::contains);
    }

    public StepObserver() {
        this(1);
    }

    /** A network measurement computed on the worker: the rows from {@code row} to the next one's carry its columns. */
    private record PendingNetwork(int row, java.util.concurrent.Future<NetworkMeasures> result) {}

    /**
     * Each actor's PageRank, its shares by kind, and the other columns measured on the copy of the network: PageRank's
     * shares by NGO type and domain and the power measures of the ties ({@link PowerMeasures#tieColumns}).
     */
    private record NetworkMeasures(double[] pagerank, double[] pagerankByKind, LinkedHashMap<String, Double> columns) {}

    /** The series so far, complete: measurements still running are waited for first. */
    public TimeSeries series() {
        settle();
        return series;
    }

    /**
     * Each actor's PageRank share (by actor index, 0 for inactive actors) as last measured, the per-actor values behind
     * the powerPagerank_* columns; the GUI sizes nodes by it. Empty before the first step.
     */
    public double[] pagerank() {
        settleNetwork();
        return lastPagerank.clone();
    }

    /**
     * Wall-clock nanoseconds spent on the network measures (PageRank, {@link PowerMeasures} and the switcher measures,
     * those computed on the second thread included).
     */
    public long measureNanos() {
        settle();
        return measureNanos + backgroundNanos.get();
    }

    /** A copy (a fork, a checkpoint) holds every measurement, none still running. */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        settle();
        out.defaultWriteObject();
    }

    @Override
    public void step(SimState state) {
        World w = ((WorldState) state).world();
        series.add(w.date().toString(), measure(w));
    }

    /**
     * Whether the heap has room for the measures' working arrays twice over (an estimate: about 160 bytes per edge and
     * 250 per node, reckoned from the arrays of betweenness, the undirected graph and brokerage), so that the model can
     * go on beside them. Either way the results are the same; only the time differs.
     */
    private static boolean roomFor(SwitcherMeasures.Input in) {
        return roomFor(160L * in.edges() + 250L * in.n());
    }

    private static boolean roomFor(long need) {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return rt.maxMemory() - used > 2 * need;
    }

    /** Waits for every measurement running in the background and fills its columns in. */
    private void settle() {
        settleNetwork();
        settleSwitchers();
    }

    /** Waits for the switcher measurement running in the background, if any, and fills its columns in. */
    private void settleSwitchers() {
        if (pending == null) return;
        SwitcherMeasures.Result res = await(pending);
        pending = null;
        take(res);
        for (int row = pendingFrom; row < series.size(); row++) {
            for (Map.Entry<String, Double> e : lastSwitchers.entrySet()) series.set(row, e.getKey(), e.getValue());
        }
        for (String k : lastSwitchers.keySet()) if (lastPower.containsKey(k)) lastPower.put(k, lastSwitchers.get(k));
        pendingFrom = -1;
    }

    /** Waits for the network measurements running in the background, oldest first, and fills their columns in. */
    private void settleNetwork() {
        if (pendingNetwork == null) return;
        while (!pendingNetwork.isEmpty()) {
            PendingNetwork p = pendingNetwork.poll();
            NetworkMeasures res = await(p.result());
            int until = pendingNetwork.isEmpty() ? series.size() : pendingNetwork.peek().row();
            for (int row = p.row(); row < until; row++) {
                for (ActorKind k : ActorKind.values()) series.set(row, "powerPagerank_" + k.key(), res.pagerankByKind()[k.ordinal()]);
                for (Map.Entry<String, Double> e : res.columns().entrySet()) series.set(row, e.getKey(), e.getValue());
            }
            if (pendingNetwork.isEmpty()) keep(res);
        }
    }

    private static <T> T await(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the network measures", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error err) throw err; // out of memory, say, as if computed in line
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /** The latest measurement, carried into the rows until the next one. */
    private void keep(NetworkMeasures res) {
        lastPagerank = res.pagerank();
        lastPagerankByKind = res.pagerankByKind();
        for (Map.Entry<String, Double> e : res.columns().entrySet()) {
            if (lastPower.containsKey(e.getKey())) lastPower.put(e.getKey(), e.getValue());
        }
    }

    private NetworkMeasures measure(NetworkCopy copy, double damping) {
        double[] pr = pageRank.compute(DependencePageRank.Input.of(copy), damping);
        LinkedHashMap<String, Double> columns = new LinkedHashMap<>();
        PowerMeasures.bySubgroup(copy.groups(), pr, "powerPagerank", columns);
        PowerMeasures.measure(copy, columns);
        return new NetworkMeasures(pr, copy.groups().byKind(pr), columns);
    }

    /**
     * This step's PageRank and power measures into {@code lastPower} (PageRank's columns by NGO type and domain first,
     * then those of {@link PowerMeasures#measure(World, Map)}) and PageRank's shares by kind. The network is copied here
     * ({@link NetworkCopy}); the measures of the copy are computed here too or, in the background, on the worker while
     * the model goes on, their columns marked as pending (NaN) until {@link #settleNetwork} fills them in. The
     * computations keep their order on the one worker, so each PageRank starts warm from the last, as in line. The
     * densities and SME inclusion read the world and are always computed here.
     */
    private void measureNetwork(World w) {
        NetworkCopy copy = NetworkCopy.of(w);
        double damping = w.params.getPagerankDamping();
        if (!background || !roomFor(copy.bytes())) {
            settleNetwork();
            NetworkMeasures res = measure(copy, damping);
            lastPower.putAll(res.columns());
            keep(res);
        } else {
            if (pendingNetwork == null) pendingNetwork = new java.util.ArrayDeque<>();
            if (pendingNetwork.size() >= MAX_PENDING) settleNetwork(); // the worker has fallen behind: wait, not copy more
            pendingNetwork.add(new PendingNetwork(series.size(), worker().submit(() -> {
                long t0 = System.nanoTime();
                NetworkMeasures res = measure(copy, damping);
                backgroundNanos.addAndGet(System.nanoTime() - t0);
                return res;
            })));
            PowerMeasures.bySubgroup(copy.groups(), new double[copy.actors()], "powerPagerank", lastPower);
            for (String k : PowerMeasures.tieColumns()) lastPower.put(k, 0.0);
            lastPower.replaceAll((k, v) -> Double.NaN);
            lastPagerankByKind = new double[ActorKind.values().length];
            java.util.Arrays.fill(lastPagerankByKind, Double.NaN);
        }
        PowerMeasures.poles(w, lastPower);
    }

    /** Measurements that may wait for the worker at once (each holds a copy of the network). */
    private static final int MAX_PENDING = 4;

    private java.util.concurrent.ExecutorService worker() {
        if (worker == null) {
            worker = new java.util.concurrent.ThreadPoolExecutor(0, 1, 1, java.util.concurrent.TimeUnit.SECONDS,
                    new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "ayni-measures");
                        t.setDaemon(true);
                        return t;
                    });
        }
        return worker;
    }

    private void take(SwitcherMeasures.Result res) {
        lastSwitchers.clear();
        lastSwitchers.putAll(res.shares());
        lastEigenvector = res.scores();
    }

    private void startSwitchers(World w) {
        SwitcherMeasures.Input in = SwitcherMeasures.read(w, lastEigenvector);
        if (!roomFor(in)) { // the model would go on allocating beside the measures' own arrays: compute them in line
            take(SwitcherMeasures.compute(in));
            return;
        }
        pending = worker().submit(() -> {
            long t0 = System.nanoTime();
            SwitcherMeasures.Result res = SwitcherMeasures.compute(in);
            backgroundNanos.addAndGet(System.nanoTime() - t0);
            return res;
        });
        pendingFrom = series.size(); // the row this step is about to add
        lastSwitchers.clear();
        lastSwitchers.putAll(SwitcherMeasures.columns(Double.NaN));
    }

    LinkedHashMap<String, Double> measure(World w) {
        LinkedHashMap<String, Double> r = new LinkedHashMap<>();
        r.put("step", (double) w.step());
        for (ActorKind k : ActorKind.values()) r.put("actors_" + k.key(), (double) w.activeCount(k));
        int[] ngoTypes = new int[NgoType.values().length];
        int[] smeSizes = new int[SmeSize.values().length];
        double[] income = new double[IncomeSource.values().length];
        int[] segN = new int[6], segAdopted = new int[6];
        int adopted = 0, certified = 0;
        double practice = 0;
        for (Actor a : w.active(ActorKind.NGO)) {
            Ngo n = (Ngo) a;
            ngoTypes[n.type().ordinal()]++;
            for (IncomeSource s : IncomeSource.values()) income[s.ordinal()] += n.income(s);
        }
        for (Actor a : w.active(ActorKind.SME)) {
            Sme s = (Sme) a;
            smeSizes[s.size().ordinal()]++;
            int seg = s.size().ordinal() * 2 + s.orientation().ordinal();
            segN[seg]++;
            if (s.adopted()) { segAdopted[seg]++; adopted++; }
            if (s.certified()) certified++;
            practice += s.practice();
        }
        for (NgoType t : NgoType.values()) r.put("ngo_" + t.key(), (double) ngoTypes[t.ordinal()]);
        for (SmeSize s : SmeSize.values()) r.put("sme_" + s.key(), (double) smeSizes[s.ordinal()]);

        Ledger l = w.ledger;
        for (ActorKind k : ActorKind.values()) r.put("fundingGiven_" + k.key(), l.givenStep(k));
        for (ActorKind k : ActorKind.values()) r.put("fundingReceived_" + k.key(), l.receivedStep(k));
        for (ActorKind[] c : CHANNELS) {
            String to = c[1].key();
            r.put("fundingChannel_" + c[0].key() + "To" + Character.toUpperCase(to.charAt(0)) + to.substring(1),
                    l.channelStep(c[0], c[1]));
        }
        double injected = 0;
        for (Ledger.Source s : Ledger.Source.values()) injected += l.injectedStep(s);
        double spent = 0;
        for (Ledger.Sink s : Ledger.Sink.values()) spent += l.spentStep(s);
        double held = w.held();
        r.put("fundingInjected", injected);
        r.put("fundingSpent", spent);
        r.put("fundingHeld", held);
        r.put("fundingImbalance", l.imbalance(held));
        r.put("knowledgeTransferred", w.counters.knowledgeTransferred);
        for (ActorKind k : ActorKind.values()) {
            double s = 0;
            for (Actor a : w.active(k)) s += a.legitimacy();
            r.put("legitimacy_" + k.key(), w.activeCount(k) == 0 ? 0 : s / w.activeCount(k));
        }
        for (Layer layer : Layer.values()) r.put("ties_" + layer.key(), (double) w.ties.count(layer));
        int smes = w.activeCount(ActorKind.SME);
        r.put("adoption_all", smes == 0 ? 0 : (double) adopted / smes);
        for (SmeSize s : SmeSize.values()) {
            for (MarketOrientation o : MarketOrientation.values()) {
                int seg = s.ordinal() * 2 + o.ordinal();
                r.put("adoption_" + Sme.segment(s, o), segN[seg] == 0 ? 0 : (double) segAdopted[seg] / segN[seg]);
            }
        }
        r.put("practice_mean", smes == 0 ? 0 : practice / smes);
        r.put("certified_share", smes == 0 ? 0 : (double) certified / smes);
        double incomeTotal = 0;
        for (double v : income) incomeTotal += v;
        for (IncomeSource s : IncomeSource.values()) {
            r.put("ngoIncomeShare_" + s.key(), incomeTotal == 0 ? 0 : income[s.ordinal()] / incomeTotal);
        }
        double given = l.givenTotalStep();
        for (ActorKind k : ActorKind.values()) r.put("powerFunding_" + k.key(), given == 0 ? 0 : l.givenStep(k) / given);
        if (w.step() % interval == 0 || lastPower.isEmpty()) {
            long t0 = System.nanoTime();
            lastPower.clear();
            measureNetwork(w);
            if (!switchers) {
                if (lastSwitchers.isEmpty()) lastSwitchers.putAll(SwitcherMeasures.columns(Double.NaN));
            } else if (w.step() % Math.max(interval, SwitcherMeasures.INTERVAL) == 0 || lastSwitchers.isEmpty()) {
                settleSwitchers(); // the last measurement's scores are this one's warm start
                if (background) {
                    startSwitchers(w);
                } else {
                    lastSwitchers.clear();
                    lastEigenvector = SwitcherMeasures.measure(w, lastSwitchers, lastEigenvector);
                }
            }
            lastPower.putAll(lastSwitchers);
            measureNanos += System.nanoTime() - t0;
        }
        for (ActorKind k : ActorKind.values()) r.put("powerPagerank_" + k.key(), lastPagerankByKind[k.ordinal()]);
        r.putAll(lastPower);
        World.Counters c = w.counters;
        r.put("supportOffers", (double) c.supportOffers);
        r.put("supportRefusals", (double) c.supportRefusals);
        r.put("adoptions", (double) c.adoptions);
        r.put("reversions", (double) c.reversions);
        r.put("grantsMade", (double) c.grantsMade);
        r.put("referralsFunded", (double) c.referralsFunded);
        r.put("ngoClosures", (double) c.ngoClosures);
        r.put("ngoTypeChanges", (double) c.ngoTypeChanges);
        r.put("ngoEntries", (double) c.ngoEntries);
        r.put("smeEntries", (double) c.smeEntries);
        r.put("smeExits", (double) c.smeExits);
        r.put("tiesFormed", (double) c.tiesFormed);
        r.put("tiesDissolved", (double) c.tiesDissolved);
        r.put("marketTiesFormed", (double) c.marketTiesFormed);
        r.put("marketTiesBrokered", (double) c.marketTiesBrokered);
        r.put("marketTiesDirect", (double) (c.marketTiesFormed - c.marketTiesBrokered));
        r.put("cooperationRate", c.cooperationAttempts == 0 ? 0 : (double) c.cooperations / c.cooperationAttempts);
        int across = c.cooperationAttempts - c.cooperationAttemptsWithin;
        r.put("cooperationWithin", c.cooperationAttemptsWithin == 0 ? 0 : (double) c.cooperationsWithin / c.cooperationAttemptsWithin);
        r.put("cooperationAcross", across == 0 ? 0 : (double) (c.cooperations - c.cooperationsWithin) / across);
        r.put("supportRefusalRate", c.supportOffers == 0 ? 0 : (double) c.supportRefusals / c.supportOffers);
        r.put("endorsements", (double) c.endorsements);
        r.put("sales", c.sales);
        double x = 0, y = 0;
        int n = 0;
        for (ActorKind k : ActorKind.values()) {
            for (Actor a : w.active(k)) { x += a.discourse().x(); y += a.discourse().y(); n++; }
        }
        r.put("discourseX_mean", n == 0 ? 0 : x / n);
        r.put("discourseY_mean", n == 0 ? 0 : y / n);
        if (patternColumns == null) { // the first row: learn the columns, and whether the readers need any of them
            LinkedHashMap<String, Double> p = new LinkedHashMap<>();
            patterns.measure(w, p);
            patternColumns = new java.util.LinkedHashSet<>(p.keySet());
            patternsNeeded = needed == null || patternColumns.stream().anyMatch(needed::contains);
            if (patternsNeeded) r.putAll(p);
            else for (String k : patternColumns) r.put(k, Double.NaN);
        } else if (patternsNeeded) {
            patterns.measure(w, r);
        } else {
            for (String k : patternColumns) r.put(k, Double.NaN);
        }
        market(w, r);
        return r;
    }

    /**
     * The market's money (ODD 7.26): sales by channel, the realised premium and export share of certified sales, SME
     * finances; SMEs' share of platform seats (7.16) and accreditations (7.27).
     */
    static void market(World w, Map<String, Double> r) {
        World.Counters c = w.counters;
        r.put("sales_export", c.salesExport);
        r.put("sales_domestic", c.salesDomestic);
        r.put("sales_local", c.salesLocal);
        r.put("certifiedExportShare", c.certifiedSales == 0 ? 0 : c.certifiedSalesExport / c.certifiedSales);
        r.put("realisedPremium", c.certifiedSalesBase == 0 ? 0 : c.certifiedSales / c.certifiedSalesBase - 1.0);
        r.put("domesticShare_bioferia", c.salesDomesticOrganic == 0 ? 0 : c.salesBioferia / c.salesDomesticOrganic);
        r.put("bioferiaCapacityUse", c.bioferiaStands == 0 ? 0 : (double) c.bioferiaStandsUsed / c.bioferiaStands);
        r.put("smeFailures", (double) c.smeFailures);
        r.put("smeBorrowing", c.smeBorrowing);
        double debt = 0, funds = 0;
        int n = 0, inNetwork = 0, selling = 0;
        for (Actor a : w.active(ActorKind.SME)) {
            Sme s = (Sme) a;
            debt += s.debt();
            funds += s.capital();
            n++;
            if (s.network() != null) inNetwork++;
            if (s.network() != null && s.network().selling()) selling++;
        }
        r.put("businessNetworkMembers", (double) inNetwork);
        r.put("businessNetworkMembersSelling", (double) selling);
        r.put("businessNetworksFormed", (double) c.businessNetworksFormed);
        r.put("businessNetworksDissolved", (double) c.businessNetworksDissolved);
        r.put("businessNetworksIndependent", (double) c.businessNetworksIndependent);
        r.put("smeDebt", debt);
        r.put("smeCapital_mean", n == 0 ? 0 : funds / n);
        double seats = 0, smeSeats = 0;
        for (Actor a : w.active(ActorKind.PLATFORM)) {
            ayni.agents.Platform pl = (ayni.agents.Platform) a;
            seats += pl.seats();
            smeSeats += pl.smeVoice() * pl.seats();
        }
        r.put("smeSeatShare", seats == 0 ? 0 : smeSeats / seats);
        r.put("accreditations", (double) c.accreditations);
        r.put("applicantsPerGrant", c.grantsCompeted == 0 ? 0 : (double) c.grantApplicants / c.grantsCompeted);
        int gongo = NgoType.GONGO.ordinal();
        r.put("adoptionsPerMillion_gongo", c.projectMoney[gongo] == 0 ? 0 : c.projectAdoptions[gongo] * 1e6 / c.projectMoney[gongo]);
        double otherMoney = 0, otherAdoptions = 0;
        for (NgoType t : NgoType.values()) {
            if (t == NgoType.GONGO) continue;
            otherMoney += c.projectMoney[t.ordinal()];
            otherAdoptions += c.projectAdoptions[t.ordinal()];
        }
        r.put("adoptionsPerMillion_otherNgo", otherMoney == 0 ? 0 : otherAdoptions * 1e6 / otherMoney);
        r.put("producerNgoFoundings", (double) c.producerNgoFoundings);
        r.put("businessNgoFoundings", (double) c.businessNgoFoundings);
        r.put("conflictRate_ngoNgo", c.conflictChancesNgoNgo == 0 ? 0 : (double) c.conflictsNgoNgo / c.conflictChancesNgoNgo);
        r.put("conflictRate_ngoSme", c.conflictChancesNgoSme == 0 ? 0 : (double) c.conflictsNgoSme / c.conflictChancesNgoSme);
        r.put("ngoCompanyCooperativeShare", c.ngoCompanyRelations == 0 ? 0
                : 1.0 - (double) c.ngoCompanyConflictive / c.ngoCompanyRelations);
    }
}
