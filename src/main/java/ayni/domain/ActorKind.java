package ayni.domain;

/** Kinds of actor in the network. */
public enum ActorKind implements Keyed {
    DONOR, NGO, SME, GOVERNMENT, COMPANY, PLATFORM;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
