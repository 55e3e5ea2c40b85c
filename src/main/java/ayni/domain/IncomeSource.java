package ayni.domain;

/**
 * Sources of income (§5.5, §8.4), by who pays: a donor's grant, a government contract or co-financing, own fees,
 * sales and member fees, money a platform passes on, and an NGO's project money for an SME.
 */
public enum IncomeSource implements Keyed {
    DONOR_GRANTS, GOVERNMENT_CONTRACTS, SERVICE_FEES, SALES, MEMBER_FEES, PLATFORM_FUNDS, PROJECTS;

    private final String key = Keyed.camel(name());

    @Override
    public String key() { return key; }
}
