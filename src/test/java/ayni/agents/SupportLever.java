package ayni.agents;

/** Test access to an NGO's offer of support to an SME (package-private in the model). */
public final class SupportLever {
    private SupportLever() {}

    /** The SME accepts or refuses as the model decides; returns whether it accepted. */
    public static boolean offer(Sme sme, Actor offerer, World w) {
        return sme.offerSupport(offerer, w) != null;
    }
}
