package ayni.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.domain.NgoType;
import ayni.style.Palette;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the display draws for given actors, without a screen. */
class PortrayalTest {
    @Test
    void colourByKindWithNgoTypesAsShadesOfTheNgoColour() {
        assertEquals(Palette.kind(ActorKind.DONOR), NodeStyle.of(ActorKind.DONOR, null, "OXFAM-NOVIB", 0.1, 0.2).fill());
        assertEquals(Palette.kind(ActorKind.SME), NodeStyle.of(ActorKind.SME, null, "g 1", 0.001, 0.2).fill());
        assertEquals(Palette.kind(ActorKind.NGO), NodeStyle.of(ActorKind.NGO, NgoType.CONVENTIONAL, "IDMA", 0.1, 0.2).fill());
        Set<Integer> shades = new HashSet<>();
        for (NgoType t : NgoType.values()) {
            java.awt.Color c = NodeStyle.of(ActorKind.NGO, t, "x", 0.1, 0.2).fill();
            shades.add(c.getRGB());
            assertTrue(c.getRed() >= c.getGreen() && c.getRed() >= c.getBlue(), t + " stays a red");
        }
        assertEquals(NgoType.values().length, shades.size(), "every NGO type has its own shade");
        for (ActorKind k : ActorKind.values()) {
            if (k != ActorKind.NGO) assertNotEquals(Palette.kind(ActorKind.NGO), Palette.kind(k));
        }
    }

    @Test
    void sizeGrowsWithPowerAndTheMostPowerfulIsLargest() {
        double small = NodeStyle.of(ActorKind.NGO, NgoType.MARKET, "a", 0.01, 0.16).diameter();
        double big = NodeStyle.of(ActorKind.NGO, NgoType.MARKET, "b", 0.16, 0.16).diameter();
        double none = NodeStyle.of(ActorKind.NGO, NgoType.MARKET, "c", 0, 0.16).diameter();
        assertTrue(none < small && small < big);
        assertEquals(30, big, 1e-9, "6 + 24 at the largest share");
        assertEquals(6 + 24 * 0.25, small, 1e-9, "area proportional to the share: diameter by its square root");
        assertTrue(NodeStyle.of(ActorKind.SME, null, "s", 0.16, 0.16).diameter() < big, "SMEs stay small dots");
        assertEquals(6, NodeStyle.of(ActorKind.DONOR, null, "d", 0.3, 0).diameter(), "nothing measured yet");
    }

    @Test
    void namedActorsAreLabelledSmesAreNot() {
        assertEquals("RAE Peru", NodeStyle.of(ActorKind.PLATFORM, null, "RAE Peru", 0.1, 0.2).label());
        assertNull(NodeStyle.of(ActorKind.SME, null, "ANPE producers 12", 0.1, 0.2).label());
        String longName = "Ministry of Agriculture (MINAG), organic programme";
        String l = NodeStyle.of(ActorKind.GOVERNMENT, null, longName, 0.1, 0.2).label();
        assertEquals(NodeStyle.MAX_LABEL, l.length());
        assertTrue(l.endsWith("..") && longName.startsWith(l.substring(0, l.length() - 2)));
    }

    @Test
    void layersCanBeHiddenAndShownAgain() {
        LayerFilter f = new LayerFilter();
        for (Layer l : Layer.values()) assertTrue(f.shows(l));
        f.show(Layer.KNOWLEDGE, false);
        assertFalse(f.shows(Layer.KNOWLEDGE));
        assertTrue(f.shows(Layer.FUNDING));
        f.show(Layer.KNOWLEDGE, true);
        assertTrue(f.shows(Layer.KNOWLEDGE));
    }

    @Test
    void layersHaveDistinctColoursAndTiesWidenWithWeight() {
        Set<Integer> colours = new HashSet<>();
        for (Layer l : Layer.values()) colours.add(Palette.layer(l).getRGB());
        assertEquals(Layer.values().length, colours.size());
        assertTrue(Palette.tieWidth(1) > Palette.tieWidth(0.2));
    }
}
