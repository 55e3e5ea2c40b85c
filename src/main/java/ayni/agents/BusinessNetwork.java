package ayni.agents;

import ayni.scenario.Parameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A business network of small producers that an NGO's articulator forms and accompanies through the phases of the
 * APOMIPE method (seed document 003: Helvetas/COSUDE 2011, the "Rural Business Network Strategy" after UNIDO's
 * Business Network Methodology): promotion and self-selection, trust, pilot actions, a co-financed strategic project and
 * a joint business, after which the articulator leaves and the members run the joint business themselves. How it moves
 * from stage to stage is in {@link Articulation}.
 */
public final class BusinessNetwork implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The APOMIPE phases as the model keeps them (phases 1-2 are one stage; phase 7, networks of networks, is not modelled). */
    public enum Stage {
        /** Phases 1-2: territory and chain analysis, awareness meetings, self-selection, charter (003:563, 003:784). */
        PROMOTION,
        /** Phase 3: weekly meetings build trust; members' contributions are its proxy (003:946, 003:1105). */
        TRUST,
        /** Phase 4: improvement plan and pilot actions (003:1292). */
        PILOT,
        /** Phase 5: the co-financed strategic project for the joint business venture (003:1505-1513). */
        PROJECT,
        /** Phase 6: managing the joint business with the articulator (003:1681-1685). */
        JOINT_BUSINESS,
        /** The articulator has left; the members run the joint business themselves. */
        INDEPENDENT,
        /** Fewer members than a board needs, or the articulator left before the joint business. */
        DISSOLVED;

        /** Months the articulator spends in this stage before the next one. */
        int months(Parameters p) {
            return switch (this) {
                case PROMOTION -> p.getNetworkPromotionMonths();
                case TRUST -> p.getNetworkTrustMonths();
                case PILOT -> p.getNetworkPilotMonths();
                case PROJECT -> p.getNetworkProjectMonths();
                case JOINT_BUSINESS -> p.getNetworkJointBusinessMonths();
                case INDEPENDENT, DISSOLVED -> Integer.MAX_VALUE;
            };
        }
    }

    final Ngo articulator;
    final List<Sme> members = new ArrayList<>();
    Stage stage = Stage.PROMOTION;
    int monthsInStage;

    BusinessNetwork(Ngo articulator) {
        this.articulator = articulator;
    }

    /** Trust is built (phase 3 done): the members act as an association (7.34). */
    public boolean organised() {
        return stage.compareTo(Stage.PILOT) >= 0 && stage != Stage.DISSOLVED;
    }

    /** The strategic project for the joint business has begun: members expect its savings when they decide (phase 5 on). */
    public boolean jointVenture() {
        return stage.compareTo(Stage.PROJECT) >= 0 && stage != Stage.DISSOLVED;
    }

    /** The members sell and buy jointly (phase 6 and after). */
    public boolean selling() {
        return stage == Stage.JOINT_BUSINESS || stage == Stage.INDEPENDENT;
    }

    /** Still under its articulator's accompaniment. */
    boolean accompanied() {
        return stage.compareTo(Stage.JOINT_BUSINESS) <= 0;
    }
}
