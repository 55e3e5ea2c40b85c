package ayni.exchange;

import ayni.domain.ActorKind;
import java.io.Serializable;

/**
 * Every unit of funding in the world passes through here. Money enters by injection (a donor's or government's
 * budget, an NGO's fees and sales), moves by transfer, and leaves by spending (running costs, investments) or
 * write-off (holdings of an actor that leaves). So at any time
 * {@code injected = held by active actors + spent + written off}, and in every step what is given equals what is
 * received. {@link #imbalance(double)} checks it.
 * <p>A model closes the ledger to flows in the phases whose names do not say that money moves ({@link #allowFlows}):
 * there any transfer, sale, spending or injection other than an entering actor's initial holdings is refused, so money
 * cannot move where the step's phase names do not say it does. Entry (initial holdings) and exit (write-off) are booked
 * whenever actors enter or leave.
 */
public final class Ledger implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int K = ActorKind.values().length;

    /** Where money enters from outside the network. */
    public enum Source {
        INITIAL_HOLDINGS, DONOR_BUDGET, GOVERNMENT_BUDGET, SERVICE_FEES, SALES, MEMBER_FEES,
        /** Consumers abroad paying export buyers for what they buy from SMEs. */
        EXPORT_DEMAND,
        /** Peruvian consumers: paying domestic buyers (supermarkets, Bioferias), or SMEs directly in local markets. */
        DOMESTIC_DEMAND,
        /** Banks outside the network lending to SMEs. */
        CREDIT,
        /** Companies' own revenue, from which they pay the business NGOs that serve them (§6.2.2 L2213). */
        COMPANY_REVENUE
    }

    /** Where money leaves the network. */
    public enum Sink { RUNNING_COSTS, INVESTMENT, UNSPENT_BUDGET, OPERATING_COSTS, DEBT_SERVICE }

    private double injected, spent, writtenOff;
    private final double[] injectedStep = new double[Source.values().length];
    private final double[] spentStep = new double[Sink.values().length];
    private final double[] givenStep = new double[K];
    private final double[] receivedStep = new double[K];
    private final double[][] channelStep = new double[K][K];
    private double givenTotalStep, receivedTotalStep;
    private final double[] salesStep = new double[K];
    private String closedPhase;

    /** Opens the ledger to flows, or (phase non-null) closes it while the named phase runs. */
    public void allowFlows(String closedInPhase) {
        closedPhase = closedInPhase;
    }

    private void flow(double amount) {
        check(amount);
        if (closedPhase != null) throw new IllegalStateException("money moved in the " + closedPhase + " phase, which moves none");
    }

    public void beginStep() {
        java.util.Arrays.fill(injectedStep, 0);
        java.util.Arrays.fill(spentStep, 0);
        java.util.Arrays.fill(givenStep, 0);
        java.util.Arrays.fill(receivedStep, 0);
        for (double[] row : channelStep) java.util.Arrays.fill(row, 0);
        givenTotalStep = receivedTotalStep = 0;
        java.util.Arrays.fill(salesStep, 0);
    }

    public void inject(Account to, double amount, Source source) {
        if (source == Source.INITIAL_HOLDINGS) check(amount);
        else flow(amount);
        to.setCash(to.cash() + amount);
        injected += amount;
        injectedStep[source.ordinal()] += amount;
    }

    /** Moves funding between two accounts; it cannot move more than the giver holds. */
    public void transfer(Account from, Account to, double amount) {
        flow(amount);
        if (amount > from.cash() + 1e-9) {
            throw new IllegalStateException("transfer of " + amount + " exceeds the " + from.cash() + " held by actor "
                    + from.index());
        }
        from.setCash(Math.max(0, from.cash() - amount));
        to.setCash(to.cash() + amount);
        givenStep[from.kind().ordinal()] += amount;
        receivedStep[to.kind().ordinal()] += amount;
        channelStep[from.kind().ordinal()][to.kind().ordinal()] += amount;
        givenTotalStep += amount;
        receivedTotalStep += amount;
    }

    /**
     * A buyer pays a seller for goods: money moves like a transfer but is tallied as sales by the buyer's kind, not
     * as funding.
     */
    public void sale(Account buyer, Account seller, double amount) {
        flow(amount);
        if (amount > buyer.cash() + 1e-9) {
            throw new IllegalStateException("payment of " + amount + " exceeds the " + buyer.cash() + " held by actor "
                    + buyer.index());
        }
        buyer.setCash(Math.max(0, buyer.cash() - amount));
        seller.setCash(seller.cash() + amount);
        salesStep[buyer.kind().ordinal()] += amount;
    }

    public void spend(Account from, double amount, Sink sink) {
        flow(amount);
        if (amount > from.cash() + 1e-9) {
            throw new IllegalStateException("spending " + amount + " exceeds the " + from.cash() + " held by actor "
                    + from.index());
        }
        from.setCash(Math.max(0, from.cash() - amount));
        spent += amount;
        spentStep[sink.ordinal()] += amount;
    }

    /** An actor leaves: whatever it holds leaves the network with it. */
    public void writeOff(Account from) {
        writtenOff += from.cash();
        from.setCash(0);
    }

    private static void check(double amount) {
        if (!(amount >= 0) || Double.isInfinite(amount)) throw new IllegalArgumentException("bad amount " + amount);
    }

    /** injected - spent - written off - held; zero (up to rounding) when funding is conserved. */
    public double imbalance(double heldByActiveActors) {
        return injected - spent - writtenOff - heldByActiveActors;
    }

    public double injected() { return injected; }
    public double spent() { return spent; }
    public double writtenOff() { return writtenOff; }
    public double injectedStep(Source s) { return injectedStep[s.ordinal()]; }
    public double spentStep(Sink s) { return spentStep[s.ordinal()]; }
    public double givenStep(ActorKind k) { return givenStep[k.ordinal()]; }
    public double receivedStep(ActorKind k) { return receivedStep[k.ordinal()]; }
    public double channelStep(ActorKind from, ActorKind to) { return channelStep[from.ordinal()][to.ordinal()]; }
    public double givenTotalStep() { return givenTotalStep; }
    public double salesStep(ActorKind buyer) { return salesStep[buyer.ordinal()]; }
    public double receivedTotalStep() { return receivedTotalStep; }
}
