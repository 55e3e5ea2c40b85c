package ayni.exchange;

/**
 * Whether an SME adopts sustainable practices (§7.2.6: SMEs want a short payback; only ~5% have credit, §1.1).
 * It adopts when the discounted benefit over its payback horizon covers the part of the cost it must bear, and it can
 * finance that part from its own capital or, if it has credit access, by borrowing.
 */
public final class AdoptionRule {
    private AdoptionRule() {}

    /** Present value of a monthly benefit over {@code months} at a yearly interest rate (monthly compounding). */
    public static double presentValue(double monthlyBenefit, int months, double yearlyRate) {
        double r = yearlyRate / 12.0;
        if (r == 0) return monthlyBenefit * months;
        return monthlyBenefit * (1.0 - Math.pow(1.0 + r, -months)) / r;
    }

    /**
     * @param cost          investment still to be financed by the SME after support and subsidy (USD)
     * @param monthlyBenefit premium, savings and avoided penalties per month (USD)
     * @param horizonMonths payback horizon
     * @param yearlyRate    interest rate, also the SME's discount rate
     * @param capital       own funds available (USD)
     * @param credit        whether it can borrow
     */
    public static boolean adopts(double cost, double monthlyBenefit, int horizonMonths, double yearlyRate,
                                 double capital, boolean credit) {
        if (cost <= 0) return monthlyBenefit >= 0;
        boolean financeable = capital >= cost || credit;
        return financeable && presentValue(monthlyBenefit, horizonMonths, yearlyRate) >= cost;
    }
}
