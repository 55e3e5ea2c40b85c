package ayni.domain;

/** Channels through which a donor funds (§8.5.2). */
public enum Channel implements Keyed {
    NGO, PLATFORM, GOVERNMENT, SME;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
