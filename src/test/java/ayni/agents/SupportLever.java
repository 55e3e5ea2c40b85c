package ayni.agents;

/** Test access to an NGO's offer of support to an SME (package-private in the model). */
public final class SupportLever {
    private SupportLever() {}

    /** The SME accepts or refuses as the model decides; returns whether it accepted. */
    public static boolean offer(Sme sme, Actor offerer, World w) {
        return sme.offerSupport(offerer, w) != null;
    }

    /** The SME stops practising this month, as a reversion in the model does (7.13). */
    public static void revert(Sme sme, World w) {
        sme.adopted = false;
        sme.revertedStep = w.step();
    }
}
