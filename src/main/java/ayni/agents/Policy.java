package ayni.agents;

import java.io.Serializable;

/**
 * The public policy an SME of a domain faces, combined over the government agencies serving it: the strictest
 * regulation, the largest subsidy and whether green credit or legal recognition of participatory certification exist.
 */
public record Policy(double regulation, double subsidy, GovernmentAgency subsidyPayer, GovernmentAgency greenCredit,
                     boolean certificationRecognition) implements Serializable {
    public static final Policy NONE = new Policy(0, 0, null, null, false);

    Policy with(GovernmentAgency g) {
        double reg = Math.max(regulation, g.regulation * g.enforcement);
        boolean better = g.subsidy > subsidy;
        return new Policy(reg, better ? g.subsidy : subsidy, better ? g : subsidyPayer,
                greenCredit != null ? greenCredit : (g.greenCredit ? g : null),
                certificationRecognition || g.certificationRecognition);
    }
}
