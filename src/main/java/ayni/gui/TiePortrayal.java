package ayni.gui;

import ayni.style.Palette;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import sim.display.GUIState;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/** Draws a {@link TieEdge} as a line coloured by layer, width by weight; hidden layers are neither drawn nor clickable. */
final class TiePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final LayerFilter filter;

    TiePortrayal(LayerFilter filter) {
        this.filter = filter;
    }

    private static TieEdge tie(Object object) {
        return (TieEdge) ((Edge) object).info;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        TieEdge t = tie(object);
        if (!filter.shows(t.layer())) return;
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        g.setPaint(info.selected ? java.awt.Color.BLACK : Palette.tie(t.layer()));
        g.setStroke(new BasicStroke((float) Math.max(0.4, Palette.tieWidth(t.getWeight()) * e.draw.width
                * (info.selected ? 2 : 1))));
        g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        if (!filter.shows(tie(object).layer())) return false;
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) range;
        return Line2D.ptSegDist(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y, range.clip.getCenterX(),
                range.clip.getCenterY()) <= 3;
    }

    /** Inspects the tie itself (layer, weight, flows, age), not MASON's edge record. */
    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new SimpleInspector(tie(wrapper.getObject()), state, "Tie");
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(tie(wrapper.getObject()));
    }
}
