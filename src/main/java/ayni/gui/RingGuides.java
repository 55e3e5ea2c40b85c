package ayni.gui;

import ayni.domain.ActorKind;
import ayni.style.Palette;
import ayni.style.RingLayout;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The rings of the network view: a faint circle in the kind's colour for each ring (a shaded band for the SMEs), drawn
 * under the ties, and the ring's name, drawn over the actors where the ring crosses the vertical line above the centre
 * (the gap between its last and its first actor), so a class can tell donors from NGOs at a glance however dense the
 * ties.
 */
final class RingGuides extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Font FONT = new Font("SansSerif", Font.BOLD, 11);

    /** One ring in field units: its name, colour, outer and inner radius, and the box its name takes. */
    record Guide(String name, Color colour, double radius, double inner, Rectangle2D labelBox) {}

    /** True: the rings' names, drawn over the actors so no tie hides them; false: the circles, drawn under the ties. */
    private final boolean names;

    RingGuides(boolean names) {
        this.names = names;
        setField(RingLayout.rings()); // drawn from the layout's geometry; the field is only what MASON needs to draw it
    }

    /** The rings, outside in, in field units. */
    static List<Guide> guides() {
        List<Guide> out = new ArrayList<>();
        double c = NetworkField.SIZE / 2;
        for (RingLayout.Ring r : RingLayout.rings()) {
            List<String> names = new ArrayList<>();
            for (ActorKind k : r.kinds()) names.add(Palette.label(k));
            String name = String.join(" and ", names);
            double radius = r.radius() * NetworkField.STRETCH * NetworkField.SIZE;
            double inner = r.inner() * NetworkField.STRETCH * NetworkField.SIZE;
            double w = name.length() * NetworkField.CHAR_WIDTH;
            // just above the circle, centred on the vertical through the centre
            Rectangle2D box = new Rectangle2D.Double(c - w / 2, c - radius - NetworkField.LINE_HEIGHT, w, NetworkField.LINE_HEIGHT);
            out.add(new Guide(name, r.kinds().size() == 1 ? Palette.kind(r.kinds().get(0)) : Color.GRAY, radius, inner, box));
        }
        return out;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        double px = info.draw.width / NetworkField.SIZE; // pixels per field unit
        double cx = info.draw.x + info.draw.width / 2, cy = info.draw.y + info.draw.height / 2;
        g.setFont(FONT);
        for (Guide r : guides()) {
            Color faint = new Color(r.colour().getRed(), r.colour().getGreen(), r.colour().getBlue(), 70);
            double R = r.radius() * px, I = r.inner() * px;
            if (!names && r.inner() < r.radius()) {
                Area band = new Area(new Ellipse2D.Double(cx - R, cy - R, 2 * R, 2 * R));
                band.subtract(new Area(new Ellipse2D.Double(cx - I, cy - I, 2 * I, 2 * I)));
                g.setColor(new Color(r.colour().getRed(), r.colour().getGreen(), r.colour().getBlue(), 18));
                g.fill(band);
            }
            if (!names) {
                g.setColor(faint);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(new Ellipse2D.Double(cx - R, cy - R, 2 * R, 2 * R));
                continue;
            }
            int w = g.getFontMetrics().stringWidth(r.name());
            float x = (float) (cx - w / 2.0), y = (float) (cy - R - 4);
            g.setColor(new Color(255, 255, 255, 200));
            g.fillRect((int) x - 2, (int) (y - g.getFontMetrics().getAscent()), w + 4, g.getFontMetrics().getAscent() + 3);
            g.setColor(r.colour().darker());
            g.drawString(r.name(), x, y);
        }
    }
}
