package ayni.metrics;

import ayni.agents.Actor;
import ayni.agents.Ngo;
import ayni.agents.World;
import ayni.domain.ActorKind;

/**
 * Who is active and in which groups, read once on the simulation's thread so that sums of a per-actor measure can be
 * taken on another: the active actors in registration order with their kind, and kind by kind in the active lists'
 * order with their NGO type and domain (-1 for none). Each sum runs in the order the world-based sums always ran in,
 * so the results are the same to the last bit.
 */
public record ActorGroups(int[] registered, int[] kindOf, int[] grouped, int[] typeOf, int[] domainOf) {

    public static ActorGroups of(World w) {
        int n = 0;
        for (ActorKind k : ActorKind.values()) n += w.activeCount(k);
        int[] registered = new int[n], kindOf = new int[n], grouped = new int[n], typeOf = new int[n], domainOf = new int[n];
        int i = 0;
        for (Actor a : w.actors()) {
            if (!a.active()) continue;
            registered[i] = a.index();
            kindOf[i++] = a.kind().ordinal();
        }
        i = 0;
        for (ActorKind k : ActorKind.values()) {
            for (Actor a : w.active(k)) {
                grouped[i] = a.index();
                typeOf[i] = a instanceof Ngo ngo ? ngo.type().ordinal() : -1;
                domainOf[i++] = a.domain() == null ? -1 : a.domain().ordinal();
            }
        }
        return new ActorGroups(registered, kindOf, grouped, typeOf, domainOf);
    }

    /** A per-actor measure summed by kind, over the active actors in registration order. */
    public double[] byKind(double[] perActor) {
        double[] s = new double[ActorKind.values().length];
        for (int i = 0; i < registered.length; i++) s[kindOf[i]] += perActor[registered[i]];
        return s;
    }
}
