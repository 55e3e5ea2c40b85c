package ayni.model;

/** The named phases of one monthly step, in schedule order (MASON orderings 0..4). */
public enum Phase {
    /** Timeline: entries, exits, elections; policy refresh; new step's ledger and counters. */
    EVENTS,
    /** Each actor decides: budgets, grants, costs, adoption, partner search. */
    ACT,
    /** Funding, knowledge and legitimacy flows, by kind: donors, governments, platforms, NGOs, SMEs, companies. */
    EXCHANGE,
    /** The market: buyers pay their suppliers, other SMEs sell locally; SMEs pay operating costs and debt, or close. */
    MARKET,
    /** Relations turn conflictive (confrontation, power struggle); ties strengthen, decay and dissolve; discourse positions move. */
    UPDATE,
    /** Measures are taken (observers registered by the caller). */
    OBSERVE
}
