package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Domain;
import ayni.exchange.Account;
import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * State every actor shares. {@link #step} is the actor's "act" phase (its decisions); {@link #exchange} its part in
 * the exchange phase. Both see the world only through {@link World}.
 */
public abstract class Actor implements Steppable, Account, Serializable {
    private static final long serialVersionUID = 1L;

    final int index;
    final String id;
    final String name;
    final ActorKind kind;
    final long idHash;
    final MersenneTwisterFast random;
    Domain domain;
    double cash;
    double knowledge;
    double legitimacy;
    Discourse discourse;
    boolean active;
    int enteredStep = -1;
    /** Discourse position when it entered (for the discourse map's start positions). */
    Discourse entryDiscourse;
    int exitedStep = -1;
    final List<Platform> platforms = new ArrayList<>(1);
    int poolPos = -1;
    int activePos = -1;

    protected Actor(int index, String id, String name, ActorKind kind, Domain domain, long seed) {
        this.index = index;
        this.id = id;
        this.name = name == null ? id : name;
        this.kind = kind;
        this.domain = domain;
        this.idHash = Streams.hash(id);
        this.random = Streams.of(seed, id);
    }

    @Override
    public final void step(SimState state) {
        if (active) act(((WorldState) state).world());
    }

    /** Money of the budgets phase: a donor's or government's budget arrives. None by default. */
    protected void budget(World w) {}

    /** Runs this actor's budgets phase (called by the model). */
    public final void budgetStep(World w) {
        if (active) budget(w);
    }

    /** Money of the running-costs phase: an NGO's own income arrives, an NGO or platform pays its costs. None by default. */
    protected void runningCosts(World w) {}

    /** Runs this actor's running-costs phase (called by the model). */
    public final void runningCostsStep(World w) {
        if (active) runningCosts(w);
    }

    /** Decisions of the act phase; no money moves here. */
    protected abstract void act(World w);

    /** Flows of the exchange phase. */
    protected void exchange(World w) {}

    /** Runs this actor's exchange-phase flows (called by the model's exchange phase). */
    public final void exchangeStep(World w) {
        if (active) exchange(w);
    }

    /** Sets the state the parameters fix at entry (called once, by {@link World#register}). */
    void initialise(ayni.scenario.Parameters p) {}

    /** Called when funding arrives; NGOs and platforms book it by source and earmark project money. */
    void receiveFunding(World w, Actor from, double amount, ayni.domain.IncomeSource source) {}

    /** Track record donors weigh under the performance rule: by default the actor's knowledge. */
    public double results() { return knowledge; }

    @Override public int index() { return index; }
    @Override public ActorKind kind() { return kind; }
    @Override public double cash() { return cash; }
    @Override public void setCash(double c) { cash = c; }

    public String id() { return id; }
    public String name() { return name; }
    public Domain domain() { return domain; }
    public double knowledge() { return knowledge; }
    public double legitimacy() { return legitimacy; }
    public Discourse discourse() { return discourse; }
    public boolean active() { return active; }
    public int enteredStep() { return enteredStep; }
    public Discourse entryDiscourse() { return entryDiscourse != null ? entryDiscourse : discourse; }
    public int exitedStep() { return exitedStep; }
    public long idHash() { return idHash; }
    public List<Platform> platforms() { return platforms; }

    public void setDiscourse(Discourse d) { discourse = d; }
    public void setKnowledge(double k) { knowledge = Math.max(0, Math.min(1, k)); }
    public void setLegitimacy(double l) { legitimacy = Math.max(0, Math.min(1, l)); }

    /** Subtype label for output: NGO type, SME size, donor kind, government level; else the kind. */
    public abstract String subtype();

    boolean sharesPlatformWith(Actor o) {
        for (Platform p : platforms) if (p == o || o.platforms.contains(p)) return true;
        return o instanceof Platform pl && platforms.contains(pl);
    }

    double gainLegitimacy(double rate) {
        legitimacy += rate * (1.0 - legitimacy);
        return legitimacy;
    }

    @Override
    public String toString() {
        return name + " (" + kind.key() + ")";
    }
}
