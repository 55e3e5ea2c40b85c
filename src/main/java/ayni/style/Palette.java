package ayni.style;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.domain.NgoType;
import java.awt.Color;

/** Colours and labels per actor kind, NGO type and tie layer, the same in every chart, picture and the GUI. */
public final class Palette {
    /** Colours for series that are not actor kinds (channels, arms, segments), distinguishable in print. */
    public static final Color[] SERIES = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
            new Color(0xbcbd22), new Color(0x17becf)};

    private Palette() {}

    public static Color kind(ActorKind k) {
        return switch (k) {
            case DONOR -> new Color(0x1f77b4);
            case NGO -> new Color(0xd62728);
            case SME -> new Color(0x2ca02c);
            case GOVERNMENT -> new Color(0xff7f0e);
            case COMPANY -> new Color(0x8c564b);
            case PLATFORM -> new Color(0x9467bd);
        };
    }

    /** "Donors", "NGOs", ... as in chart legends. */
    public static String label(ActorKind k) {
        return switch (k) {
            case DONOR -> "Donors";
            case NGO -> "NGOs";
            case SME -> "SMEs";
            case GOVERNMENT -> "Government";
            case COMPANY -> "Companies";
            case PLATFORM -> "Platforms";
        };
    }

    /**
     * NGOs in shades of the NGO red, one per type (§8.3 Table 8.3): conventional the base red, market and business
     * NGOs darker, producer NGOs lighter, technocratic and government-organised NGOs greyer, so the kind stays
     * recognisable while the type can be told apart.
     */
    public static Color ngo(NgoType t) {
        return switch (t) {
            case CONVENTIONAL -> new Color(0xd62728);
            case PRODUCER -> new Color(0xf28e8c);
            case MARKET -> new Color(0x8b0f12);
            case BUSINESS -> new Color(0x5a0a0c);
            case TECHNOCRATIC -> new Color(0xb86b6b);
            case GONGO -> new Color(0xe0a0a0);
        };
    }

    /** A layer's colour, opaque (legends, check boxes). */
    public static Color layer(Layer l) {
        return switch (l) {
            case FUNDING -> new Color(31, 119, 180);
            case KNOWLEDGE -> new Color(255, 127, 14);
            case LEGITIMACY -> new Color(148, 103, 189);
            case MARKET -> new Color(140, 86, 75);
        };
    }

    /** A layer's colour for drawing many ties: translucent, knowledge ties (the most numerous) the faintest. */
    public static Color tie(Layer l) {
        Color c = layer(l);
        int alpha = switch (l) {
            case FUNDING -> 110;
            case KNOWLEDGE -> 40;
            case LEGITIMACY, MARKET -> 90;
        };
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Stroke width of a tie of weight 0..1 in pixels of a 1100-pixel picture. */
    public static float tieWidth(double weight) {
        return (float) (0.3 + 2.2 * weight);
    }
}
