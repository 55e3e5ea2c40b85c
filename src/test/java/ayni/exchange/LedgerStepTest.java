package ayni.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ayni.StepWorld;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.model.AyniModel;
import org.junit.jupiter.api.Test;

/**
 * The money ledger (docs/ODD.md 7.26): conservation and the per-step tallies by source, sink, channel and buyer,
 * pinned exactly on a hand-made world over two monthly steps, and its refusals of bad amounts.
 */
class LedgerStepTest {

    /** A bare account: the ledger only reads and writes its cash. */
    private static final class Acc implements Account {
        final ActorKind kind;
        double cash;

        Acc(ActorKind kind, double cash) { this.kind = kind; this.cash = cash; }

        @Override public int index() { return 0; }
        @Override public ActorKind kind() { return kind; }
        @Override public double cash() { return cash; }
        @Override public void setCash(double c) { cash = c; }
    }

    /**
     * The green-credit world of SubmodelStepTest (StepWorld.greenCredit): an agency of budget 12,000 a year with green credit, one micro SME
     * without capital or credit of its own (practice 0) and a domestic buyer paying a 30% premium.
     * Month 1: the agency receives 1,000; the SME adopts (cost 1,500), reimbursed 40% = 600 by the agency (the only
     * transfer: channel government to SME) and borrowing 900 from banks; the agency's other 400 lapses. The buyer
     * gets 800 x 1.3 = 1,040 from consumers and pays it to the SME; the SME pays 720 operating costs + 48 for keeping
     * the practice and 60 of debt service (22.5 interest + 37.5 principal). Injected 1,000 + 900 + 1,040 = 2,940.
     * Month 2: the agency receives 1,000 and lets it all lapse (the SME has adopted: no transfer); the sale is 1,040
     * again. Every per-step tally is that month's alone; the totals accumulate and conserve money.
     */
    @Test
    void eachMonthsTalliesAreThatMonthsAloneAndMoneyIsConserved() {
        AyniModel m = StepWorld.start(StepWorld.greenCredit(12000));
        World w = m.world();
        Ledger l = w.ledger;
        double initial = l.injected(); // initial holdings (none in this world)
        assertEquals(0, initial, 1e-9);

        m.runStep();
        assertEquals(1000, l.injectedStep(Ledger.Source.GOVERNMENT_BUDGET), 1e-9);
        assertEquals(900, l.injectedStep(Ledger.Source.CREDIT), 1e-9);
        assertEquals(1040, l.injectedStep(Ledger.Source.DOMESTIC_DEMAND), 1e-9);
        assertEquals(0, l.injectedStep(Ledger.Source.EXPORT_DEMAND), 1e-9);
        assertEquals(1500, l.spentStep(Ledger.Sink.INVESTMENT), 1e-9);
        assertEquals(400, l.spentStep(Ledger.Sink.UNSPENT_BUDGET), 1e-9);
        assertEquals(720 + 48, l.spentStep(Ledger.Sink.OPERATING_COSTS), 1e-9);
        assertEquals(60, l.spentStep(Ledger.Sink.DEBT_SERVICE), 1e-9);
        assertEquals(600, l.channelStep(ActorKind.GOVERNMENT, ActorKind.SME), 1e-9);
        assertEquals(600, l.givenStep(ActorKind.GOVERNMENT), 1e-9);
        assertEquals(600, l.receivedStep(ActorKind.SME), 1e-9);
        assertEquals(0, l.receivedStep(ActorKind.GOVERNMENT), 1e-9);
        assertEquals(600, l.givenTotalStep(), 1e-9);
        assertEquals(600, l.receivedTotalStep(), 1e-9);
        assertEquals(1040, l.salesStep(ActorKind.COMPANY), 1e-9, "a sale is not a funding transfer");
        assertEquals(2940, l.injected(), 1e-9);
        assertEquals(1500 + 400 + 768 + 60, l.spent(), 1e-9);
        assertEquals(0, l.writtenOff(), 1e-9);
        assertEquals(w.held(), l.imbalance(0), 1e-9, "what entered and did not leave is held");
        assertEquals(0, l.imbalance(w.held()), 1e-9);
        double spent1 = l.spent();

        m.runStep();
        assertEquals(1000, l.injectedStep(Ledger.Source.GOVERNMENT_BUDGET), 1e-9);
        assertEquals(0, l.injectedStep(Ledger.Source.CREDIT), 1e-9);
        assertEquals(1040, l.injectedStep(Ledger.Source.DOMESTIC_DEMAND), 1e-9);
        assertEquals(0, l.spentStep(Ledger.Sink.INVESTMENT), 1e-9);
        assertEquals(1000, l.spentStep(Ledger.Sink.UNSPENT_BUDGET), 1e-9);
        assertEquals(0, l.channelStep(ActorKind.GOVERNMENT, ActorKind.SME), 1e-9);
        assertEquals(0, l.givenStep(ActorKind.GOVERNMENT), 1e-9);
        assertEquals(0, l.receivedStep(ActorKind.SME), 1e-9);
        assertEquals(0, l.givenTotalStep(), 1e-9);
        assertEquals(0, l.receivedTotalStep(), 1e-9);
        assertEquals(1040, l.salesStep(ActorKind.COMPANY), 1e-9);
        assertEquals(2940 + 2040, l.injected(), 1e-9);
        double spentStep = 0;
        for (Ledger.Sink s : Ledger.Sink.values()) spentStep += l.spentStep(s);
        assertEquals(l.spent() - spent1, spentStep, 1e-9, "the month's sinks add up to what it spent");
        assertEquals(0, l.imbalance(w.held()), 1e-9);
    }

