package ayni.domain;

/** The thesis's three case domains (§1.1). */
public enum Domain implements Keyed {
    ORGANIC, SOCIAL_RESPONSIBILITY, SUSTAINABLE_PRODUCTION;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
