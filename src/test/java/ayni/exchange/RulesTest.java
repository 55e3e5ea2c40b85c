package ayni.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.ActorKind;
import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void presentValueWithoutInterestIsBenefitTimesMonths() {
        assertEquals(1200.0, AdoptionRule.presentValue(100, 12, 0), 1e-9);
    }

    @Test
    void presentValueDiscountsMonthly() {
        // 100/month for 2 months at 12%/yr = 1%/month: 100/1.01 + 100/1.01^2
        assertEquals(100 / 1.01 + 100 / (1.01 * 1.01), AdoptionRule.presentValue(100, 2, 0.12), 1e-9);
    }

    @Test
    void smeWithoutCreditOrCapitalDoesNotAdoptEvenIfItPays() {
        // cost 1500, benefit 200/month: pays back within 24 months, but no capital and no credit
        assertTrue(AdoptionRule.presentValue(200, 24, 0.3) > 1500);
        assertFalse(AdoptionRule.adopts(1500, 200, 24, 0.3, 0, false));
        assertTrue(AdoptionRule.adopts(1500, 200, 24, 0.3, 0, true));
        assertTrue(AdoptionRule.adopts(1500, 200, 24, 0.3, 1500, false));
    }

    @Test
    void smeWithAShortHorizonDoesNotAdoptALongPaybackInvestment() {
        // 1500 at 50/month needs 30+ months even without interest; a 24-month horizon refuses it
        assertFalse(AdoptionRule.adopts(1500, 50, 24, 0.0, 10_000, true));
        assertTrue(AdoptionRule.adopts(1500, 50, 36, 0.0, 10_000, true));
    }

    @Test
    void fullySupportedAdoptionNeedsNoFinance() {
        assertTrue(AdoptionRule.adopts(0, 0, 24, 0.3, 0, false));
    }

    @Test
    void knowledgeGainHasDiminishingReturnsAndNeedsABetterTeacher() {
        // rate 0.1, weight 1, giver 0.8, receiver 0.2: 0.1 * 1 * 0.6 * 0.8 = 0.048
        assertEquals(0.048, KnowledgeRule.gain(0.2, 0.8, 1.0, 0.1), 1e-12);
        assertEquals(0.0, KnowledgeRule.gain(0.8, 0.5, 1.0, 0.1));
        assertTrue(KnowledgeRule.gain(0.1, 0.9, 1, 0.1) > KnowledgeRule.gain(0.5, 0.9, 1, 0.1));
        // a tie of weight 0.5 passes half: 0.1 * 0.5 * 0.6 * 0.8 = 0.024
        assertEquals(0.024, KnowledgeRule.gain(0.2, 0.8, 0.5, 0.1), 1e-12);
    }

    @Test
    void anInvestmentThatExactlyPaysBackIsAdopted() {
        // 100 a month for 12 months without interest is worth 1,200: exactly the cost, so it is worth making
        assertTrue(AdoptionRule.adopts(1200, 100, 12, 0, 5000, false));
        assertFalse(AdoptionRule.adopts(1200.01, 100, 12, 0, 5000, false));
    }

    static final class Acc implements Account {
        final int i;
        final ActorKind k;
        double cash;

        Acc(int i, ActorKind k) { this.i = i; this.k = k; }
        @Override public int index() { return i; }
        @Override public ActorKind kind() { return k; }
        @Override public double cash() { return cash; }
        @Override public void setCash(double c) { cash = c; }
    }

    @Test
    void ledgerBalancesInjectionsTransfersSpendingAndWriteOffs() {
        Ledger l = new Ledger();
        Acc d = new Acc(0, ActorKind.DONOR), n = new Acc(1, ActorKind.NGO), s = new Acc(2, ActorKind.SME);
        l.beginStep();
        l.inject(d, 1000, Ledger.Source.DONOR_BUDGET);
        l.transfer(d, n, 600);
        l.transfer(n, s, 250);
        l.spend(n, 100, Ledger.Sink.RUNNING_COSTS);
        l.writeOff(s);
        assertEquals(400, d.cash);
        assertEquals(250, n.cash);
        assertEquals(0, s.cash);
        assertEquals(0.0, l.imbalance(d.cash + n.cash), 1e-9);
        assertEquals(600, l.givenStep(ActorKind.DONOR));
        assertEquals(250, l.receivedStep(ActorKind.SME));
        assertEquals(l.givenTotalStep(), l.receivedTotalStep());
        assertEquals(600, l.channelStep(ActorKind.DONOR, ActorKind.NGO));
    }

    @Test
    void ledgerRefusesToCreateMoney() {
        Ledger l = new Ledger();
        Acc d = new Acc(0, ActorKind.DONOR), n = new Acc(1, ActorKind.NGO);
        l.inject(d, 10, Ledger.Source.DONOR_BUDGET);
        assertThrows(IllegalStateException.class, () -> l.transfer(d, n, 11));
        assertThrows(IllegalStateException.class, () -> l.spend(d, 11, Ledger.Sink.INVESTMENT));
        assertThrows(IllegalArgumentException.class, () -> l.transfer(d, n, -1));
    }
}
