package ayni.style;

import ayni.domain.ActorKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Actors on concentric rings by kind: donors outside, then government and companies, platforms, NGOs, and SMEs in a
 * band in the middle; each ring sorted by domain (so a domain fills a sector), then kind, then id. Positions are in
 * a unit square (centre 0.5, 0.5), so callers scale them to their picture.
 */
public final class RingLayout {
    /** One actor to place: its key (any stable id), kind and domain ("" for none). */
    public record Item(int key, String id, ActorKind kind, String domain) {}

    private static final Map<ActorKind, Double> RING = new EnumMap<>(ActorKind.class);

    static {
        RING.put(ActorKind.DONOR, 0.92);
        RING.put(ActorKind.GOVERNMENT, 0.76);
        RING.put(ActorKind.COMPANY, 0.76);
        RING.put(ActorKind.PLATFORM, 0.60);
        RING.put(ActorKind.NGO, 0.46);
        RING.put(ActorKind.SME, 0.30);
    }

    /** SMEs fill a band from this fraction of their ring's radius out to the ring. */
    private static final double SME_BAND = 0.55, SME_SPREAD = 0.45; // 1 - SME_BAND, written out so positions stay bit for bit
    private static final double R0 = 0.42;

    private RingLayout() {}

    /**
     * One ring of the layout, for guides drawn under the actors: the kinds on it, its radius in the unit square, and
     * the inner radius of its band (equal to the radius for a ring that is a circle).
     */
    public record Ring(List<ActorKind> kinds, double radius, double inner) {}

    /** The rings from the outside in: donors, government and companies, platforms, NGOs, the band of SMEs. */
    public static List<Ring> rings() {
        List<Ring> out = new ArrayList<>();
        for (ActorKind k : List.of(ActorKind.DONOR, ActorKind.GOVERNMENT, ActorKind.PLATFORM, ActorKind.NGO, ActorKind.SME)) {
            double r = RING.get(k) * R0;
            out.add(new Ring(k == ActorKind.GOVERNMENT ? List.of(ActorKind.GOVERNMENT, ActorKind.COMPANY) : List.of(k), r,
                    k == ActorKind.SME ? SME_BAND * r : r));
        }
        return out;
    }

    /** key → {x, y} in the unit square. */
    public static Map<Integer, double[]> place(List<Item> items) {
        Map<ActorKind, List<Item>> byRing = new EnumMap<>(ActorKind.class);
        for (Item n : items) {
            // government and companies share a ring
            byRing.computeIfAbsent(n.kind() == ActorKind.COMPANY ? ActorKind.GOVERNMENT : n.kind(), x -> new ArrayList<>()).add(n);
        }
        Map<Integer, double[]> pos = new HashMap<>();
        for (var e : byRing.entrySet()) {
            List<Item> list = e.getValue();
            list.sort(Comparator.comparing(Item::domain).thenComparing(i -> i.kind().key()).thenComparing(Item::id));
            double r = RING.get(e.getKey()) * R0;
            for (int i = 0; i < list.size(); i++) {
                double a = 2 * Math.PI * (i + 0.5) / list.size() - Math.PI / 2;
                // SMEs spread over a band so hundreds stay distinguishable
                double rr = e.getKey() == ActorKind.SME ? r * (SME_BAND + SME_SPREAD * ((i * 0.618034) % 1.0)) : r;
                pos.put(list.get(i).key(), new double[] {0.5 + rr * Math.cos(a), 0.5 + rr * Math.sin(a)});
            }
        }
        return pos;
    }
}
