package ayni.gui;

import java.lang.reflect.Field;
import sim.display.Console;
import sim.display.Controller;

/**
 * Puts a newly opened scenario's seed into the Console's seed field. MASON 18 offers no public setter, so this reaches
 * the two fields by reflection and gives up quietly if they ever change (the Console then keeps the old seed, which the
 * user can still type in).
 */
final class ConsoleSeed {
    private ConsoleSeed() {}

    static void set(Controller c, long seed) {
        if (!(c instanceof Console console)) return;
        try {
            Field s = Console.class.getDeclaredField("randomSeed");
            s.setAccessible(true);
            s.setLong(console, seed);
            Field f = Console.class.getDeclaredField("randomField");
            f.setAccessible(true);
            ((sim.util.gui.PropertyField) f.get(console)).setValue(Long.toString(seed));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // keep the Console's seed
        }
    }
}
