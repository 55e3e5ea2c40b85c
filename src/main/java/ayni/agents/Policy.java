package ayni.agents;

import java.io.Serializable;
import java.util.List;

/**
 * The public policy an SME of a domain faces, combined over the government agencies serving it: the strictest
 * regulation, the largest subsidy and whether green credit or legal recognition of participatory certification exist.
 * Every agency offering the largest subsidy (every agency offering green credit) is kept in registration order: the one
 * with the most cash when an SME invests pays ({@link #subsidyPayer}, {@link #greenCredit}), so an agency whose money
 * has run out never blocks what an equally generous one could pay.
 */
public record Policy(double regulation, double subsidy, List<GovernmentAgency> subsidyPayers,
                     List<GovernmentAgency> greenCreditors, boolean certificationRecognition) implements Serializable {
    public static final Policy NONE = new Policy(0, 0, List.of(), List.of(), false);

    public Policy {
        subsidyPayers = List.copyOf(subsidyPayers);
        greenCreditors = List.copyOf(greenCreditors);
    }

    Policy with(GovernmentAgency g) {
        double reg = Math.max(regulation, g.regulation * g.enforcement);
        List<GovernmentAgency> payers = subsidyPayers;
        if (g.subsidy > 0 && g.subsidy > subsidy) payers = List.of(g);
        else if (g.subsidy > 0 && g.subsidy == subsidy) payers = plus(subsidyPayers, g);
        return new Policy(reg, Math.max(subsidy, g.subsidy), payers,
                g.greenCredit ? plus(greenCreditors, g) : greenCreditors,
                certificationRecognition || g.certificationRecognition);
    }

    /** The agency offering the largest subsidy that holds the most cash now (the first registered among equals), or null. */
    public GovernmentAgency subsidyPayer() {
        return richest(subsidyPayers);
    }

    /** The agency offering green credit that holds the most cash now (the first registered among equals), or null. */
    public GovernmentAgency greenCredit() {
        return richest(greenCreditors);
    }

    private static GovernmentAgency richest(List<GovernmentAgency> agencies) {
        GovernmentAgency best = null;
        for (GovernmentAgency g : agencies) if (best == null || g.cash > best.cash) best = g;
        return best;
    }

    private static List<GovernmentAgency> plus(List<GovernmentAgency> list, GovernmentAgency g) {
        GovernmentAgency[] a = list.toArray(new GovernmentAgency[list.size() + 1]);
        a[list.size()] = g;
        return List.of(a);
    }
}
