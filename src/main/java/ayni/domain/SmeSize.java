package ayni.domain;

/** SME size classes (seed 002, the PROMPYME policy paper (c. 2003), Table 1; 002:199-203). */
public enum SmeSize implements Keyed {
    MICRO, SMALL, MEDIUM;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
