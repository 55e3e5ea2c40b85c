package ayni.domain;

/** Sources of NGO income (§5.5, §8.4). */
public enum IncomeSource implements Keyed {
    DONOR_GRANTS, GOVERNMENT_CONTRACTS, SERVICE_FEES, SALES, MEMBER_FEES;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
