package ayni.scenario;

import ayni.domain.Channel;
import ayni.domain.Domain;
import ayni.domain.ExitMode;
import ayni.domain.FundingRule;
import ayni.domain.NgoType;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A dated change to the world (scenario {@code events:}, docs/ODD.md 7.25). Optional values are null when not
 * given. {@code step} is the step at whose start the event applies.
 */
public sealed interface EventSpec extends Serializable {
    int step();

    EventKind kind();

    String note();

    /** Whom an event addresses: all actors of the kind, a filter (companies: exportBuyers, domestic) or ids. */
    record Targets(boolean all, String filter, List<String> ids) implements Serializable {
        public static final Targets NONE = new Targets(false, null, List.of());

        public static Targets of(String... ids) {
            return new Targets(false, null, List.of(ids));
        }

        public boolean isEmpty() {
            return !all && filter == null && ids.isEmpty();
        }

        @Override
        public String toString() {
            return all ? "all" : filter != null ? filter : String.join(" ", ids);
        }
    }

    /** Donors stop granting; {@code exitMode} null means each donor's own exit mode. */
    record DonorExit(int step, String note, Targets donors, ExitMode exitMode, double referral) implements EventSpec {
        public EventKind kind() { return EventKind.DONOR_EXIT; }
    }

    record BudgetChange(int step, String note, Targets donors, Targets governments, Double factor, Double yearlyRate)
            implements EventSpec {
        public EventKind kind() { return EventKind.BUDGET_CHANGE; }
    }

    record FundingRuleChange(int step, String note, Targets donors, FundingRule rule) implements EventSpec {
        public EventKind kind() { return EventKind.FUNDING_RULE; }
    }

    record DomainShift(int step, String note, Targets donors, Map<Domain, Double> domains) implements EventSpec {
        public EventKind kind() { return EventKind.DOMAIN_SHIFT; }
    }

    record ChannelShift(int step, String note, Targets donors, Map<Channel, Double> channels) implements EventSpec {
        public EventKind kind() { return EventKind.CHANNEL_SHIFT; }
    }

    record NgoTypeShift(int step, String note, Targets donors, Map<NgoType, Double> ngoTypes) implements EventSpec {
        public EventKind kind() { return EventKind.NGO_TYPE_SHIFT; }
    }

    /** actorEntry or platformCreate: the actors enter at this step instead of their {@code from}. */
    record ActorEntry(int step, String note, EventKind kind, Targets actors) implements EventSpec {}

    /** actorExit or platformDissolve; {@code exitMode} applies to donors (null: their own exit mode). */
    record ActorExit(int step, String note, EventKind kind, Targets actors, ExitMode exitMode) implements EventSpec {}

    record PolicyChange(int step, String note, Targets governments, Double regulation, Double enforcement,
                        Double subsidy, Boolean greenCredit, Boolean certificationRecognition) implements EventSpec {
        public EventKind kind() { return EventKind.POLICY; }
    }

    record MarketShock(int step, String note, Targets companies, Double demandFactor, Double premium,
                       Double premiumFactor) implements EventSpec {
        public EventKind kind() { return EventKind.MARKET_SHOCK; }
    }

    record Election(int step, String note) implements EventSpec {
        public EventKind kind() { return EventKind.ELECTION; }
    }

    record ParameterChange(int step, String note, String name, double value) implements EventSpec {
        public EventKind kind() { return EventKind.PARAMETER; }
    }
}
