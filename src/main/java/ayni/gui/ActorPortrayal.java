package ayni.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/** Draws an {@link ActorNode} as a disc in its {@link NodeStyle}, with its name beside it. */
final class ActorPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 10);
    private static final Color LABEL_COLOUR = new Color(40, 40, 40);
    private final NetworkField field;

    ActorPortrayal(NetworkField field) {
        this.field = field;
    }

    private double pixels(NodeStyle s, DrawInfo2D info) {
        return Math.max(2.5, s.diameter() * info.draw.width);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        ActorNode node = (ActorNode) object;
        NodeStyle s = node.style(field.maxShare());
        boolean named = s.label() != null && field.labelled(node);
        double d = pixels(s, info);
        Ellipse2D.Double disc = new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
        g.setColor(s.fill());
        g.fill(disc);
        if (named || info.selected) {
            g.setColor(info.selected ? Color.BLACK : Color.WHITE);
            g.setStroke(new BasicStroke(info.selected ? 2.5f : 0.8f));
            g.draw(disc);
        }
        if (named) {
            g.setFont(LABEL);
            g.setColor(LABEL_COLOUR);
            float x = field.labelLeft(node) ? (float) (info.draw.x - d / 2 - 2 - g.getFontMetrics().stringWidth(s.label()))
                    : (float) (info.draw.x + d / 2 + 2);
            g.drawString(s.label(), x, (float) (info.draw.y + 4));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        NodeStyle s = ((ActorNode) object).style(field.maxShare());
        double d = Math.max(6, pixels(s, range));
        return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d).intersects(range.clip);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
