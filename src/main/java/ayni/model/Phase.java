package ayni.model;

/**
 * The named phases of one monthly step, in schedule order (MASON orderings 0..8). Money moves only in the phases that
 * say so ({@link #movesMoney}): the ledger refuses flows in the others (entry and exit holdings apart).
 */
public enum Phase {
    /** Timeline: entries, exits, elections; policy refresh; new step's ledger and counters. */
    EVENTS(false),
    /** Donors' and governments' monthly budgets arrive from outside the network. */
    BUDGETS(true),
    /** Each actor decides, moving no money: grantees, partner search, suppliers, SME exit. */
    ACT(false),
    /** NGOs' own income (sales, service and member fees) arrives; NGOs and platforms pay running costs and activities, retrench or close. */
    RUNNING_COSTS(true),
    /** SMEs adopt (paying the investment from project money, subsidy, green credit, own funds or a bank loan) or revert; practice grows; certification. */
    INVESTMENT(true),
    /** Funding, knowledge and legitimacy flows, by kind: donors, governments, platforms, NGOs, SMEs, companies. */
    EXCHANGE(true),
    /** The market: buyers pay their suppliers, other SMEs sell locally; SMEs pay operating costs and debt, or close. */
    MARKET(true),
    /** Relations turn conflictive (confrontation, power struggle); ties strengthen, decay and dissolve; discourse positions move. */
    UPDATE(false),
    /** Measures are taken (observers registered by the caller). */
    OBSERVE(false);

    private final boolean movesMoney;

    Phase(boolean movesMoney) {
        this.movesMoney = movesMoney;
    }

    /** Whether money may move in this phase. */
    public boolean movesMoney() {
        return movesMoney;
    }
}
