package ayni.domain;

/** NGO types of thesis Table 8.3 (§8.3). */
public enum NgoType implements Keyed {
    CONVENTIONAL, PRODUCER, MARKET, BUSINESS, TECHNOCRATIC, GONGO;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