    /** Injections, payments and spending of a negative or infinite amount are refused, whatever the account holds. */
    @Test
    void badAmountsAreRefused() {
        Ledger l = new Ledger();
        Acc a = new Acc(ActorKind.DONOR, 100), b = new Acc(ActorKind.NGO, 0);
        assertThrows(IllegalArgumentException.class, () -> l.inject(a, -1, Ledger.Source.DONOR_BUDGET));
        assertThrows(IllegalArgumentException.class, () -> l.inject(a, Double.POSITIVE_INFINITY, Ledger.Source.DONOR_BUDGET));
        // initial holdings are checked too, though they may be booked while the phases that move no money are closed
        assertThrows(IllegalArgumentException.class, () -> l.inject(a, -1, Ledger.Source.INITIAL_HOLDINGS));
        assertThrows(IllegalArgumentException.class, () -> l.inject(a, Double.NaN, Ledger.Source.INITIAL_HOLDINGS));
        assertThrows(IllegalArgumentException.class, () -> l.transfer(a, b, -1));
        assertThrows(IllegalArgumentException.class, () -> l.sale(a, b, -1));
        assertThrows(IllegalArgumentException.class, () -> l.spend(a, -1, Ledger.Sink.RUNNING_COSTS));
        assertEquals(100, a.cash, 0);
        assertEquals(0, l.injected(), 0);
    }

    /**
     * Moving exactly what an account holds plus the rounding tolerance of 1e-9 is allowed (the account is left at 0);
     * anything more is refused. A payment of the whole cash leaves 0, never a negative balance.
     */
    @Test
    void moneyMovesUpToWhatTheGiverHoldsWithinTheTolerance() {
        Ledger l = new Ledger();
        double edge = 100 + 1e-9; // the same sum the ledger compares with
        Acc a = new Acc(ActorKind.DONOR, 100), b = new Acc(ActorKind.NGO, 0);
        l.transfer(a, b, edge);
        assertEquals(0, a.cash, 0);
        assertEquals(edge, b.cash, 0);
        Acc c = new Acc(ActorKind.COMPANY, 100), s = new Acc(ActorKind.SME, 0);
        l.sale(c, s, edge);
        assertEquals(0, c.cash, 0);
        Acc n = new Acc(ActorKind.NGO, 100);
        l.spend(n, edge, Ledger.Sink.RUNNING_COSTS);
        assertEquals(0, n.cash, 0);
        assertEquals(edge, l.spent(), 0);
        Acc d = new Acc(ActorKind.DONOR, 100);
        assertThrows(IllegalStateException.class, () -> l.transfer(d, b, 100.001));
        assertThrows(IllegalStateException.class, () -> l.sale(d, b, 100.001));
        assertThrows(IllegalStateException.class, () -> l.spend(d, 100.001, Ledger.Sink.RUNNING_COSTS));
    }
}
