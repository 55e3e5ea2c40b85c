package ayni.domain;

/** Kinds of international cooperation agency (§8.5.2). */
public enum DonorKind implements Keyed {
    INTERNATIONAL_NGO, BILATERAL, MULTILATERAL, DEVELOPMENT_BANK, FOUNDATION;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
