package ayni.agents;

import ayni.domain.ActorKind;
import ayni.scenario.Parameters;

/**
 * Mistrust between opposing discourses (§8.6.1: "cooperation among actors affiliated to the same discourse is more
 * feasible than among actors affiliated to different discourses"; polarisation "enhances mistrust"): an organisation
 * does not seek a new tie with an organisation beyond its latitude of rejection ({@code discourseRejectionDistance},
 * the distance at which a partner's position also pushes instead of pulls, 7.22). SMEs are left to their own refusal
 * rule (7.9).
 */
final class Mistrust {
    private Mistrust() {}

    /** Whether two organisations (neither an SME) stand too far apart in discourse to form a new tie. */
    static boolean rejects(Actor a, Actor b, Parameters p) {
        return a.kind != ActorKind.SME && b.kind != ActorKind.SME
                && a.discourse.distance(b.discourse) > p.getDiscourseRejectionDistance();
    }
}
