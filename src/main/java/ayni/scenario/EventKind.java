package ayni.scenario;

import ayni.domain.Keyed;

/** The kinds of dated event a scenario (or a teacher's lever) can apply; keys as written in scenario files. */
public enum EventKind implements Keyed {
    DONOR_EXIT, BUDGET_CHANGE, FUNDING_RULE, DOMAIN_SHIFT, CHANNEL_SHIFT, NGO_TYPE_SHIFT, ACTOR_ENTRY, ACTOR_EXIT,
    PLATFORM_CREATE, PLATFORM_DISSOLVE, POLICY, MARKET_SHOCK, ELECTION, PARAMETER;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
