package ayni.domain;

/** How a donor leaves: cutting running grants at once, or letting them run to their end. */
public enum ExitMode implements Keyed {
    ABRUPT, GRANT_END;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
