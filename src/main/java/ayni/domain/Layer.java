package ayni.domain;

/** Layers of the multiplex tie network. */
public enum Layer implements Keyed {
    FUNDING, KNOWLEDGE, LEGITIMACY, MARKET;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
