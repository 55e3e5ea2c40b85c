package ayni.gui;

import ayni.domain.Layer;
import java.util.EnumSet;
import java.util.Set;

/** Which tie layers the display shows (one check box each); all shown at first. Read from the drawing thread. */
public final class LayerFilter {
    private final Set<Layer> shown = EnumSet.allOf(Layer.class);

    public synchronized boolean shows(Layer l) {
        return shown.contains(l);
    }

    public synchronized void show(Layer l, boolean on) {
        if (on) shown.add(l);
        else shown.remove(l);
    }
}
