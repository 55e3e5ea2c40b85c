package ayni.agents;

import ayni.domain.NgoType;
import ayni.exchange.Ledger;

/**
 * Projects run by government-organised NGOs (GONGOs; ODD 7.31; §7.2.6, §7.6a, §8.3, §8.5.1). A GONGO operates donor
 * projects like any NGO, but through government procedures: a share p.gongoProjectOverhead of each project payment
 * is spent on the programme's administration and never reaches the SME, so GONGO projects buy less adoption per
 * dollar ("less effective in promoting sustainability of SMEs than more typical NGOs", §8.3).
 */
final class GongoProjects {
    private GongoProjects() {}

    /**
     * Books the administration a project payment of {@code amount} costs the NGO running it (a GONGO only) as running
     * costs and returns what is left for the SME.
     */
    static double afterAdministration(Ngo n, double amount, World w) {
        if (n.type != NgoType.GONGO) return amount;
        double admin = Math.min(amount, amount * w.params.getGongoProjectOverhead());
        if (admin > 0) w.ledger.spend(n, admin, Ledger.Sink.RUNNING_COSTS);
        return amount - admin;
    }
}
