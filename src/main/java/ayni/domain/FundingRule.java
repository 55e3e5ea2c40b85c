package ayni.domain;

/** How a donor chooses and renews grantees: flexible (legitimacy, shared views) or performance-based (business plans, short-term measured results; §8.5.2). */
public enum FundingRule implements Keyed {
    FLEXIBLE, PERFORMANCE;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
