package ayni.model;

import ayni.agents.Actor;
import ayni.agents.World;
import ayni.agents.WorldState;
import ayni.domain.ActorKind;
import ayni.scenario.Parameters;
import ayni.scenario.EventSpec;
import ayni.scenario.Scenario;
import ayni.scenario.Specs.SmeGroupSpec;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The Ayni model as a MASON {@link SimState}. {@code start()} builds the world from the scenario; each monthly step
 * runs the {@link Phase}s in order. Within a phase, actors go in an order shuffled afresh each step by a key derived
 * from the seed, the step and each actor's id ({@link ayni.agents.Streams#priority}), so a what-if that removes one
 * actor does not reshuffle everyone else.
 */
public class AyniModel extends SimState implements WorldState {
    private static final long serialVersionUID = 1L;
    /** Budgets arrive before anyone draws on them; buyers look for suppliers before SMEs decide. */
    private static final ActorKind[] BUDGET_ORDER = {ActorKind.DONOR, ActorKind.GOVERNMENT};
    private static final ActorKind[] COST_ORDER = {ActorKind.PLATFORM, ActorKind.NGO};
    private static final ActorKind[] ACT_ORDER = {ActorKind.DONOR, ActorKind.GOVERNMENT, ActorKind.PLATFORM,
            ActorKind.NGO, ActorKind.COMPANY, ActorKind.SME};
    private static final ActorKind[] EXCHANGE_ORDER = {ActorKind.DONOR, ActorKind.GOVERNMENT, ActorKind.PLATFORM,
            ActorKind.NGO, ActorKind.SME, ActorKind.COMPANY};

    private final Scenario scenario;
    private Parameters params;
    private World world;
    private Timeline timeline;
    private Demography demography;
    private EventApplier applier;
    private final EventLog eventLog = new EventLog();
    private List<SmeGroupSpec> groups;
    private final List<Steppable> observers = new ArrayList<>();
    /** Wall-clock nanoseconds spent in each phase (for the performance notes; never affects the simulation). */
    private final long[] phaseNanos = new long[Phase.values().length];
    /** The last keyed order of each kind ({@link #ordered}); rebuilt on demand, so not part of a checkpoint. */
    private transient Order[] orders;

    public AyniModel(Scenario scenario, long seed, Parameters params) {
        super(seed);
        this.scenario = scenario;
        this.params = params;
    }

    public AyniModel(Scenario scenario, long seed) {
        this(scenario, seed, scenario.parameters());
    }

    /** Observers run in the observe phase, in the order added. Add them before {@link #start()}. */
    public void addObserver(Steppable observer) {
        observers.add(observer);
    }

