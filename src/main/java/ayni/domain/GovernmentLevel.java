package ayni.domain;

/** Level of a government agency. */
public enum GovernmentLevel implements Keyed {
    NATIONAL, REGIONAL, MUNICIPAL;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
