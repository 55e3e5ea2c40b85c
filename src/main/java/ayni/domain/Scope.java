package ayni.domain;

/** Geographic scope of an NGO. */
public enum Scope implements Keyed {
    LOCAL, NATIONAL, INTERNATIONAL;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
