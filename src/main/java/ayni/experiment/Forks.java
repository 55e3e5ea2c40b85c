package ayni.experiment;

import ayni.metrics.StepObserver;
import ayni.model.AyniModel;
import ayni.scenario.EventSpec;
import ayni.scenario.ExperimentSpec;
import ayni.scenario.ExperimentSpec.Arm;
import ayni.scenario.Scenario;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Paired arms forked from a checkpoint. An arm that runs its experiment's base scenario plus dated events (a what-if
 * written as {@code base:} and {@code events:}, with no parameter set) is identical to the base until its first extra
 * event. Such arms are not run from the start: one trunk run of the base goes to each arm's first extra event, is
 * copied there (Java serialization of the whole model, its random generators and its observer), and the copy runs on
 * with the arm's extra events. The result is bit for bit the run from the start (tested); only the shared months are
 * not simulated again.
 */
public final class Forks {
    /** An arm that forks from the base at {@code step}, with the events it adds. */
    public record Branch(String arm, int step, List<EventSpec> extra) {}

    private final Map<String, Branch> branches = new LinkedHashMap<>();
    private final String trunk;

    public Forks(ExperimentSpec spec) {
        Scenario base = spec.scenario();
        String t = null;
        for (Arm a : spec.arms()) {
            if (!a.set().isEmpty()) continue;
            List<EventSpec> extra = extraEvents(base, a.scenario());
            if (extra == null) continue;
            if (extra.isEmpty()) {
                if (t == null) t = a.name();
                continue;
            }
            int step = extra.stream().mapToInt(EventSpec::step).min().orElse(spec.steps());
            if (step <= 0 || step >= spec.steps()) continue;
            branches.put(a.name(), new Branch(a.name(), step, extra));
        }
        trunk = t;
    }

    /**
     * The events an arm's scenario adds to the base, when that is all it changes; null when it differs otherwise (other
     * actors, ties, parameters, elections) or adds an actor entry.
     */
    static List<EventSpec> extraEvents(Scenario base, Scenario arm) {
        if (!base.start().equals(arm.start()) || !base.elections().equals(arm.elections())
                || !Objects.equals(base.parameterOverrides(), arm.parameterOverrides()) || !base.donors().equals(arm.donors())
                || !base.ngos().equals(arm.ngos()) || !base.platforms().equals(arm.platforms())
                || !base.governments().equals(arm.governments()) || !base.companies().equals(arm.companies())
                || !base.smes().equals(arm.smes()) || !base.ties().equals(arm.ties())
                || !arm.parameters().values().equals(base.parameters().values())) {
            return null;
        }
        List<EventSpec> be = base.events(), ae = arm.events();
        if (ae.size() < be.size() || !ae.subList(0, be.size()).equals(be)) return null;
        List<EventSpec> extra = List.copyOf(ae.subList(be.size(), ae.size()));
        for (EventSpec e : extra) if (e instanceof EventSpec.ActorEntry) return null;
        return extra;
    }

    /** Whether any arm forks (there is a trunk arm or at least one branch). */
    public boolean any() {
        return !branches.isEmpty();
    }

    public Branch branch(String arm) {
        return branches.get(arm);
    }

    /** The arm that runs the base unchanged (it is the trunk continued to the end), or null. */
    public String trunk() {
        return trunk;
    }

    /**
     * Runs one replication's forked arms from one trunk: the branches in {@code runs} (and the trunk arm, when it is
     * among them) come back as records, in the order given.
     */
    static List<RunRecord> replicate(Plan plan, Forks forks, List<Plan.Run> runs) {
        ExperimentSpec spec = plan.spec();
        Plan.Run any = runs.get(0);
        // forked arms set no parameter, so every one of them runs with the same parameters (over a posterior: the
        // replication's draw) as the trunk
        AyniModel model = new AyniModel(spec.scenario(), any.seed(), plan.parameters(any));
        StepObserver observer = new StepObserver(spec.measureInterval(), false, ExperimentRunner.needed(spec));
        model.addObserver(observer);
        model.start();
        List<Plan.Run> ordered = new ArrayList<>(runs);
        ordered.sort(Comparator.comparingInt((Plan.Run r) -> forks.branch(r.arm()) == null ? Integer.MAX_VALUE
                : forks.branch(r.arm()).step()));
        Map<Plan.Run, RunRecord> out = new LinkedHashMap<>();
        int done = 0;
        for (Plan.Run r : ordered) {
            Branch b = forks.branch(r.arm());
            int until = b == null ? spec.steps() : b.step();
            while (done < until && model.runStep()) done++;
            if (b == null) {
                model.finish();
                out.put(r, RunRecord.of(r, observer.series(), spec.record(), spec.recordEvery(), spec.window()));
                continue;
            }
            Object[] copy = copy(new Object[] {model, observer});
            AyniModel m = (AyniModel) copy[0];
            StepObserver o = (StepObserver) copy[1];
            m.scheduleEvents(b.extra());
            for (int s = done; s < spec.steps(); s++) if (!m.runStep()) break;
            m.finish();
            out.put(r, RunRecord.of(r, o.series(), spec.record(), spec.recordEvery(), spec.window()));
        }
        List<RunRecord> result = new ArrayList<>();
        for (Plan.Run r : runs) result.add(out.get(r));
        return result;
    }

    /** A deep copy by serialization: the checkpoint. */
    static Object[] copy(Object[] state) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
                o.writeObject(state);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (Object[]) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
