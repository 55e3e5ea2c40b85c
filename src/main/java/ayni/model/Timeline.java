package ayni.model;

import ayni.agents.Actor;
import ayni.agents.Donor;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.scenario.EventKind;
import ayni.scenario.EventSpec;
import ayni.scenario.Specs.TieSpec;
import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the scenario dates: actors entering (founding, a donor starting in Peru) and leaving (a donor's exit, a
 * platform's dissolution), initial ties (laid once both ends exist), elections and events. Maps are keyed by step and only
 * looked up, never iterated, so the order of events within a step is the order they were added.
 */
final class Timeline implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<Integer, List<Actor>> entering = new HashMap<>();
    private final Map<Integer, List<Actor>> leaving = new HashMap<>();
    private final List<TieSpec> pendingTies = new ArrayList<>();
    private final Set<Integer> elections = new HashSet<>();
    private final Map<Integer, List<EventSpec>> events = new HashMap<>();
    private final Map<Integer, List<EventSpec>> levers = new HashMap<>();
    private Resolver resolve;

    /** Finds the actors an event names (a group id or an actor id); serializable for checkpoints. */
    interface Resolver extends Function<String, List<Actor>>, Serializable {}

    void enterAt(int step, Actor a) {
        entering.computeIfAbsent(step, k -> new ArrayList<>()).add(a);
    }

    void leaveAt(int step, Actor a) {
        leaving.computeIfAbsent(step, k -> new ArrayList<>()).add(a);
    }

    void addTie(TieSpec t) {
        pendingTies.add(t);
    }

    void electionAt(int step) {
        elections.add(step);
    }

    void eventAt(EventSpec e) {
        events.computeIfAbsent(e.step(), k -> new ArrayList<>()).add(e);
    }

    /** A teacher's lever, applied at its step after the scenario's own events and logged as {@link EventLog.Origin#LEVER}. */
    void leverAt(EventSpec e) {
        levers.computeIfAbsent(e.step(), k -> new ArrayList<>()).add(e);
    }

    /** The actor will not enter as scheduled (an exit event named it before it arrived). */
    void cancelEntry(Actor a) {
        for (List<Actor> list : entering.values()) list.remove(a);
    }

    /** The actor enters at this step instead (an actorEntry or platformCreate event). */
    void moveEntry(Actor a, int step) {
        cancelEntry(a);
        enterAt(step, a);
    }

    void setResolver(Resolver resolve) {
        this.resolve = resolve;
    }

    /**
     * Applies what is dated at this step: entries, exits by {@code until}, ties whose ends are now present,
     * elections, then the scenario's events in file order, then levers in the order pulled. Donor exits, elections,
     * events and levers go to the log.
     */
    void apply(World w, int step, EventApplier applier, EventLog log) {
        for (Actor a : entering.getOrDefault(step, List.of())) w.activate(a);
        for (Actor a : leaving.getOrDefault(step, List.of())) {
            if (a instanceof Donor d) {
                if (!d.active() || d.leaving()) continue;
                String effect = applier.donorExit(List.of(d), null, 0);
                log.add(new EventLog.Entry(step, w.date(), EventKind.DONOR_EXIT.key(), d.id(), effect,
                        "last month given by 'until'", EventLog.Origin.UNTIL));
            } else if (a.active()) {
                w.deactivate(a);
                // platforms dissolving by 'until' are part of the story a chart tells; other exits are too many to mark
                if (a instanceof ayni.agents.Platform) {
                    log.add(new EventLog.Entry(step, w.date(), EventKind.PLATFORM_DISSOLVE.key(), a.id(), "1 platform leave",
                            "last month given by 'until'", EventLog.Origin.UNTIL));
                }
            }
        }
        layTies(w, step);
        if (elections.contains(step)) {
            log.add(new EventLog.Entry(step, w.date(), EventKind.ELECTION.key(), "", applier.election(), "",
                    EventLog.Origin.ELECTION));
        }
        for (EventSpec e : events.getOrDefault(step, List.of())) {
            String effect = applier.apply(e);
            log.add(new EventLog.Entry(step, w.date(), e.kind().key(), targets(e), effect, e.note(), EventLog.Origin.EVENT));
        }
        for (EventSpec e : levers.getOrDefault(step, List.of())) {
            log.add(new EventLog.Entry(step, w.date(), e.kind().key(), targets(e), applier.apply(e), e.note(),
                    EventLog.Origin.LEVER));
        }
    }

    private static String targets(EventSpec e) {
        if (e instanceof EventSpec.DonorExit x) return x.donors().toString();
        if (e instanceof EventSpec.BudgetChange x) return (x.donors() + " " + x.governments()).trim();
        if (e instanceof EventSpec.FundingRuleChange x) return x.donors().toString();
        if (e instanceof EventSpec.DomainShift x) return x.donors().toString();
        if (e instanceof EventSpec.ChannelShift x) return x.donors().toString();
        if (e instanceof EventSpec.NgoTypeShift x) return x.donors().toString();
        if (e instanceof EventSpec.ActorEntry x) return x.actors().toString();
        if (e instanceof EventSpec.ActorExit x) return x.actors().toString();
        if (e instanceof EventSpec.PolicyChange x) return x.governments().toString();
        if (e instanceof EventSpec.MarketShock x) return x.companies().toString();
        if (e instanceof EventSpec.ParameterChange x) return x.name();
        return "";
    }

    /** Lays each initial tie as soon as both its ends are active; group ends tie a share of their members. */
    private void layTies(World w, int step) {
        for (int i = 0; i < pendingTies.size(); i++) {
            TieSpec t = pendingTies.get(i);
            if (t == null) continue;
            List<Actor> from = resolve.apply(t.from()), to = resolve.apply(t.to());
            if (!anyActive(from) || !anyActive(to)) continue;
            MersenneTwisterFast r = w.stream("tie:" + t.from() + ">" + t.to() + ":" + t.layer().key());
            boolean groupFrom = from.size() > 1, groupTo = to.size() > 1;
            if (groupFrom && groupTo) {
                for (Actor a : from) for (Actor b : to) if (r.nextDouble() < t.share()) lay(w, a, b, t, step);
            } else {
                List<Actor> many = groupFrom ? from : to;
                for (Actor m : many) {
                    if ((groupFrom || groupTo) && r.nextDouble() >= t.share()) continue;
                    lay(w, groupFrom ? m : from.get(0), groupFrom ? to.get(0) : m, t, step);
                }
            }
            pendingTies.set(i, null);
        }
    }

    private static void lay(World w, Actor a, Actor b, TieSpec t, int step) {
        if (a == b || !a.active() || !b.active()) return;
        w.ties.add(a.index(), b.index(), t.layer(), t.weight(), step);
        if (t.layer() == Layer.FUNDING && a instanceof Donor d) d.commit(b, w);
    }

    private static boolean anyActive(List<Actor> list) {
        for (Actor a : list) if (a.active()) return true;
        return false;
    }
}
