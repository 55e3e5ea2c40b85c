package ayni.gui;

import ayni.domain.ActorKind;
import ayni.domain.NgoType;
import ayni.style.Palette;
import java.awt.Color;

/**
 * How one actor is drawn: colour by kind (NGOs shaded by type), diameter by its share of power (PageRank, area
 * proportional to the share relative to the most powerful actor, as in the batch network picture), and a label for
 * named actors (SME agents are never labelled: there are hundreds).
 *
 * @param diameter in field units of a {@link NetworkField#SIZE}-unit square
 */
public record NodeStyle(Color fill, double diameter, String label) {
    /** Longest label drawn; longer names are shortened with "..". */
    public static final int MAX_LABEL = 26;

    /**
     * @param ngoType the NGO's type, or null for other kinds
     * @param name the actor's name as given in the scenario, or null when it has none
     * @param share its PageRank share; {@code maxShare} the largest share of any actor present
     */
    public static NodeStyle of(ActorKind kind, NgoType ngoType, String name, double share, double maxShare) {
        Color fill = kind == ActorKind.NGO && ngoType != null ? Palette.ngo(ngoType) : Palette.kind(kind);
        double rel = maxShare > 0 ? Math.sqrt(Math.max(0, share) / maxShare) : 0;
        double d = kind == ActorKind.SME ? 3 + 6 * rel : 6 + 24 * rel;
        String label = kind == ActorKind.SME || name == null || name.isBlank() ? null
                : name.length() > MAX_LABEL ? name.substring(0, MAX_LABEL - 2) + ".." : name;
        return new NodeStyle(fill, d, label);
    }
}
