package ayni.domain;

/** SME size classes (seeds-other.md; 002:199-203). */
public enum SmeSize implements Keyed {
    MICRO, SMALL, MEDIUM;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
