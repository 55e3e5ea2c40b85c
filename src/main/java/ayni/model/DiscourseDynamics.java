package ayni.model;

import ayni.agents.Actor;
import ayni.agents.Mistrust;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Layer;
import ayni.network.TieStore;
import java.util.List;

/**
 * Discourse positions move by influence along ties (toward the tie-weighted mean position of partners) and under
 * funders' pressure (toward the funding-weighted mean position of this month's funders) (§8.3, §8.5.2). A partner
 * beyond the latitude of rejection does not pull but pushes the actor away (social judgment): ties between opposing
 * discourses are "not a guarantee for cooperation" and polarisation "enhances mistrust" (§8.3 L3175-3177, §8.6.1),
 * so tied networks of opposing views drift apart (the diverging shift) while untied ones converge through their
 * common funders (the converging shift). Donors keep their positions: they are the programmers. All new positions
 * are computed from the old ones, then set together.
 */
final class DiscourseDynamics {
    private DiscourseDynamics() {}

    static void update(World w) {
        double influence = w.params.getDiscourseInfluenceRate(), pressure = w.params.getFunderPressureRate();
        double reject = w.params.getDiscourseRejectionDistance(), repulsion = w.params.getDiscourseRepulsionRate();
        if (influence == 0 && pressure == 0 && repulsion == 0) return;
        int step = w.step();
        List<Actor> all = w.actors();
        double[] nx = new double[all.size()], ny = new double[all.size()];
        boolean[] moved = new boolean[all.size()];
        // every position read once into two arrays, so that the tie loops below read a partner's position from them
        // instead of through its actor and discourse objects (two dependent loads per tie end at 500,000 actors)
        // (and whether each is an organisation, for the position rule), not through two objects per tie end
        double[] px = new double[all.size()], py = new double[all.size()];
        boolean[] org = new boolean[all.size()];
        for (Actor a : all) {
            Discourse d = a.discourse();
            px[a.index()] = d.x();
            py[a.index()] = d.y();
            org[a.index()] = a.kind() != ActorKind.SME;
        }
        for (ActorKind k : ActorKind.values()) {
            if (k == ActorKind.DONOR) continue;
            for (Actor a : w.active(k)) {
                double sx = 0, sy = 0, sw = 0, fx = 0, fy = 0, fw = 0, rx = 0, ry = 0, rw = 0;
                Discourse p = a.discourse();
                // on the tie columns by slot (no handle per tie), in store order as before
                TieStore ts = w.ties;
                int ai = a.index();
                boolean ao = org[ai];
                double ax = px[ai], ay = py[ai];
                for (int i = 0, n = ts.outDegree(ai); i < n; i++) {
                    int s = ts.outSlot(ai, i), b = ts.to(s);
                    double tw = ts.weight(s);
                    if (Mistrust.rejectsPosition(ao, ax, ay, org[b], px[b], py[b], ts.layer(s), reject)) { rx += tw * px[b]; ry += tw * py[b]; rw += tw; }
                    else { sx += tw * px[b]; sy += tw * py[b]; sw += tw; }
                }
                for (int i = 0, n = ts.inDegree(ai); i < n; i++) {
                    int s = ts.inSlot(ai, i), b = ts.from(s);
                    double tw = ts.weight(s);
                    if (Mistrust.rejectsPosition(ao, ax, ay, org[b], px[b], py[b], ts.layer(s), reject)) { rx += tw * px[b]; ry += tw * py[b]; rw += tw; }
                    else { sx += tw * px[b]; sy += tw * py[b]; sw += tw; }
                    double f = ts.layer(s) == Layer.FUNDING ? ts.flowAt(s, step) : 0;
                    if (f > 0) { fx += f * px[b]; fy += f * py[b]; fw += f; }
                }
                double x = p.x(), y = p.y();
                if (sw > 0) { x += influence * (sx / sw - p.x()); y += influence * (sy / sw - p.y()); }
                // the push grows with the share of the actor's tie weight that lies beyond its latitude of rejection
                if (rw > 0) {
                    double push = repulsion * rw / (sw + rw);
                    x += push * (p.x() - rx / rw);
                    y += push * (p.y() - ry / rw);
                }
                if (fw > 0) { x += pressure * (fx / fw - p.x()); y += pressure * (fy / fw - p.y()); }
                nx[a.index()] = x;
                ny[a.index()] = y;
                moved[a.index()] = sw > 0 || fw > 0 || rw > 0;
            }
        }
        for (Actor a : all) if (moved[a.index()]) a.setDiscourse(new Discourse(nx[a.index()], ny[a.index()]));
    }}
