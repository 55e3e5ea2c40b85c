package ayni.model;

import ayni.agents.Actor;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Discourse;
import ayni.domain.Layer;
import ayni.network.Tie;
import ayni.network.TieStore;
import java.util.List;

/**
 * Discourse positions move by influence along ties (toward the tie-weighted mean position of partners) and under
 * funders' pressure (toward the funding-weighted mean position of this month's funders) (§8.3, §8.5.2). Donors keep
 * their positions: they are the programmers. All new positions are computed from the old ones, then set together.
 */
final class DiscourseDynamics {
    private DiscourseDynamics() {}

    static void update(World w) {
        double influence = w.params.getDiscourseInfluenceRate(), pressure = w.params.getFunderPressureRate();
        if (influence == 0 && pressure == 0) return;
        int step = w.step();
        List<Actor> all = w.actors();
        double[] nx = new double[all.size()], ny = new double[all.size()];
        boolean[] moved = new boolean[all.size()];
        for (ActorKind k : ActorKind.values()) {
            if (k == ActorKind.DONOR) continue;
            for (Actor a : w.active(k)) {
                double sx = 0, sy = 0, sw = 0, fx = 0, fy = 0, fw = 0;
                for (Tie t : w.ties.out(a.index())) {
                    Discourse d = w.actor(t.to()).discourse();
                    sx += t.weight() * d.x(); sy += t.weight() * d.y(); sw += t.weight();
                }
                for (Tie t : w.ties.in(a.index())) {
                    Discourse d = w.actor(t.from()).discourse();
                    sx += t.weight() * d.x(); sy += t.weight() * d.y(); sw += t.weight();
                    double f = t.layer() == Layer.FUNDING ? TieStore.flowAt(t, step) : 0;
                    if (f > 0) { fx += f * d.x(); fy += f * d.y(); fw += f; }
                }
                Discourse p = a.discourse();
                double x = p.x(), y = p.y();
                if (sw > 0) { x += influence * (sx / sw - p.x()); y += influence * (sy / sw - p.y()); }
                if (fw > 0) { x += pressure * (fx / fw - p.x()); y += pressure * (fy / fw - p.y()); }
                nx[a.index()] = x;
                ny[a.index()] = y;
                moved[a.index()] = sw > 0 || fw > 0;
            }
        }
        for (Actor a : all) if (moved[a.index()]) a.setDiscourse(new Discourse(nx[a.index()], ny[a.index()]));
    }
}
