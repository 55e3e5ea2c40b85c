package ayni.scenario;

import ayni.domain.Channel;
import ayni.domain.Discourse;
import ayni.domain.DonorKind;
import ayni.domain.Domain;
import ayni.domain.ExitMode;
import ayni.domain.FundingRule;
import ayni.domain.GovernmentLevel;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import ayni.domain.NgoType;
import ayni.domain.Scope;
import ayni.domain.SmeSize;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The actor, group and tie entries of a scenario file, as immutable values. Dates are null when absent. */
public final class Specs {
    private Specs() {}

    /** Closed interval [lo, hi]. */
    public record Range(double lo, double hi) implements Serializable {}

    public record DonorSpec(String id, String name, DonorKind kind, double budget, Map<Domain, Double> domains,
                            FundingRule fundingRule, int grantCycleYears, Map<Channel, Double> channels,
                            Map<NgoType, Double> ngoTypes, Discourse discourse, YearMonth from, YearMonth until, ExitMode exitMode) implements Serializable {}

    public record NgoSpec(String id, String name, NgoType type, Scope scope, Domain domain, double cash, double monthlyCost,
                          Map<IncomeSource, Double> ownIncome, double knowledge, double legitimacy, Discourse discourse,
                          double watchdog, int articulators, YearMonth from, YearMonth until) implements Serializable {}

    public record PlatformSpec(String id, String name, Domain domain, List<String> members, int seats, String host,
                               double cash, double monthlyCost, double legitimacy, Discourse discourse,
                               YearMonth from, YearMonth until) implements Serializable {}

    public record GovernmentSpec(String id, String name, GovernmentLevel level, Domain domain, double budget,
                                 double cofinancing, double subsidy, boolean greenCredit, double regulation,
                                 double enforcement, boolean certificationRecognition, Discourse discourse,
                                 YearMonth from, YearMonth until) implements Serializable {}

    public record CompanySpec(String id, String name, Domain domain, int demand, double premium, double requirement,
                              boolean exportBuyer, boolean bioferia, boolean formalSuppliers, Discourse discourse,
                              YearMonth from, YearMonth until)
            implements Serializable {}

    public record SmeGroupSpec(String id, String name, Domain domain, int count, Map<SmeSize, Double> size,
                               double exportShare, double associationShare, double creditAccess, Range practice,
                               Range knowledge, Range embeddedness, Discourse discourse, double discourseSpread,
                               String platform, YearMonth from) implements Serializable {}

    public record TieSpec(String from, String to, Layer layer, double weight, double share) implements Serializable {}
}
