package ayni.domain;

/** Whether an SME sells to export buyers and large firms or to local markets (§7.2.6). */
public enum MarketOrientation implements Keyed {
    EXPORT, LOCAL;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