    @Override
    public void start() {
        super.start();
        long runSeed = seed();
        world = new World(params, runSeed, scenario.start());
        timeline = new Timeline();
        groups = scenario.smeGroups(params.getSmeCount());
        ScenarioBuilder builder = new ScenarioBuilder(scenario, groups, world, timeline);
        builder.build();
        applier = new EventApplier(world, timeline);
        java.util.Map<String, List<Actor>> byGroup = new java.util.HashMap<>(builder.groups());
        World w = world;
        timeline.setResolver(id -> {
            List<Actor> g = byGroup.get(id);
            if (g != null) return g;
            Actor a = w.byId(id);
            return a == null ? List.of() : List.of(a);
        });
        for (YearMonth e : scenario.elections()) timeline.electionAt(scenario.stepOf(e));
        for (EventSpec e : scenario.events()) {
            timeline.eventAt(e);
            if (e instanceof EventSpec.ActorEntry x) for (String id : x.actors().ids()) timeline.moveEntry(world.byId(id), e.step());
        }
        demography = new Demography(groups);

        phase(Phase.EVENTS, this::events);
        phase(Phase.BUDGETS, () -> {
            for (ActorKind k : BUDGET_ORDER) for (Actor a : ordered(k)) a.budgetStep(world);
        });
        phase(Phase.ACT, () -> {
            for (ActorKind k : ACT_ORDER) for (Actor a : ordered(k)) a.step(this);
        });
        phase(Phase.RUNNING_COSTS, () -> {
            for (ActorKind k : COST_ORDER) for (Actor a : ordered(k)) a.runningCostsStep(world);
        });
        phase(Phase.INVESTMENT, () -> {
            for (Actor a : ordered(ActorKind.SME)) ((ayni.agents.Sme) a).investStep(world);
        });
        phase(Phase.EXCHANGE, () -> {
            for (ActorKind k : EXCHANGE_ORDER) for (Actor a : ordered(k)) a.exchangeStep(world);
        });
        phase(Phase.MARKET, () -> {
            for (ayni.agents.Company c : ayni.agents.Company.byPrice(ordered(ActorKind.COMPANY))) c.buy(world);
            for (Actor a : ordered(ActorKind.PLATFORM)) ((ayni.agents.Platform) a).collectFees(world);
            for (Actor a : ordered(ActorKind.SME)) ((ayni.agents.Sme) a).sellAndPay(world);
        });
        phase(Phase.UPDATE, () -> {
            world.conflicts.step(world);
            world.counters.tiesDissolved += world.ties.update(world.step(), params.getTieStrengthenRate(),
                    params.getTieDecayRate(), params.getTieDissolveThreshold());
            DiscourseDynamics.update(world);
        });
        phase(Phase.OBSERVE, () -> {
            for (Steppable o : observers) o.step(this);
        });
    }

    /** A phase's work; serializable so that a model can be checkpointed and forked. */
    private interface Body extends Runnable, java.io.Serializable {}

    /** Schedules a phase every step at its ordering, timing it. */
    private void phase(Phase p, Body body) {
        schedule.scheduleRepeating(0, p.ordinal(), (Steppable) state -> {
            long t0 = System.nanoTime();
            world.ledger.allowFlows(p.movesMoney() ? null : p.name());
            try {
                body.run();
            } finally {
                world.ledger.allowFlows(null);
            }
            phaseNanos[p.ordinal()] += System.nanoTime() - t0;
        }, 1);
    }

    /** Nanoseconds spent so far in a phase. */
    public long phaseNanos(Phase p) {
        return phaseNanos[p.ordinal()];
    }

    private void events() {
        int step = (int) Math.round(schedule.getTime());
        world.setStep(step);
        world.ledger.beginStep();
        world.counters.reset();
        timeline.apply(world, step, applier, eventLog);
        demography.apply(world, step, gi -> groups.get(gi).from() == null || !groups.get(gi).from().isAfter(date()));
        world.refreshPolicy();
    }

    /**
     * Active actors of a kind in this step's keyed order: by {@link ayni.agents.Streams#priority}, then id. Each key is
     * computed once; the sort runs on primitive longs holding a key's top 40 bits and the actor's position, and the
     * rare runs that share those bits are put in order by the full key and id, so the order is the comparator's.
     */
    List<Actor> ordered(ActorKind k) {
        List<Actor> active = world.active(k);
        // the order depends only on the step and the set of active actors: the phases reuse
        // it while the kind's active list is the same, actor for actor (an O(n) check against an O(n log n) sort)
        if (orders == null) orders = new Order[ActorKind.values().length];
        Order last = orders[k.ordinal()];
        if (last != null && last.step == world.step() && last.sameAs(active)) return last.ordered;
        List<Actor> ordered = Collections.unmodifiableList(order(active));
        orders[k.ordinal()] = new Order(world.step(), active.toArray(new Actor[0]), ordered);
        return ordered;
    }

    /** A kind's keyed order at a step, with the active list it was computed from. */
    private record Order(int step, Actor[] from, List<Actor> ordered) {
        boolean sameAs(List<Actor> active) {
            if (active.size() != from.length) return false;
            for (int i = 0; i < from.length; i++) if (active.get(i) != from[i]) return false;
            return true;
        }
    }

