package ayni.agents;

import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Layer;
import ayni.scenario.Parameters;

/**
 * Mistrust between opposing discourses (§8.6.1: "cooperation among actors affiliated to the same discourse is more
 * feasible than among actors affiliated to different discourses"; polarisation "enhances mistrust"): an organisation
 * does not seek a new tie with an organisation beyond its latitude of rejection ({@code discourseRejectionDistance},
 * the distance at which a partner's position also pushes instead of pulls, 7.33). SMEs are left to their own refusal
 * rule (7.9).
 */
public final class Mistrust {
    private Mistrust() {}

    /**
     * Whether an actor rejects the position of its tie partner (7.33): both are organisations (SMEs follow the
     * organisations that serve them and refuse by their own rule, 7.9), the tie is not a funding tie (a funded actor
     * bends to its funders' agenda, §8.5.2, §7.2.6 L2808) and they stand farther apart than the latitude. On values
     * read into arrays (discourse dynamics and the power measures at 500,000 actors): whether each side is an
     * organisation (not an SME) and its position.
     */
    public static boolean rejectsPosition(boolean aOrganisation, double ax, double ay, boolean bOrganisation, double bx,
                                          double by, Layer layer, double latitude) {
        return layer != Layer.FUNDING && aOrganisation && bOrganisation && Discourse.distance(ax, ay, bx, by) > latitude;
    }

    /** Whether two organisations (neither an SME) stand too far apart in discourse to form a new tie. */
    static boolean rejects(Actor a, Actor b, Parameters p) {
        return apart(a, b, p.getDiscourseRejectionDistance());
    }

    private static boolean apart(Actor a, Actor b, double latitude) {
        return a.kind != ActorKind.SME && b.kind != ActorKind.SME && a.discourse.distance(b.discourse) > latitude;
    }
}