    private List<Actor> order(List<Actor> active) {
        int n = active.size();
        long seed = world.seed;
        int step = world.step();
        Comparator<Actor> byKey = Comparator.comparingLong((Actor a) -> ayni.agents.Streams.priority(seed, step, a.idHash()))
                .thenComparing(Actor::id);
        if (n >= 1 << 24) {
            List<Actor> list = new ArrayList<>(active);
            list.sort(byKey);
            return list;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long unsigned = ayni.agents.Streams.priority(seed, step, active.get(i).idHash()) ^ Long.MIN_VALUE;
            packed[i] = ((unsigned & ~0xFFFFFFL) | i) ^ Long.MIN_VALUE; // signed order of this = unsigned order of key bits, then i
        }
        java.util.Arrays.sort(packed);
        Actor[] list = new Actor[n];
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && (packed[j] >>> 24) == (packed[i] >>> 24)) j++;
            for (int r = i; r < j; r++) list[r] = active.get((int) (packed[r] & 0xFFFFFF));
            if (j - i > 1) java.util.Arrays.sort(list, i, j, byKey);
            i = j;
        }
        return java.util.Arrays.asList(list);
    }

    /** Runs one monthly step; false once the scenario's period is over. */
    public boolean runStep() {
        if (world != null && schedule.getSteps() >= scenario.steps()) return false;
        return schedule.step(this);
    }

    @Override
    public World world() { return world; }

    public Scenario scenario() { return scenario; }

    /** The events applied so far (scenario events, elections, donor exits by 'until', levers). */
    public EventLog eventLog() { return eventLog; }

    public Parameters getParameters() { return params; }

    /**
     * Adds dated events to a running model, as if the scenario had listed them after its own (a what-if forked from
     * a checkpoint of its base). Only events not yet due may be added; actor entries cannot, since they move an
     * entry that may already have happened.
     */
    public void scheduleEvents(List<EventSpec> extra) {
        if (world == null) throw new IllegalStateException("start the model before adding events");
        int next = (int) schedule.getSteps();
        for (EventSpec e : extra) {
            if (e.step() < next) throw new IllegalArgumentException("event at step " + e.step() + " is already past (next step " + next + ")");
            if (e instanceof EventSpec.ActorEntry) throw new IllegalArgumentException("actor entries cannot be added to a running model");
            timeline.eventAt(e);
        }
    }

    /** The step the next call to {@link #runStep()} (or the Console's next step) runs; a lever pulled now applies there. */
    public int nextStep() {
        return (int) schedule.getSteps();
    }

    /**
     * Pulls a teacher's lever: the matching dated event is applied at the start of the next step, after that step's
     * scenario events, through the same event machinery, and logged with {@link EventLog.Origin#LEVER} and its date.
     * A lever pulled after k steps therefore equals a scenario event at step k. Call between steps (the GUI holds the
     * schedule's lock). Returns the event that will apply.
     *
     * @throws IllegalStateException before {@link #start()} or after the last step
     * @throws IllegalArgumentException for a bad argument, e.g. an id that names no donor
     */
    public EventSpec pull(Lever lever, String argument) {
        if (world == null) throw new IllegalStateException("start the model before pulling a lever");
        int step = nextStep();
        if (step >= scenario.steps()) throw new IllegalStateException("the scenario's period is over (" + scenario.end() + ")");
        if (lever == Lever.WITHDRAW_DONOR && argument != null
                && !(world.byId(argument) instanceof ayni.agents.Donor)) {
            StringBuilder ids = new StringBuilder();
            for (Actor a : world.actors()) {
                if (a.kind() == ActorKind.DONOR) ids.append(ids.length() == 0 ? "" : ", ").append(a.id());
            }
            throw new IllegalArgumentException("no donor '" + argument + "'; the scenario's donors: " + ids);
        }
        EventSpec e = lever.event(step, argument);
        timeline.leverAt(e);
        return e;
    }

    /** The month being simulated (the last one completed after a step). */
    public YearMonth date() {
        return scenario.start().plusMonths(world == null ? 0 : world.step());
    }
}
