package ayni.scenario;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's tunable parameters. One name per parameter everywhere: the YAML key under {@code parameters:},
 * this bean property (so MASON's Console shows it with a slider over its range), the manifest entry and the
 * symbol in docs/ODD.md. {@link #SPECS} holds unit, range, default and source of each.
 */
public final class Parameters implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Unit, range, default and source of one parameter. */
    public record Spec(String name, Class<?> type, double defaultValue, double min, double max,
                       String unit, String source, String description) implements Serializable {
        public boolean integer() { return type == int.class; }
    }

    public static final List<Spec> SPECS = List.of(
        new Spec("grantShare", double.class, 0.25, 0.05, 1, "fraction of monthly budget", "estimate",
                 "Share of a donor's monthly budget that one grant takes (about 1/number of grantees)"),
        new Spec("donorCandidates", int.class, 8, 1, 100, "actors", "estimate",
                 "Candidates a donor scores when it makes a grant (candidate sampling, never all actors)"),
        new Spec("performanceThreshold", double.class, 0.4, 0, 1, "knowledge 0..1", "estimate after §8.5.2",
                 "Minimum knowledge capacity (ability to write business plans and report results) a grantee needs under the performance rule"),
        new Spec("absorptionFactor", double.class, 2.0, 0.1, 100, "multiple of monthly running costs", "estimate",
                 "Largest monthly grant a donor gives an NGO or platform, as a multiple of its monthly running costs (what it can absorb)"),
        new Spec("ngoProjectShare", double.class, 0.5, 0, 1, "fraction", "estimate",
                 "Share of an NGO's or platform's grant income it passes on to SMEs as projects"),
        new Spec("projectMonths", int.class, 12, 1, 60, "months", "estimate",
                 "Length of the support an SME gets from one project"),
        new Spec("ngoInsolvencyMonths", int.class, 18, 1, 120, "months", "estimate after §5.5 L1920",
                 "Months in a row an NGO cannot pay its running costs before it closes"),
        new Spec("ngoGrowthRate", double.class, 0.02, 0, 1, "per month", "estimate",
                 "Monthly rate at which an NGO or platform grows its running costs while it holds more than ngoReserveMonths of them, and shrinks them while it cannot pay"),
        new Spec("ngoReserveMonths", int.class, 12, 0, 120, "months", "estimate",
                 "Months of running costs an NGO keeps in reserve before it grows"),
        new Spec("ngoDiversifyRate", double.class, 0.15, 0, 2, "per year", "estimate after §5.5, §8.4",
                 "Yearly growth of an NGO's own-income capacity (fees, sales) while it is short of funds"),
        new Spec("ngoTypeChangeProbability", double.class, 0.2, 0, 1, "per year", "estimate after §8.3, §9.3.4",
                 "Yearly probability that a conventional NGO short of funds turns into a market NGO"),
        new Spec("ngoEntryRate", double.class, 0.3, 0, 20, "NGOs per year per domain", "estimate",
                 "Expected number of new local NGOs founded per year in each domain that donors fund"),
        new Spec("smeEntryRate", double.class, 0.03, 0, 1, "per year", "estimate",
                 "Yearly entry of new SMEs as a share of each SME group's initial size"),
        new Spec("smeExitRate", double.class, 0.03, 0, 1, "per year", "estimate",
                 "Yearly hazard that an SME closes"),
        new Spec("knowledgeTransferRate", double.class, 0.05, 0, 1, "per month", "estimate",
                 "Share of the knowledge gap closed per month on a fully used knowledge tie"),
        new Spec("tieStrengthenRate", double.class, 0.2, 0, 1, "per flow", "estimate",
                 "Share of the remaining gap to weight 1 a tie gains in a month with a flow"),
        new Spec("tieDecayRate", double.class, 0.03, 0, 1, "per month", "estimate",
                 "Share of its weight a tie loses in a month without a flow"),
        new Spec("tieDissolveThreshold", double.class, 0.05, 0, 1, "weight", "estimate",
                 "Weight below which a tie dissolves"),
        new Spec("partnerSearchProbability", double.class, 0.05, 0, 1, "per month", "estimate",
                 "Probability that an actor searches for a new partner in a month"),
        new Spec("candidateSampleSize", int.class, 5, 1, 100, "actors", "estimate",
                 "Candidates an actor scores in one partner search"),
        new Spec("formationBias", double.class, -2.0, -20, 20, "log-odds", "estimate",
                 "Intercept of the tie-formation logit"),
        new Spec("discourseWeight", double.class, 3.0, 0, 20, "log-odds per unit proximity", "estimate after §8.6.1 L3263",
                 "Weight of discourse proximity in tie formation"),
        new Spec("complementWeight", double.class, 1.0, 0, 20, "log-odds", "estimate",
                 "Weight of complementary resources (the partner has more knowledge or funding) in tie formation"),
        new Spec("legitimacyWeight", double.class, 1.0, 0, 20, "log-odds per unit legitimacy", "estimate",
                 "Weight of the partner's legitimacy in tie formation"),
        new Spec("platformWeight", double.class, 1.5, 0, 20, "log-odds", "estimate after §8.6.1 L3249",
                 "Bonus in tie formation for sharing a platform"),
        new Spec("cooperationDistanceScale", double.class, 0.8, 0.05, 5, "discourse units", "estimate after §5.2.5 L1479, §8.3",
                 "Scale of the fall of cooperation with discourse distance: P(cooperate) = exp(-distance/scale)"),
        new Spec("discourseInfluenceRate", double.class, 0.01, 0, 1, "per month", "estimate",
                 "Share of the gap to its partners' tie-weighted mean position an actor closes per month"),
        new Spec("funderPressureRate", double.class, 0.01, 0, 1, "per month", "estimate after §8.5.2",
                 "Share of the gap to its funders' funding-weighted mean position a funded actor closes per month"),
        new Spec("refusalWeight", double.class, 0.6, 0, 1, "probability", "estimate after §8.6.1, §9.3.3",
                 "Scale of an SME's probability of refusing support, which grows with discourse distance and embeddedness"),
        new Spec("paybackHorizonMonths", int.class, 24, 1, 240, "months", "estimate after §7.2.6",
                 "SME planning horizon over which an investment must pay back"),
        new Spec("interestRate", double.class, 0.3, 0, 2, "per year", "estimate after §1.1 L691",
                 "Interest rate on SME credit"),
        new Spec("adoptionCostMicro", double.class, 1500, 0, 1e7, "USD", "estimate",
                 "Investment a micro enterprise needs to adopt sustainable practices"),
        new Spec("adoptionCostSmall", double.class, 8000, 0, 1e7, "USD", "estimate",
                 "Investment a small enterprise needs to adopt sustainable practices"),
        new Spec("adoptionCostMedium", double.class, 40000, 0, 1e8, "USD", "estimate",
                 "Investment a medium enterprise needs to adopt sustainable practices"),
        new Spec("revenueMicro", double.class, 800, 0, 1e7, "USD per month", "estimate after the PROMPYME policy paper (c. 2003) (US$80k/yr upper bound of micro)",
                 "Monthly sales of a micro enterprise"),
        new Spec("revenueSmall", double.class, 6000, 0, 1e8, "USD per month", "estimate after the PROMPYME policy paper (c. 2003)",
                 "Monthly sales of a small enterprise"),
        new Spec("revenueMedium", double.class, 40000, 0, 1e9, "USD per month", "estimate after the PROMPYME policy paper (c. 2003)",
                 "Monthly sales of a medium enterprise"),
        new Spec("savingsRate", double.class, 0.03, 0, 1, "fraction of revenue", "estimate after §7.2.1",
                 "Cost savings from sustainable practice (eco-efficiency), scaled by the SME's knowledge"),
        new Spec("regulationPenalty", double.class, 0.1, 0, 1, "fraction of revenue", "estimate after §8.5.1",
                 "Expected monthly loss of a non-adopting SME under full regulation and enforcement"),
        new Spec("practiceGrowthRate", double.class, 0.05, 0, 1, "per month", "estimate",
                 "Share of the gap to full practice an adopting SME closes per month"),
        new Spec("revertProbability", double.class, 0.02, 0, 1, "per month", "estimate after §6.2.3, §7.2.6",
                 "Monthly probability that an adopter whose practice pays for itself reverts all the same, without support or embeddedness (drift)"),
        new Spec("legitimacyEndorseRate", double.class, 0.02, 0, 1, "per endorsement", "estimate after §2.4.2",
                 "Share of the gap to 1 an NGO's legitimacy gains per endorsing SME per month"),
        new Spec("legitimacyDecayRate", double.class, 0.005, 0, 1, "per month", "estimate",
                 "Share of its legitimacy an actor loses per month"),
        new Spec("certificationLevel", double.class, 0.6, 0, 1, "practice 0..1", "estimate after §5.2.4",
                 "Practice level from which an SME can be certified"),
        new Spec("certificationLegitimacy", double.class, 0.05, 0, 1, "per month", "estimate after §5.2.4",
                 "Legitimacy a certified SME gains per month (with PGS only where it is legally recognised)"),
        new Spec("electionTieLoss", double.class, 0.5, 0, 1, "fraction of weight", "estimate after §5.2.1 L1246, §8.5.1",
                 "Share of their weight government ties lose at a change of government"),
        new Spec("brokerWeight", double.class, 1.0, 0, 20, "log-odds", "estimate after §8.6.2, §9.3.5",
                 "Bonus for an SME that a buyer reaches through an NGO or platform it is tied to (a broker)"),
        new Spec("donorKnowledge", double.class, 0.8, 0, 1, "knowledge 0..1", "estimate after §8.6.1 (informational power)",
                 "Knowledge of donors, passed with grants as policy guidance and technical support"),
        new Spec("governmentKnowledge", double.class, 0.5, 0, 1, "knowledge 0..1", "estimate",
                 "Knowledge of government agencies passed on their ties"),
        new Spec("supportShare", double.class, 0.5, 0, 1, "fraction of adoption cost", "estimate",
                 "Share of an SME's adoption cost that one project pays"),
        new Spec("greenCreditReimbursement", double.class, 0.4, 0, 1, "fraction of adoption cost", "§7.2.1 L2592",
                 "Share of the investment a green credit programme reimburses"),
        new Spec("newTieWeight", double.class, 0.2, 0, 1, "weight", "estimate",
                 "Weight of a tie when it forms (a grant, a project, a flow, a partner search, a supplier tie); an existing tie renewed by a grant or project is raised to at least this"),
        new Spec("donorLegitimacy", double.class, 1, 0, 1, "legitimacy 0..1", "estimate",
                 "Legitimacy of a donor when it enters"),
        new Spec("donorMaxGrantsPerMonth", int.class, 50, 1, 1000, "grants per month", "estimate",
                 "Most new grants a donor starts in one month (it stops earlier when its free budget is committed or no candidate qualifies)"),
        new Spec("governmentLegitimacy", double.class, 0.5, 0, 1, "legitimacy 0..1", "estimate",
                 "Legitimacy of a government agency when it enters"),
        new Spec("companyKnowledge", double.class, 0.6, 0, 1, "knowledge 0..1", "estimate",
                 "Knowledge of a buyer when it enters"),
        new Spec("companyLegitimacy", double.class, 0.5, 0, 1, "legitimacy 0..1", "estimate",
                 "Legitimacy of a buyer when it enters"),
        new Spec("platformKnowledge", double.class, 0.5, 0, 1, "knowledge 0..1", "estimate",
                 "Knowledge of a platform when it enters"),
        new Spec("smeInitialLegitimacy", double.class, 0.1, 0, 1, "legitimacy 0..1", "estimate",
                 "Legitimacy of an SME when it enters"),
        new Spec("smeCapitalFactor", double.class, 1, 0, 100, "multiple of adoption cost", "estimate",
                 "An SME's own capital at entry is drawn uniformly between 0 and this multiple of its size class's adoption cost"),
        new Spec("refusalEmbeddednessWeight", double.class, 0.5, 0, 1, "fraction", "estimate after §9.3.3",
                 "How much rootedness in local webs raises refusal: the refusal probability scales with (1 - w + w x embeddedness)"),
        new Spec("associationRevertFactor", double.class, 0.5, 0, 1, "factor", "estimate after §5.2.3",
                 "Factor on an association member's probability of reverting (peers in the association keep the practice going)"),
        new Spec("ngoOffersPerMonth", int.class, 10, 0, 1000, "offers per month", "estimate",
                 "Most project offers an NGO makes to SMEs in one month"),
        new Spec("ngoOfferTries", int.class, 3, 1, 100, "candidates per offer", "estimate",
                 "An NGO looks at no more than this many candidate SMEs per offer it may make in a month (ngoOffersPerMonth x this)"),
        new Spec("ngoInitialResults", double.class, 0.5, 0, 1, "share of supported SMEs adopting", "estimate",
                 "Measured results an NGO starts with (prior of its smoothed adoption share)"),
        new Spec("resultsSmoothing", double.class, 0.1, 0, 1, "weight of the latest result", "estimate",
                 "Weight of the latest reported outcome (adopted or not) in an NGO's smoothed results"),
        new Spec("incomeSmoothing", double.class, 0.1, 0, 1, "weight of last month", "estimate",
                 "Weight of last month's income in an NGO's smoothed recent income"),
        new Spec("ngoShrinkReserveShare", double.class, 0.5, 0, 1, "fraction of ngoReserveMonths", "estimate",
                 "An NGO whose recent income is below its costs cuts them once its reserve falls below this share of ngoReserveMonths"),
        new Spec("typeChangeWatchdogFactor", double.class, 0.5, 0, 1, "factor", "estimate after §8.3",
                 "Factor on an NGO's watchdog role when it turns into a market NGO"),
        new Spec("typeChangeDiscourseShift", double.class, 0.3, 0, 2, "discourse units per axis", "estimate after §8.3, §9.3.4",
                 "Move of an NGO's discourse toward the liberal market (on both axes) when it turns into a market NGO"),
        new Spec("ngoPeerCandidateInterval", int.class, 2, 0, 100, "candidates", "estimate",
                 "Every k-th candidate of an NGO's partner search (the k-th, 2k-th, ...) is another NGO, the rest SMEs; 0: only SMEs"),
        new Spec("traderBuyerCandidateInterval", int.class, 3, 0, 100, "candidates", "estimate after §5.2.2, §8.6.2",
                 "Every k-th candidate of a market or producer NGO's partner search (the k-th, 2k-th, ...) is a buyer; 0: none"),
        new Spec("nearbyCandidateInterval", int.class, 2, 0, 100, "candidates", "estimate after §8.6.1",
                 "Every k-th candidate of a partner search (the k-th, 2k-th, ...) is met through a platform or a partner's partner, the rest drawn from the domain; 0: none"),
        new Spec("brokeredCandidateInterval", int.class, 2, 0, 100, "candidates", "estimate after §8.6.2, §9.3.5",
                 "Every k-th candidate of a buyer's supplier search, starting with the first, is first sought among the SMEs its brokers (tied NGOs and platforms) introduce; 0: none"),
        new Spec("supplierScreenFactor", double.class, 0.8, 0, 1, "fraction of requirement", "estimate",
                 "A buyer considers as supplier only an SME whose practice is at least this share of its requirement"),
        new Spec("platformProjectShare", double.class, 0.5, 0, 1, "fraction", "estimate",
                 "Share of a platform's funding it passes on to its member NGOs"),
        new Spec("platformShrinkRate", double.class, 0.02, 0, 1, "per month", "estimate",
                 "Monthly rate at which a platform that cannot pay its running costs cuts them"),
        new Spec("platformInsolvencyMonths", int.class, 18, 1, 120, "months", "estimate after §7.2.6 L2808",
                 "Months in a row a platform cannot pay its running costs before it dissolves"),
        new Spec("platformReserveMonths", int.class, 12, 0, 120, "months", "estimate",
                 "Months of running costs a platform keeps in reserve, spending aid above it on its activities; donors do not fund one that holds more"),
        new Spec("platformLegitimacyRate", double.class, 0.02, 0, 1, "per month", "estimate after §8.6.1",
                 "Share of the gap to 1 a member's legitimacy gains per month from a platform of full legitimacy"),
        new Spec("newNgoMonthlyCost", double.class, 2000, 0, 10000000, "USD per month", "estimate",
                 "Running costs of an NGO founded in a domain without NGOs"),
        new Spec("newNgoCostShare", double.class, 0.5, 0, 10, "fraction of mean running costs", "estimate",
                 "Running costs of a newly founded NGO as a share of the mean of its domain's NGOs"),
        new Spec("newNgoKnowledge", double.class, 0.3, 0, 1, "knowledge 0..1", "estimate",
                 "Knowledge of a newly founded NGO"),
        new Spec("newNgoLegitimacy", double.class, 0.2, 0, 1, "legitimacy 0..1", "estimate",
                 "Legitimacy of a newly founded NGO"),
        new Spec("newNgoWatchdog", double.class, 0.2, 0, 1, "watchdog 0..1", "estimate",
                 "Watchdog role of a newly founded NGO"),
        new Spec("newNgoDiscourseSpread", double.class, 0.2, 0, 2, "discourse units", "estimate",
                 "Standard deviation of a newly founded NGO's discourse around its domain's mean NGO position"),
        new Spec("ngoFoundingPrior", double.class, 1, 0, 1000000, "founding weight", "estimate",
                 "Founding weight every NGO type has regardless of funding (a new NGO's type is drawn in proportion to prior plus funding weight)"),
        new Spec("ngoFoundingFundingScale", double.class, 1000, 1, 1000000000, "USD per month per unit weight", "estimate after §5.2.1 L1266",
                 "Donor grants received last month by a domain's NGOs of a type that add one unit to that type's founding weight"),
        new Spec("smeCostShare", double.class, 0.9, 0, 2, "fraction of base sales", "estimate",
                 "An SME's monthly operating costs as a share of its sales at the base price (1 minus its margin without premium)"),
        new Spec("loanMonths", int.class, 24, 1, 240, "months", "estimate after §1.1 L691",
                 "An SME repays 1/loanMonths of its debt each month, with interest at interestRate"),
        new Spec("smeInsolvencyMonths", int.class, 6, 1, 120, "months", "estimate",
                 "Months in a row an SME cannot pay its operating costs and debt service before it closes"),
        new Spec("smeSeatShare", double.class, 0.3, 0, 1, "share of a platform's seats", "estimate after §7.6c, §9.3.3",
                 "Share of a platform's decision seats its SME members hold at least when it has any (more when their fees finance it, 7.16): that share of its project money goes to SME members' own projects, and SMEs refuse offers from co-members by that share less"),
        new Spec("hostWeight", double.class, 2, 0, 100, "relative weight", "estimate after §8.6.1 L3249",
                 "Weight of the host NGO in a platform's split of project money among member NGOs (every other member NGO weighs 1)"),
        new Spec("accreditationRate", double.class, 0.02, 0, 1, "per month", "estimate after §2.4.2, §8.6.1",
                 "Share of the gap to 1 an organisation's legitimacy gains per month on a legitimacy tie of weight 1 from a giver of legitimacy 1"),
        new Spec("watchdogWeight", double.class, 0.5, 0, 1, "fraction", "estimate after §9.3.4",
                 "How much an NGO's watchdog role lowers its cooperation with government agencies and companies: P(cooperate) x (1 - watchdog x this)"),
        new Spec("fundingConflictProbability", double.class, 0.2, 0, 1, "probability", "estimate after §6.2.3, §9.2.1",
                 "Probability that an NGO losing a grant to another NGO comes into conflict with it, when very many apply (scaled by 1 - 1/applicants)"),
        new Spec("conflictTieLoss", double.class, 0.5, 0, 1, "fraction of weight", "estimate after §9.2.1",
                 "Share of their weight the knowledge ties between two organisations lose when they come into conflict"),
        new Spec("conflictMonths", int.class, 24, 1, 240, "months", "estimate after §5.2.3, §5.2.5",
                 "Months a relation stays conflictive after two organisations come into conflict"),
        new Spec("conflictCooperationLoss", double.class, 0, 0, 1, "fraction", "estimate after §5.2.5, §9.3.1",
                 "Share by which a conflictive relation lowers the probability that the two cooperate on a tie (0: organic actors cooperate despite conflict)"),
        new Spec("confrontationRate", double.class, 0.02, 0, 1, "per month", "estimate after §6.5 L2482, §9.3.1, §9.3.4",
                 "Monthly probability that an NGO's relation with a company it is tied to turns confrontational, times the probability that the two would not cooperate (discourse distance, watchdog role)"),
        new Spec("powerStruggleRate", double.class, 0.02, 0, 1, "per month", "estimate after §2.4.3, §5.2.5",
                 "Monthly probability that a member NGO and an SME member it works with clash in a platform whose seats are split evenly between SMEs and others, right after a seat changed hands there (scaled by 4v(1-v) for an SME seat share v)"),
        new Spec("roleSettlingMonths", int.class, 36, 1, 600, "months", "estimate after §5.2.3",
                 "Time scale on which the power struggle in a platform settles after a seat last changed hands there, as roles are re-defined (the struggle's rate falls by a factor e every this many months)"),
        new Spec("gongoProjectOverhead", double.class, 0.3, 0, 1, "fraction of a project payment", "estimate after §7.6a, §8.3 (the share is an assumption)",
                 "Share of each project payment a GONGO spends on administration through government procedures; only the rest reaches the SME"),
        new Spec("producerNgoFoundingRate", double.class, 0.1, 0, 100, "producer NGOs per year per 100 practising association members", "estimate after §5.2.3, §8.3",
                 "Rate at which SME associations found producer NGOs in a domain, per 100 association members that practise"),
        new Spec("producerNgoMemberFee", double.class, 5, 0, 1000000, "USD per member per month", "estimate",
                 "Member fee each founding SME pays the producer NGO it founded (its own income)"),
        new Spec("businessNgoFoundingRate", double.class, 1.0, 0, 100, "business NGOs per year per 100 unserved companies", "estimate after §6.1 L1949, §6.2.2 L2071, L2157, §6.5 L2476 (Forum Empresa: 19-21 business NGOs for about 2,400 companies)",
                 "Rate at which the large companies of a domain that no Peruvian business NGO serves found one, per 100 such companies"),
        new Spec("businessNgoWatchdog", double.class, 0.0, 0, 1, "weight", "estimate after §6.2.2 L2213, §6.5 L2476 (business NGOs serve the companies that found them)",
                 "Watchdog weight of a business NGO founded by companies"),
        new Spec("platformFeeShare", double.class, 0.03, 0, 1, "share of sales", "estimate after §5.2.2 L1442, L1514",
                 "Share of what buyers paid a member SME in a month that it pays each of its platforms as a fee"),
        new Spec("selfFinancedIncomeShare", double.class, 0.5, 0, 1, "fraction", "estimate after §7.6a, §8.6.1",
                 "A platform counts as self-financed when member fees are at least this share of all it has received"),
        new Spec("pagerankDamping", double.class, 0.85, 0.01, 0.99, "probability", "Brin and Page 1998",
                 "Damping factor of PageRank power on the combined network"),
        new Spec("smeCount", int.class, 0, 0, 2_000_000, "SME agents", "scenario scale",
                 "When positive, every SME group's count is scaled so that all groups together hold this many SMEs, and every buyer's `demand` by the same factor (rounded, at least 1; `Scenario.demand`) (0 keeps the counts as written)"),
        new Spec("companyServiceFee", double.class, 67, 0, 1000000, "USD per month per company and NGO", "estimate after §6.2.2 L2213, Table 6.4",
                 "What a company pays each month to each business NGO that gives it expertise or that it already pays (Peru 2021's Board support, 3,500 USD a month in the scenario, over its 52 Board companies)"),
        new Spec("businessClientCandidateInterval", int.class, 3, 0, 100, "candidates", "estimate after §6.1 L1949, §6.2.2 L2073",
                 "Every k-th candidate of a business NGO's partner search (the k-th, 2k-th, ...) is a company of its domain it may give expertise to; 0: none"),
        new Spec("ngoMinimumCost", double.class, 500, 0, 10000000, "USD per month", "estimate after §5.5 L1920, §7.2.5",
                 "Smallest running costs an NGO can keep going on: one that cannot pay its costs falls back on its own sales, service and member fees if they reach this much"),
        new Spec("practiceCostShare", double.class, 0.06, 0, 1, "fraction of base sales per month", "estimate after §7.2.6 L2853, §5.2.5",
                 "What keeping the sustainable practice costs an adopter every month (inputs, labour, monitoring), as a share of its sales at the base price"),
        new Spec("lossRevertProbability", double.class, 0.2, 0, 1, "per month", "estimate after §6.2.1 L2063, §7.2.6",
                 "Monthly probability that an adopter whose practice does not pay for itself stops once no project carries it (business as usual)"),
        new Spec("certificationCost", double.class, 100, 0, 1000000, "USD per month", "estimate after §5.3.4",
                 "What third-party certification costs a certified SME every month (inspection and fees); it certifies only for an export buyer whose premium covers it"),
        new Spec("bioferiaStandSales", double.class, 580, 0, 10000000, "USD per month per stand", "§5.2.2 L1324, §5.2.4 L1436 (1 million soles a year over 48 stands at about 3 soles per US$, estimate)",
                 "Most a Bioferia stand sells in a month at the Bioferia's price; the rest of its holder's output goes to local markets at the base price"),
        new Spec("discourseRejectionDistance", double.class, 0.8, 0, 2.9, "discourse units", "estimate after §8.3 L3175-3177, §8.6.1",
                 "Latitude of rejection: a tie partner farther than this in discourse no longer pulls an actor's position but pushes it away (2.9, beyond the largest distance 2.83, switches rejection off)"),
        new Spec("discourseRepulsionRate", double.class, 0, 0, 1, "per month", "estimate after §8.3 L3175-3177, §8.6.1",
                 "Rate at which an actor moves away from the tie-weighted mean position of the partners it rejects, per month, times the share of its tie weight they hold"),
        new Spec("fundingRivalryRate", double.class, 0.00008, 0, 1, "per month per (NGO per US$ million a year)", "estimate after §6.2.3, §8.3, §9.2.1",
                 "Monthly probability that two NGOs of a domain, both short of funds, clash over the aid open to that domain, per unit of scarcity (the domain's NGOs per US$ million a year of donor budgets open to them)"),
        new Spec("ngoTypeChangeMarketShare", double.class, 0.2, 0, 1, "fraction of monthly running costs", "estimate after §5.5, §8.3, §9.3.4",
                 "A conventional NGO short of funds turns into a market NGO only once its own sales and service fees cover at least this share of its running costs (0: regardless of its market income)"),
        new Spec("ngoCoreCostShare", double.class, 0.3, 0, 1, "fraction of monthly running costs", "estimate after §5.5 L1920, §6.2.3",
                 "An NGO that cannot pay its costs also falls back on its own sales, service and member fees below ngoMinimumCost when they cover at least this share of its running costs (1: only the ngoMinimumCost rule)"),
        new Spec("networksPerArticulator", int.class, 5, 1, 100, "networks per articulator", "APOMIPE manual (seed 003:314)",
                 "Most business networks one articulator accompanies at once (7.34)"),
        new Spec("businessNetworkSize", int.class, 10, 1, 1000, "SMEs", "APOMIPE manual (seed 003:336: trust consolidates with 10 to 12 members; the lower end)",
                 "Members an articulator seeks for a new business network (7.34)"),
        new Spec("businessNetworkMinMembers", int.class, 3, 1, 1000, "SMEs", "APOMIPE manual (seed 003:1129-1133: a first board of president, secretary and treasurer)",
                 "Fewest members a business network forms or goes on with (7.34)"),
        new Spec("networkPromotionMonths", int.class, 3, 1, 120, "months", "APOMIPE manual (seed 003:563, 003:784: phase 1 about two months, phase 2 about one)",
                 "Months of analysis, promotion and self-selection before a new business network starts its trust phase (7.34)"),
        new Spec("networkTrustMonths", int.class, 3, 1, 120, "months", "APOMIPE manual (seed 003:946)",
                 "Months of a business network's trust phase (weekly meetings, contributions) (7.34)"),
        new Spec("networkPilotMonths", int.class, 5, 1, 120, "months", "APOMIPE manual (seed 003:1292)",
                 "Months of a business network's improvement plan and pilot actions (7.34)"),
        new Spec("networkProjectMonths", int.class, 9, 1, 120, "months", "APOMIPE manual (seed 003:1505-1513: six to twelve months; the middle is an estimate)",
                 "Months of a business network's co-financed strategic project; members that do not practise are supported for as long (7.34)"),
        new Spec("networkJointBusinessMonths", int.class, 6, 1, 120, "months", "APOMIPE manual (seed 003:1681-1685: at least six months recommended)",
                 "Months the articulator accompanies a business network's joint business before leaving it to its members (7.34)"),
        new Spec("networkArticulationCost", double.class, 300, 0, 10000000, "USD per month per network", "estimate (an articulator's pay over the five networks they accompany; the manual gives no amount)",
                 "What an NGO pays each month, from its project funds first, for each business network its articulators accompany (7.34)"),
        new Spec("networkContribution", double.class, 10, 0, 1000000, "USD per member per month", "estimate after seed 003:864, 003:1105 (co-financing is the members' commitment and trust's proxy; no amount given)",
                 "What each member of an accompanied business network pays the articulating NGO each month from the trust phase on (7.34)"),
        new Spec("networkCostSaving", double.class, 0.1, 0, 1, "fraction of base sales per month", "estimate after seed 003:129, 003:1239, 003:1418-1422 (cost reduction and sales are the programme's indicators; no figure given)",
                 "Share of its base sales a practising member of a business network running its joint business saves by buying and selling jointly (7.34)"),
        new Spec("informalShareMicro", double.class, 0.8, 0, 1, "share of micro SMEs", "estimate after §7.2.6 L2853 ('most SMEs are informal'), seed 002:294",
                 "Share of micro SMEs that are informal: buyers that need invoices do not buy from them unless an association sells for them, regulation is not enforced on them and bank green credit does not reach them (7.11a)"),
        new Spec("informalShareSmall", double.class, 0.3, 0, 1, "share of small SMEs", "estimate after §7.2.6 L2853, seed 002:294",
                 "Share of small SMEs that are informal (7.11a)"),
        new Spec("informalShareMedium", double.class, 0.0, 0, 1, "share of medium SMEs", "estimate after seed 002:294 (being formal allows procurement and tenders, 003:1849)",
                 "Share of medium SMEs that are informal (7.11a)"));

    private double grantShare = 0.25;
    private int donorCandidates = 8;
    private double performanceThreshold = 0.4;
    private double absorptionFactor = 2.0;
    private double ngoProjectShare = 0.5;
    private int projectMonths = 12;
    private int ngoInsolvencyMonths = 18;
    private double ngoGrowthRate = 0.02;
    private int ngoReserveMonths = 12;
    private double ngoDiversifyRate = 0.15;
    private double ngoTypeChangeProbability = 0.2;
    private double ngoEntryRate = 0.3;
    private double smeEntryRate = 0.03;
    private double smeExitRate = 0.03;
    private double knowledgeTransferRate = 0.05;
    private double tieStrengthenRate = 0.2;
    private double tieDecayRate = 0.03;
    private double tieDissolveThreshold = 0.05;
    private double partnerSearchProbability = 0.05;
    private int candidateSampleSize = 5;
    private double formationBias = -2.0;
    private double discourseWeight = 3.0;
    private double complementWeight = 1.0;
    private double legitimacyWeight = 1.0;
    private double platformWeight = 1.5;
    private double cooperationDistanceScale = 0.8;
    private double discourseInfluenceRate = 0.01;
    private double funderPressureRate = 0.01;
    private double refusalWeight = 0.6;
    private int paybackHorizonMonths = 24;
    private double interestRate = 0.3;
    private double adoptionCostMicro = 1500;
    private double adoptionCostSmall = 8000;
    private double adoptionCostMedium = 40000;
    private double revenueMicro = 800;
    private double revenueSmall = 6000;
    private double revenueMedium = 40000;
    private double savingsRate = 0.03;
    private double regulationPenalty = 0.1;
    private double practiceGrowthRate = 0.05;
    private double revertProbability = 0.02;
    private double legitimacyEndorseRate = 0.02;
    private double legitimacyDecayRate = 0.005;
    private double certificationLevel = 0.6;
    private double certificationLegitimacy = 0.05;
    private double electionTieLoss = 0.5;
    private double brokerWeight = 1.0;
    private double donorKnowledge = 0.8;
    private double governmentKnowledge = 0.5;
    private double supportShare = 0.5;
    private double greenCreditReimbursement = 0.4;
    private double newTieWeight = 0.2;
    private double donorLegitimacy = 1;
    private int donorMaxGrantsPerMonth = 50;
    private double governmentLegitimacy = 0.5;
    private double companyKnowledge = 0.6;
    private double companyLegitimacy = 0.5;
    private double platformKnowledge = 0.5;
    private double smeInitialLegitimacy = 0.1;
    private double smeCapitalFactor = 1;
    private double refusalEmbeddednessWeight = 0.5;
    private double associationRevertFactor = 0.5;
    private double practiceCostShare = 0.06;
    private double lossRevertProbability = 0.2;
    private double certificationCost = 100;
    private double bioferiaStandSales = 580;
    private double discourseRejectionDistance = 0.8;
    private double discourseRepulsionRate = 0;
    private int ngoOffersPerMonth = 10;
    private int ngoOfferTries = 3;
    private double ngoInitialResults = 0.5;
    private double resultsSmoothing = 0.1;
    private double incomeSmoothing = 0.1;
    private double ngoShrinkReserveShare = 0.5;
    private double typeChangeWatchdogFactor = 0.5;
    private double typeChangeDiscourseShift = 0.3;
    private int ngoPeerCandidateInterval = 2;
    private int traderBuyerCandidateInterval = 3;
    private int nearbyCandidateInterval = 2;
    private int brokeredCandidateInterval = 2;
    private double supplierScreenFactor = 0.8;
    private double platformProjectShare = 0.5;
    private double platformShrinkRate = 0.02;
    private int platformInsolvencyMonths = 18;
    private int platformReserveMonths = 12;
    private double platformLegitimacyRate = 0.02;
    private double newNgoMonthlyCost = 2000;
    private double newNgoCostShare = 0.5;
    private double newNgoKnowledge = 0.3;
    private double newNgoLegitimacy = 0.2;
    private double newNgoWatchdog = 0.2;
    private double newNgoDiscourseSpread = 0.2;
    private double ngoFoundingPrior = 1;
    private double ngoFoundingFundingScale = 1000;
    private double smeCostShare = 0.9;
    private int loanMonths = 24;
    private int smeInsolvencyMonths = 6;
    private double smeSeatShare = 0.3;
    private double hostWeight = 2;
    private double accreditationRate = 0.02;
    private double watchdogWeight = 0.5;
    private double fundingConflictProbability = 0.2;
    private double fundingRivalryRate = 0.00008;
    private double conflictTieLoss = 0.5;
    private int conflictMonths = 24;
    private double conflictCooperationLoss = 0;
    private double confrontationRate = 0.02;
    private double powerStruggleRate = 0.02;
    private int roleSettlingMonths = 36;
    private double gongoProjectOverhead = 0.3;
    private double producerNgoFoundingRate = 0.1;
    private double producerNgoMemberFee = 5;
    private double businessNgoFoundingRate = 1.0;
    private double businessNgoWatchdog = 0.0;
    private double companyServiceFee = 67;
    private int businessClientCandidateInterval = 3;
    private double ngoMinimumCost = 500;
    private double platformFeeShare = 0.03;
    private double selfFinancedIncomeShare = 0.5;
    private double pagerankDamping = 0.85;
    private int smeCount = 0;
    private double ngoTypeChangeMarketShare = 0.2;
    private double ngoCoreCostShare = 0.3;
    private int networksPerArticulator = 5;
    private int businessNetworkSize = 10;
    private int businessNetworkMinMembers = 3;
    private int networkPromotionMonths = 3;
    private int networkTrustMonths = 3;
    private int networkPilotMonths = 5;
    private int networkProjectMonths = 9;
    private int networkJointBusinessMonths = 6;
    private double networkArticulationCost = 300;
    private double networkContribution = 10;
    private double networkCostSaving = 0.1;
    private double informalShareMicro = 0.8;
    private double informalShareSmall = 0.3;
    private double informalShareMedium = 0.0;

    /** Share of a donor's monthly budget that one grant takes (about 1/number of grantees) (fraction of monthly budget). */
    public double getGrantShare() { return grantShare; }
    public void setGrantShare(double v) { grantShare = (double) check("grantShare", v); }
    public Object domGrantShare() { return domain("grantShare"); }
    /** Candidates a donor scores when it makes a grant (candidate sampling, never all actors) (actors). */
    public int getDonorCandidates() { return donorCandidates; }
    public void setDonorCandidates(int v) { donorCandidates = (int) check("donorCandidates", v); }
    public Object domDonorCandidates() { return domain("donorCandidates"); }
    /** Minimum knowledge capacity (ability to write business plans and report results) a grantee needs under the performance rule (knowledge 0..1). */
    public double getPerformanceThreshold() { return performanceThreshold; }
    public void setPerformanceThreshold(double v) { performanceThreshold = (double) check("performanceThreshold", v); }
    public Object domPerformanceThreshold() { return domain("performanceThreshold"); }
    /** Largest monthly grant a donor gives an NGO or platform, as a multiple of its monthly running costs (what it can absorb) (multiple of monthly running costs). */
    public double getAbsorptionFactor() { return absorptionFactor; }
    public void setAbsorptionFactor(double v) { absorptionFactor = (double) check("absorptionFactor", v); }
    public Object domAbsorptionFactor() { return domain("absorptionFactor"); }
    /** Share of an NGO's or platform's grant income it passes on to SMEs as projects (fraction). */
    public double getNgoProjectShare() { return ngoProjectShare; }
    public void setNgoProjectShare(double v) { ngoProjectShare = (double) check("ngoProjectShare", v); }
    public Object domNgoProjectShare() { return domain("ngoProjectShare"); }
    /** Length of the support an SME gets from one project (months). */
    public int getProjectMonths() { return projectMonths; }
    public void setProjectMonths(int v) { projectMonths = (int) check("projectMonths", v); }
    public Object domProjectMonths() { return domain("projectMonths"); }
    /** Months in a row an NGO cannot pay its running costs before it closes (months). */
    public int getNgoInsolvencyMonths() { return ngoInsolvencyMonths; }
    public void setNgoInsolvencyMonths(int v) { ngoInsolvencyMonths = (int) check("ngoInsolvencyMonths", v); }
    public Object domNgoInsolvencyMonths() { return domain("ngoInsolvencyMonths"); }
    /** Monthly rate at which an NGO or platform grows its running costs while it holds more than ngoReserveMonths of them, and shrinks them while it cannot pay (per month). */
    public double getNgoGrowthRate() { return ngoGrowthRate; }
    public void setNgoGrowthRate(double v) { ngoGrowthRate = (double) check("ngoGrowthRate", v); }
    public Object domNgoGrowthRate() { return domain("ngoGrowthRate"); }
    /** Months of running costs an NGO keeps in reserve before it grows (months). */
    public int getNgoReserveMonths() { return ngoReserveMonths; }
    public void setNgoReserveMonths(int v) { ngoReserveMonths = (int) check("ngoReserveMonths", v); }
    public Object domNgoReserveMonths() { return domain("ngoReserveMonths"); }
    /** Yearly growth of an NGO's own-income capacity (fees, sales) while it is short of funds (per year). */
    public double getNgoDiversifyRate() { return ngoDiversifyRate; }
    public void setNgoDiversifyRate(double v) { ngoDiversifyRate = (double) check("ngoDiversifyRate", v); }
    public Object domNgoDiversifyRate() { return domain("ngoDiversifyRate"); }
    /** Yearly probability that a conventional NGO short of funds turns into a market NGO (per year). */
    public double getNgoTypeChangeProbability() { return ngoTypeChangeProbability; }
    public void setNgoTypeChangeProbability(double v) { ngoTypeChangeProbability = (double) check("ngoTypeChangeProbability", v); }
    public Object domNgoTypeChangeProbability() { return domain("ngoTypeChangeProbability"); }
    /** Expected number of new local NGOs founded per year in each domain that donors fund (NGOs per year per domain). */
    public double getNgoEntryRate() { return ngoEntryRate; }
    public void setNgoEntryRate(double v) { ngoEntryRate = (double) check("ngoEntryRate", v); }
    public Object domNgoEntryRate() { return domain("ngoEntryRate"); }
    /** Yearly entry of new SMEs as a share of each SME group's initial size (per year). */
    public double getSmeEntryRate() { return smeEntryRate; }
    public void setSmeEntryRate(double v) { smeEntryRate = (double) check("smeEntryRate", v); }
    public Object domSmeEntryRate() { return domain("smeEntryRate"); }
    /** Yearly hazard that an SME closes (per year). */
    public double getSmeExitRate() { return smeExitRate; }
    public void setSmeExitRate(double v) { smeExitRate = (double) check("smeExitRate", v); }
    public Object domSmeExitRate() { return domain("smeExitRate"); }
    /** Share of the knowledge gap closed per month on a fully used knowledge tie (per month). */
    public double getKnowledgeTransferRate() { return knowledgeTransferRate; }
    public void setKnowledgeTransferRate(double v) { knowledgeTransferRate = (double) check("knowledgeTransferRate", v); }
    public Object domKnowledgeTransferRate() { return domain("knowledgeTransferRate"); }
    /** Share of the remaining gap to weight 1 a tie gains in a month with a flow (per flow). */
    public double getTieStrengthenRate() { return tieStrengthenRate; }
    public void setTieStrengthenRate(double v) { tieStrengthenRate = (double) check("tieStrengthenRate", v); }
    public Object domTieStrengthenRate() { return domain("tieStrengthenRate"); }
    /** Share of its weight a tie loses in a month without a flow (per month). */
    public double getTieDecayRate() { return tieDecayRate; }
    public void setTieDecayRate(double v) { tieDecayRate = (double) check("tieDecayRate", v); }
    public Object domTieDecayRate() { return domain("tieDecayRate"); }
    /** Weight below which a tie dissolves (weight). */
    public double getTieDissolveThreshold() { return tieDissolveThreshold; }
    public void setTieDissolveThreshold(double v) { tieDissolveThreshold = (double) check("tieDissolveThreshold", v); }
    public Object domTieDissolveThreshold() { return domain("tieDissolveThreshold"); }
    /** Probability that an actor searches for a new partner in a month (per month). */
    public double getPartnerSearchProbability() { return partnerSearchProbability; }
    public void setPartnerSearchProbability(double v) { partnerSearchProbability = (double) check("partnerSearchProbability", v); }
    public Object domPartnerSearchProbability() { return domain("partnerSearchProbability"); }
    /** Candidates an actor scores in one partner search (actors). */
    public int getCandidateSampleSize() { return candidateSampleSize; }
    public void setCandidateSampleSize(int v) { candidateSampleSize = (int) check("candidateSampleSize", v); }
    public Object domCandidateSampleSize() { return domain("candidateSampleSize"); }
    /** Intercept of the tie-formation logit (log-odds). */
    public double getFormationBias() { return formationBias; }
    public void setFormationBias(double v) { formationBias = (double) check("formationBias", v); }
    public Object domFormationBias() { return domain("formationBias"); }
    /** Weight of discourse proximity in tie formation (log-odds per unit proximity). */
    public double getDiscourseWeight() { return discourseWeight; }
    public void setDiscourseWeight(double v) { discourseWeight = (double) check("discourseWeight", v); }
    public Object domDiscourseWeight() { return domain("discourseWeight"); }
    /** Weight of complementary resources (the partner has more knowledge or funding) in tie formation (log-odds). */
    public double getComplementWeight() { return complementWeight; }
    public void setComplementWeight(double v) { complementWeight = (double) check("complementWeight", v); }
    public Object domComplementWeight() { return domain("complementWeight"); }
    /** Weight of the partner's legitimacy in tie formation (log-odds per unit legitimacy). */
    public double getLegitimacyWeight() { return legitimacyWeight; }
    public void setLegitimacyWeight(double v) { legitimacyWeight = (double) check("legitimacyWeight", v); }
    public Object domLegitimacyWeight() { return domain("legitimacyWeight"); }
    /** Bonus in tie formation for sharing a platform (log-odds). */
    public double getPlatformWeight() { return platformWeight; }
    public void setPlatformWeight(double v) { platformWeight = (double) check("platformWeight", v); }
    public Object domPlatformWeight() { return domain("platformWeight"); }
    /** Scale of the fall of cooperation with discourse distance: P(cooperate) = exp(-distance/scale) (discourse units). */
    public double getCooperationDistanceScale() { return cooperationDistanceScale; }
    public void setCooperationDistanceScale(double v) { cooperationDistanceScale = (double) check("cooperationDistanceScale", v); }
    public Object domCooperationDistanceScale() { return domain("cooperationDistanceScale"); }
    /** Share of the gap to its partners' tie-weighted mean position an actor closes per month (per month). */
    public double getDiscourseInfluenceRate() { return discourseInfluenceRate; }
    public void setDiscourseInfluenceRate(double v) { discourseInfluenceRate = (double) check("discourseInfluenceRate", v); }
    public Object domDiscourseInfluenceRate() { return domain("discourseInfluenceRate"); }
    /** Share of the gap to its funders' funding-weighted mean position a funded actor closes per month (per month). */
    public double getFunderPressureRate() { return funderPressureRate; }
    public void setFunderPressureRate(double v) { funderPressureRate = (double) check("funderPressureRate", v); }
    public Object domFunderPressureRate() { return domain("funderPressureRate"); }
    /** Scale of an SME's probability of refusing support, which grows with discourse distance and embeddedness (probability). */
    public double getRefusalWeight() { return refusalWeight; }
    public void setRefusalWeight(double v) { refusalWeight = (double) check("refusalWeight", v); }
    public Object domRefusalWeight() { return domain("refusalWeight"); }
    /** SME planning horizon over which an investment must pay back (months). */
    public int getPaybackHorizonMonths() { return paybackHorizonMonths; }
    public void setPaybackHorizonMonths(int v) { paybackHorizonMonths = (int) check("paybackHorizonMonths", v); }
    public Object domPaybackHorizonMonths() { return domain("paybackHorizonMonths"); }
    /** Interest rate on SME credit (per year). */
    public double getInterestRate() { return interestRate; }
    public void setInterestRate(double v) { interestRate = (double) check("interestRate", v); }
    public Object domInterestRate() { return domain("interestRate"); }
    /** Investment a micro enterprise needs to adopt sustainable practices (USD). */
    public double getAdoptionCostMicro() { return adoptionCostMicro; }
    public void setAdoptionCostMicro(double v) { adoptionCostMicro = (double) check("adoptionCostMicro", v); }
    public Object domAdoptionCostMicro() { return domain("adoptionCostMicro"); }
    /** Investment a small enterprise needs to adopt sustainable practices (USD). */
    public double getAdoptionCostSmall() { return adoptionCostSmall; }
    public void setAdoptionCostSmall(double v) { adoptionCostSmall = (double) check("adoptionCostSmall", v); }
    public Object domAdoptionCostSmall() { return domain("adoptionCostSmall"); }
    /** Investment a medium enterprise needs to adopt sustainable practices (USD). */
    public double getAdoptionCostMedium() { return adoptionCostMedium; }
    public void setAdoptionCostMedium(double v) { adoptionCostMedium = (double) check("adoptionCostMedium", v); }
    public Object domAdoptionCostMedium() { return domain("adoptionCostMedium"); }
    /** Monthly sales of a micro enterprise (USD per month). */
    public double getRevenueMicro() { return revenueMicro; }
    public void setRevenueMicro(double v) { revenueMicro = (double) check("revenueMicro", v); }
    public Object domRevenueMicro() { return domain("revenueMicro"); }
    /** Monthly sales of a small enterprise (USD per month). */
    public double getRevenueSmall() { return revenueSmall; }
    public void setRevenueSmall(double v) { revenueSmall = (double) check("revenueSmall", v); }
    public Object domRevenueSmall() { return domain("revenueSmall"); }
    /** Monthly sales of a medium enterprise (USD per month). */
    public double getRevenueMedium() { return revenueMedium; }
    public void setRevenueMedium(double v) { revenueMedium = (double) check("revenueMedium", v); }
    public Object domRevenueMedium() { return domain("revenueMedium"); }
    /** Cost savings from sustainable practice (eco-efficiency), scaled by the SME's knowledge (fraction of revenue). */
    public double getSavingsRate() { return savingsRate; }
    public void setSavingsRate(double v) { savingsRate = (double) check("savingsRate", v); }
    public Object domSavingsRate() { return domain("savingsRate"); }
    /** Expected monthly loss of a non-adopting SME under full regulation and enforcement (fraction of revenue). */
    public double getRegulationPenalty() { return regulationPenalty; }
    public void setRegulationPenalty(double v) { regulationPenalty = (double) check("regulationPenalty", v); }
    public Object domRegulationPenalty() { return domain("regulationPenalty"); }
    /** Share of the gap to full practice an adopting SME closes per month (per month). */
    public double getPracticeGrowthRate() { return practiceGrowthRate; }
    public void setPracticeGrowthRate(double v) { practiceGrowthRate = (double) check("practiceGrowthRate", v); }
    public Object domPracticeGrowthRate() { return domain("practiceGrowthRate"); }
    /** Monthly probability that an adopter whose practice pays for itself reverts all the same, without support or embeddedness (per month). */
    public double getRevertProbability() { return revertProbability; }
    public void setRevertProbability(double v) { revertProbability = (double) check("revertProbability", v); }
    public Object domRevertProbability() { return domain("revertProbability"); }
    /** Share of the gap to 1 an NGO's legitimacy gains per endorsing SME per month (per endorsement). */
    public double getLegitimacyEndorseRate() { return legitimacyEndorseRate; }
    public void setLegitimacyEndorseRate(double v) { legitimacyEndorseRate = (double) check("legitimacyEndorseRate", v); }
    public Object domLegitimacyEndorseRate() { return domain("legitimacyEndorseRate"); }
    /** Share of its legitimacy an actor loses per month (per month). */
    public double getLegitimacyDecayRate() { return legitimacyDecayRate; }
    public void setLegitimacyDecayRate(double v) { legitimacyDecayRate = (double) check("legitimacyDecayRate", v); }
    public Object domLegitimacyDecayRate() { return domain("legitimacyDecayRate"); }
    /** Practice level from which an SME can be certified (practice 0..1). */
    public double getCertificationLevel() { return certificationLevel; }
    public void setCertificationLevel(double v) { certificationLevel = (double) check("certificationLevel", v); }
    public Object domCertificationLevel() { return domain("certificationLevel"); }
    /** Legitimacy a certified SME gains per month (with PGS only where it is legally recognised) (per month). */
    public double getCertificationLegitimacy() { return certificationLegitimacy; }
    public void setCertificationLegitimacy(double v) { certificationLegitimacy = (double) check("certificationLegitimacy", v); }
    public Object domCertificationLegitimacy() { return domain("certificationLegitimacy"); }
    /** Share of their weight government ties lose at a change of government (fraction of weight). */
    public double getElectionTieLoss() { return electionTieLoss; }
    public void setElectionTieLoss(double v) { electionTieLoss = (double) check("electionTieLoss", v); }
    public Object domElectionTieLoss() { return domain("electionTieLoss"); }
    /** Bonus for an SME that a buyer reaches through an NGO or platform it is tied to (a broker) (log-odds). */
    public double getBrokerWeight() { return brokerWeight; }
    public void setBrokerWeight(double v) { brokerWeight = (double) check("brokerWeight", v); }
    public Object domBrokerWeight() { return domain("brokerWeight"); }
    /** Knowledge of donors, passed with grants as policy guidance and technical support (knowledge 0..1). */
    public double getDonorKnowledge() { return donorKnowledge; }
    public void setDonorKnowledge(double v) { donorKnowledge = (double) check("donorKnowledge", v); }
    public Object domDonorKnowledge() { return domain("donorKnowledge"); }
    /** Knowledge of government agencies passed on their ties (knowledge 0..1). */
    public double getGovernmentKnowledge() { return governmentKnowledge; }
    public void setGovernmentKnowledge(double v) { governmentKnowledge = (double) check("governmentKnowledge", v); }
    public Object domGovernmentKnowledge() { return domain("governmentKnowledge"); }
    /** Share of an SME's adoption cost that one project pays (fraction of adoption cost). */
    public double getSupportShare() { return supportShare; }
    public void setSupportShare(double v) { supportShare = (double) check("supportShare", v); }
    public Object domSupportShare() { return domain("supportShare"); }
    /** Share of the investment a green credit programme reimburses (fraction of adoption cost). */
    public double getGreenCreditReimbursement() { return greenCreditReimbursement; }
    public void setGreenCreditReimbursement(double v) { greenCreditReimbursement = (double) check("greenCreditReimbursement", v); }
    public Object domGreenCreditReimbursement() { return domain("greenCreditReimbursement"); }
    /** Weight of a tie when it forms (a grant, a project, a flow, a partner search, a supplier tie); an existing tie renewed by a grant or project is raised to at least this (weight). */
    public double getNewTieWeight() { return newTieWeight; }
    public void setNewTieWeight(double v) { newTieWeight = (double) check("newTieWeight", v); }
    public Object domNewTieWeight() { return domain("newTieWeight"); }
    /** Legitimacy of a donor when it enters (legitimacy 0..1). */
    public double getDonorLegitimacy() { return donorLegitimacy; }
    public void setDonorLegitimacy(double v) { donorLegitimacy = (double) check("donorLegitimacy", v); }
    public Object domDonorLegitimacy() { return domain("donorLegitimacy"); }
    /** Most new grants a donor starts in one month (it stops earlier when its free budget is committed or no candidate qualifies) (grants per month). */
    public int getDonorMaxGrantsPerMonth() { return donorMaxGrantsPerMonth; }
    public void setDonorMaxGrantsPerMonth(int v) { donorMaxGrantsPerMonth = (int) check("donorMaxGrantsPerMonth", v); }
    public Object domDonorMaxGrantsPerMonth() { return domain("donorMaxGrantsPerMonth"); }
    /** Legitimacy of a government agency when it enters (legitimacy 0..1). */
    public double getGovernmentLegitimacy() { return governmentLegitimacy; }
    public void setGovernmentLegitimacy(double v) { governmentLegitimacy = (double) check("governmentLegitimacy", v); }
    public Object domGovernmentLegitimacy() { return domain("governmentLegitimacy"); }
    /** Knowledge of a buyer when it enters (knowledge 0..1). */
    public double getCompanyKnowledge() { return companyKnowledge; }
    public void setCompanyKnowledge(double v) { companyKnowledge = (double) check("companyKnowledge", v); }
    public Object domCompanyKnowledge() { return domain("companyKnowledge"); }
    /** Legitimacy of a buyer when it enters (legitimacy 0..1). */
    public double getCompanyLegitimacy() { return companyLegitimacy; }
    public void setCompanyLegitimacy(double v) { companyLegitimacy = (double) check("companyLegitimacy", v); }
    public Object domCompanyLegitimacy() { return domain("companyLegitimacy"); }
    /** Knowledge of a platform when it enters (knowledge 0..1). */
    public double getPlatformKnowledge() { return platformKnowledge; }
    public void setPlatformKnowledge(double v) { platformKnowledge = (double) check("platformKnowledge", v); }
    public Object domPlatformKnowledge() { return domain("platformKnowledge"); }
    /** Legitimacy of an SME when it enters (legitimacy 0..1). */
    public double getSmeInitialLegitimacy() { return smeInitialLegitimacy; }
    public void setSmeInitialLegitimacy(double v) { smeInitialLegitimacy = (double) check("smeInitialLegitimacy", v); }
    public Object domSmeInitialLegitimacy() { return domain("smeInitialLegitimacy"); }
    /** An SME's own capital at entry is drawn uniformly between 0 and this multiple of its size class's adoption cost (multiple of adoption cost). */
    public double getSmeCapitalFactor() { return smeCapitalFactor; }
    public void setSmeCapitalFactor(double v) { smeCapitalFactor = (double) check("smeCapitalFactor", v); }
    public Object domSmeCapitalFactor() { return domain("smeCapitalFactor"); }
    /** How much rootedness in local webs raises refusal: the refusal probability scales with (1 - w + w x embeddedness) (fraction). */
    public double getRefusalEmbeddednessWeight() { return refusalEmbeddednessWeight; }
    public void setRefusalEmbeddednessWeight(double v) { refusalEmbeddednessWeight = (double) check("refusalEmbeddednessWeight", v); }
    public Object domRefusalEmbeddednessWeight() { return domain("refusalEmbeddednessWeight"); }
    /** Factor on an association member's probability of reverting (peers in the association keep the practice going) (factor). */
    public double getAssociationRevertFactor() { return associationRevertFactor; }
    public void setAssociationRevertFactor(double v) { associationRevertFactor = (double) check("associationRevertFactor", v); }
    public Object domAssociationRevertFactor() { return domain("associationRevertFactor"); }
    /** What keeping the sustainable practice costs an adopter every month, as a share of its base sales. */
    public double getPracticeCostShare() { return practiceCostShare; }
    public void setPracticeCostShare(double v) { practiceCostShare = (double) check("practiceCostShare", v); }
    public Object domPracticeCostShare() { return domain("practiceCostShare"); }
    /** Monthly probability that an adopter whose practice does not pay for itself stops once no project carries it (per month). */
    public double getLossRevertProbability() { return lossRevertProbability; }
    public void setLossRevertProbability(double v) { lossRevertProbability = (double) check("lossRevertProbability", v); }
    public Object domLossRevertProbability() { return domain("lossRevertProbability"); }
    /** What third-party certification costs a certified SME every month (USD per month). */
    public double getCertificationCost() { return certificationCost; }
    public void setCertificationCost(double v) { certificationCost = (double) check("certificationCost", v); }
    public Object domCertificationCost() { return domain("certificationCost"); }
    /** Most a Bioferia stand sells in a month at the Bioferia's price (USD per month per stand). */
    public double getBioferiaStandSales() { return bioferiaStandSales; }
    public void setBioferiaStandSales(double v) { bioferiaStandSales = (double) check("bioferiaStandSales", v); }
    public Object domBioferiaStandSales() { return domain("bioferiaStandSales"); }
    /** Latitude of rejection: tie partners farther than this in discourse push an actor away (discourse units). */
    public double getDiscourseRejectionDistance() { return discourseRejectionDistance; }
    public void setDiscourseRejectionDistance(double v) { discourseRejectionDistance = (double) check("discourseRejectionDistance", v); }
    public Object domDiscourseRejectionDistance() { return domain("discourseRejectionDistance"); }
    /** Share of its distance to its rejected partners' mean position an actor moves away per month. */
    public double getDiscourseRepulsionRate() { return discourseRepulsionRate; }
    public void setDiscourseRepulsionRate(double v) { discourseRepulsionRate = (double) check("discourseRepulsionRate", v); }
    public Object domDiscourseRepulsionRate() { return domain("discourseRepulsionRate"); }
    /** Most project offers an NGO makes to SMEs in one month (offers per month). */
    public int getNgoOffersPerMonth() { return ngoOffersPerMonth; }
    public void setNgoOffersPerMonth(int v) { ngoOffersPerMonth = (int) check("ngoOffersPerMonth", v); }
    public Object domNgoOffersPerMonth() { return domain("ngoOffersPerMonth"); }
    /** An NGO looks at no more than this many candidate SMEs per offer it may make in a month (ngoOffersPerMonth x this) (candidates per offer). */
    public int getNgoOfferTries() { return ngoOfferTries; }
    public void setNgoOfferTries(int v) { ngoOfferTries = (int) check("ngoOfferTries", v); }
    public Object domNgoOfferTries() { return domain("ngoOfferTries"); }
    /** Measured results an NGO starts with (prior of its smoothed adoption share) (share of supported SMEs adopting). */
    public double getNgoInitialResults() { return ngoInitialResults; }
    public void setNgoInitialResults(double v) { ngoInitialResults = (double) check("ngoInitialResults", v); }
    public Object domNgoInitialResults() { return domain("ngoInitialResults"); }
    /** Weight of the latest reported outcome (adopted or not) in an NGO's smoothed results (weight of the latest result). */
    public double getResultsSmoothing() { return resultsSmoothing; }
    public void setResultsSmoothing(double v) { resultsSmoothing = (double) check("resultsSmoothing", v); }
    public Object domResultsSmoothing() { return domain("resultsSmoothing"); }
    /** Weight of last month's income in an NGO's smoothed recent income (weight of last month). */
    public double getIncomeSmoothing() { return incomeSmoothing; }
    public void setIncomeSmoothing(double v) { incomeSmoothing = (double) check("incomeSmoothing", v); }
    public Object domIncomeSmoothing() { return domain("incomeSmoothing"); }
    /** An NGO whose recent income is below its costs cuts them once its reserve falls below this share of ngoReserveMonths (fraction of ngoReserveMonths). */
    public double getNgoShrinkReserveShare() { return ngoShrinkReserveShare; }
    public void setNgoShrinkReserveShare(double v) { ngoShrinkReserveShare = (double) check("ngoShrinkReserveShare", v); }
    public Object domNgoShrinkReserveShare() { return domain("ngoShrinkReserveShare"); }
    /** Factor on an NGO's watchdog role when it turns into a market NGO (factor). */
    public double getTypeChangeWatchdogFactor() { return typeChangeWatchdogFactor; }
    public void setTypeChangeWatchdogFactor(double v) { typeChangeWatchdogFactor = (double) check("typeChangeWatchdogFactor", v); }
    public Object domTypeChangeWatchdogFactor() { return domain("typeChangeWatchdogFactor"); }
    /** Move of an NGO's discourse toward the liberal market (on both axes) when it turns into a market NGO (discourse units per axis). */
    public double getTypeChangeDiscourseShift() { return typeChangeDiscourseShift; }
    public void setTypeChangeDiscourseShift(double v) { typeChangeDiscourseShift = (double) check("typeChangeDiscourseShift", v); }
    public Object domTypeChangeDiscourseShift() { return domain("typeChangeDiscourseShift"); }
    /** Every k-th candidate of an NGO's partner search (the k-th, 2k-th, ...) is another NGO, the rest SMEs; 0: only SMEs (candidates). */
    public int getNgoPeerCandidateInterval() { return ngoPeerCandidateInterval; }
    public void setNgoPeerCandidateInterval(int v) { ngoPeerCandidateInterval = (int) check("ngoPeerCandidateInterval", v); }
    public Object domNgoPeerCandidateInterval() { return domain("ngoPeerCandidateInterval"); }
    /** Every k-th candidate of a market or producer NGO's partner search (the k-th, 2k-th, ...) is a buyer; 0: none (candidates). */
    public int getTraderBuyerCandidateInterval() { return traderBuyerCandidateInterval; }
    public void setTraderBuyerCandidateInterval(int v) { traderBuyerCandidateInterval = (int) check("traderBuyerCandidateInterval", v); }
    public Object domTraderBuyerCandidateInterval() { return domain("traderBuyerCandidateInterval"); }
    /** Every k-th candidate of a partner search (the k-th, 2k-th, ...) is met through a platform or a partner's partner, the rest drawn from the domain; 0: none (candidates). */
    public int getNearbyCandidateInterval() { return nearbyCandidateInterval; }
    public void setNearbyCandidateInterval(int v) { nearbyCandidateInterval = (int) check("nearbyCandidateInterval", v); }
    public Object domNearbyCandidateInterval() { return domain("nearbyCandidateInterval"); }
    /** Every k-th candidate of a buyer's supplier search, starting with the first, is first sought among the SMEs its brokers (tied NGOs and platforms) introduce; 0: none (candidates). */
    public int getBrokeredCandidateInterval() { return brokeredCandidateInterval; }
    public void setBrokeredCandidateInterval(int v) { brokeredCandidateInterval = (int) check("brokeredCandidateInterval", v); }
    public Object domBrokeredCandidateInterval() { return domain("brokeredCandidateInterval"); }
    /** A buyer considers as supplier only an SME whose practice is at least this share of its requirement (fraction of requirement). */
    public double getSupplierScreenFactor() { return supplierScreenFactor; }
    public void setSupplierScreenFactor(double v) { supplierScreenFactor = (double) check("supplierScreenFactor", v); }
    public Object domSupplierScreenFactor() { return domain("supplierScreenFactor"); }
    /** Share of a platform's funding it passes on to its member NGOs (fraction). */
    public double getPlatformProjectShare() { return platformProjectShare; }
    public void setPlatformProjectShare(double v) { platformProjectShare = (double) check("platformProjectShare", v); }
    public Object domPlatformProjectShare() { return domain("platformProjectShare"); }
    /** Monthly rate at which a platform that cannot pay its running costs cuts them (per month). */
    public double getPlatformShrinkRate() { return platformShrinkRate; }
    public void setPlatformShrinkRate(double v) { platformShrinkRate = (double) check("platformShrinkRate", v); }
    public Object domPlatformShrinkRate() { return domain("platformShrinkRate"); }
    /** Months in a row a platform cannot pay its running costs before it dissolves (months). */
    public int getPlatformInsolvencyMonths() { return platformInsolvencyMonths; }
    public void setPlatformInsolvencyMonths(int v) { platformInsolvencyMonths = (int) check("platformInsolvencyMonths", v); }
    public Object domPlatformInsolvencyMonths() { return domain("platformInsolvencyMonths"); }
    /** Months of running costs a platform keeps in reserve, spending aid above it on its activities; donors do not fund one that holds more (months). */
    public int getPlatformReserveMonths() { return platformReserveMonths; }
    public void setPlatformReserveMonths(int v) { platformReserveMonths = (int) check("platformReserveMonths", v); }
    public Object domPlatformReserveMonths() { return domain("platformReserveMonths"); }
    /** Share of the gap to 1 a member's legitimacy gains per month from a platform of full legitimacy (per month). */
    public double getPlatformLegitimacyRate() { return platformLegitimacyRate; }
    public void setPlatformLegitimacyRate(double v) { platformLegitimacyRate = (double) check("platformLegitimacyRate", v); }
    public Object domPlatformLegitimacyRate() { return domain("platformLegitimacyRate"); }
    /** Running costs of an NGO founded in a domain without NGOs (USD per month). */
    public double getNewNgoMonthlyCost() { return newNgoMonthlyCost; }
    public void setNewNgoMonthlyCost(double v) { newNgoMonthlyCost = (double) check("newNgoMonthlyCost", v); }
    public Object domNewNgoMonthlyCost() { return domain("newNgoMonthlyCost"); }
    /** Running costs of a newly founded NGO as a share of the mean of its domain's NGOs (fraction of mean running costs). */
    public double getNewNgoCostShare() { return newNgoCostShare; }
    public void setNewNgoCostShare(double v) { newNgoCostShare = (double) check("newNgoCostShare", v); }
    public Object domNewNgoCostShare() { return domain("newNgoCostShare"); }
    /** Knowledge of a newly founded NGO (knowledge 0..1). */
    public double getNewNgoKnowledge() { return newNgoKnowledge; }
    public void setNewNgoKnowledge(double v) { newNgoKnowledge = (double) check("newNgoKnowledge", v); }
    public Object domNewNgoKnowledge() { return domain("newNgoKnowledge"); }
    /** Legitimacy of a newly founded NGO (legitimacy 0..1). */
    public double getNewNgoLegitimacy() { return newNgoLegitimacy; }
    public void setNewNgoLegitimacy(double v) { newNgoLegitimacy = (double) check("newNgoLegitimacy", v); }
    public Object domNewNgoLegitimacy() { return domain("newNgoLegitimacy"); }
    /** Watchdog role of a newly founded NGO (watchdog 0..1). */
    public double getNewNgoWatchdog() { return newNgoWatchdog; }
    public void setNewNgoWatchdog(double v) { newNgoWatchdog = (double) check("newNgoWatchdog", v); }
    public Object domNewNgoWatchdog() { return domain("newNgoWatchdog"); }
    /** Standard deviation of a newly founded NGO's discourse around its domain's mean NGO position (discourse units). */
    public double getNewNgoDiscourseSpread() { return newNgoDiscourseSpread; }
    public void setNewNgoDiscourseSpread(double v) { newNgoDiscourseSpread = (double) check("newNgoDiscourseSpread", v); }
    public Object domNewNgoDiscourseSpread() { return domain("newNgoDiscourseSpread"); }
    /** Founding weight every NGO type has regardless of funding (a new NGO's type is drawn in proportion to prior plus funding weight) (founding weight). */
    public double getNgoFoundingPrior() { return ngoFoundingPrior; }
    public void setNgoFoundingPrior(double v) { ngoFoundingPrior = (double) check("ngoFoundingPrior", v); }
    public Object domNgoFoundingPrior() { return domain("ngoFoundingPrior"); }
    /** Donor grants received last month by a domain's NGOs of a type that add one unit to that type's founding weight (USD per month per unit weight). */
    public double getNgoFoundingFundingScale() { return ngoFoundingFundingScale; }
    public void setNgoFoundingFundingScale(double v) { ngoFoundingFundingScale = (double) check("ngoFoundingFundingScale", v); }
    public Object domNgoFoundingFundingScale() { return domain("ngoFoundingFundingScale"); }
    /** An SME's monthly operating costs as a share of its sales at the base price (1 minus its margin without premium) (fraction of base sales). */
    public double getSmeCostShare() { return smeCostShare; }
    public void setSmeCostShare(double v) { smeCostShare = (double) check("smeCostShare", v); }
    public Object domSmeCostShare() { return domain("smeCostShare"); }
    /** An SME repays 1/loanMonths of its debt each month, with interest at interestRate (months). */
    public int getLoanMonths() { return loanMonths; }
    public void setLoanMonths(int v) { loanMonths = (int) check("loanMonths", v); }
    public Object domLoanMonths() { return domain("loanMonths"); }
    /** Months in a row an SME cannot pay its operating costs and debt service before it closes (months). */
    public int getSmeInsolvencyMonths() { return smeInsolvencyMonths; }
    public void setSmeInsolvencyMonths(int v) { smeInsolvencyMonths = (int) check("smeInsolvencyMonths", v); }
    public Object domSmeInsolvencyMonths() { return domain("smeInsolvencyMonths"); }
    /** Share of a platform's decision seats its SME members hold at least when it has any (more when their fees finance it, 7.16): that share of its project money goes to SME members' own projects, and SMEs refuse offers from co-members by that share less (share of a platform's seats). */
    public double getSmeSeatShare() { return smeSeatShare; }
    public void setSmeSeatShare(double v) { smeSeatShare = (double) check("smeSeatShare", v); }
    public Object domSmeSeatShare() { return domain("smeSeatShare"); }
    /** Weight of the host NGO in a platform's split of project money among member NGOs (every other member NGO weighs 1) (relative weight). */
    public double getHostWeight() { return hostWeight; }
    public void setHostWeight(double v) { hostWeight = (double) check("hostWeight", v); }
    public Object domHostWeight() { return domain("hostWeight"); }
    /** Share of the gap to 1 an organisation's legitimacy gains per month on a legitimacy tie of weight 1 from a giver of legitimacy 1 (per month). */
    public double getAccreditationRate() { return accreditationRate; }
    public void setAccreditationRate(double v) { accreditationRate = (double) check("accreditationRate", v); }
    public Object domAccreditationRate() { return domain("accreditationRate"); }
    /** How much an NGO's watchdog role lowers its cooperation with government agencies and companies: P(cooperate) x (1 - watchdog x this) (fraction). */
    public double getWatchdogWeight() { return watchdogWeight; }
    public void setWatchdogWeight(double v) { watchdogWeight = (double) check("watchdogWeight", v); }
    public Object domWatchdogWeight() { return domain("watchdogWeight"); }
    /** Probability that an NGO losing a grant to another NGO comes into conflict with it, when very many apply (scaled by 1 - 1/applicants) (probability). */
    public double getFundingConflictProbability() { return fundingConflictProbability; }
    public void setFundingConflictProbability(double v) { fundingConflictProbability = (double) check("fundingConflictProbability", v); }
    public Object domFundingConflictProbability() { return domain("fundingConflictProbability"); }
    /** Monthly probability that two NGOs of a domain, both short of funds, clash over the aid open to that domain, per unit of scarcity (the domain's NGOs per US$ million a year of donor budgets open to them) (per month per (NGO per US$ million a year)). */
    public double getFundingRivalryRate() { return fundingRivalryRate; }
    public void setFundingRivalryRate(double v) { fundingRivalryRate = (double) check("fundingRivalryRate", v); }
    public Object domFundingRivalryRate() { return domain("fundingRivalryRate"); }
    /** Share of their weight the knowledge ties between two NGOs lose in a conflict (fraction of weight). */
    public double getConflictTieLoss() { return conflictTieLoss; }
    public void setConflictTieLoss(double v) { conflictTieLoss = (double) check("conflictTieLoss", v); }
    public Object domConflictTieLoss() { return domain("conflictTieLoss"); }
    /** Months a relation stays conflictive after two organisations come into conflict (months). */
    public int getConflictMonths() { return conflictMonths; }
    public void setConflictMonths(int v) { conflictMonths = (int) check("conflictMonths", v); }
    public Object domConflictMonths() { return domain("conflictMonths"); }
    /** Share by which a conflictive relation lowers the probability that the two cooperate on a tie (fraction). */
    public double getConflictCooperationLoss() { return conflictCooperationLoss; }
    public void setConflictCooperationLoss(double v) { conflictCooperationLoss = (double) check("conflictCooperationLoss", v); }
    public Object domConflictCooperationLoss() { return domain("conflictCooperationLoss"); }
    /** Monthly probability that an NGO-company relation turns confrontational, times the probability they would not cooperate (per month). */
    public double getConfrontationRate() { return confrontationRate; }
    public void setConfrontationRate(double v) { confrontationRate = (double) check("confrontationRate", v); }
    public Object domConfrontationRate() { return domain("confrontationRate"); }
    /** Monthly probability that an NGO and an SME it works with clash in an evenly split platform right after SMEs gained seats (per month). */
    public double getPowerStruggleRate() { return powerStruggleRate; }
    public void setPowerStruggleRate(double v) { powerStruggleRate = (double) check("powerStruggleRate", v); }
    public Object domPowerStruggleRate() { return domain("powerStruggleRate"); }
    /** Time scale on which a platform's power struggle settles after a seat last changed hands there (months). */
    public int getRoleSettlingMonths() { return roleSettlingMonths; }
    public void setRoleSettlingMonths(int v) { roleSettlingMonths = (int) check("roleSettlingMonths", v); }
    public Object domRoleSettlingMonths() { return domain("roleSettlingMonths"); }
    /** Share of each project payment a GONGO spends on administration; only the rest reaches the SME (fraction of a project payment). */
    public double getGongoProjectOverhead() { return gongoProjectOverhead; }
    public void setGongoProjectOverhead(double v) { gongoProjectOverhead = (double) check("gongoProjectOverhead", v); }
    public Object domGongoProjectOverhead() { return domain("gongoProjectOverhead"); }
    /** Rate at which SME associations found producer NGOs in a domain, per 100 association members that practise (producer NGOs per year per 100 practising association members). */
    public double getProducerNgoFoundingRate() { return producerNgoFoundingRate; }
    public void setProducerNgoFoundingRate(double v) { producerNgoFoundingRate = (double) check("producerNgoFoundingRate", v); }
    public Object domProducerNgoFoundingRate() { return domain("producerNgoFoundingRate"); }
    public double getBusinessNgoFoundingRate() { return businessNgoFoundingRate; }
    public void setBusinessNgoFoundingRate(double v) { businessNgoFoundingRate = (double) check("businessNgoFoundingRate", v); }
    public Object domBusinessNgoFoundingRate() { return domain("businessNgoFoundingRate"); }
    public double getBusinessNgoWatchdog() { return businessNgoWatchdog; }
    public void setBusinessNgoWatchdog(double v) { businessNgoWatchdog = (double) check("businessNgoWatchdog", v); }
    public Object domBusinessNgoWatchdog() { return domain("businessNgoWatchdog"); }
    /** Member fee each founding SME pays the producer NGO it founded (its own income) (USD per member per month). */
    public double getProducerNgoMemberFee() { return producerNgoMemberFee; }
    public void setProducerNgoMemberFee(double v) { producerNgoMemberFee = (double) check("producerNgoMemberFee", v); }
    public Object domProducerNgoMemberFee() { return domain("producerNgoMemberFee"); }
    /** What a company pays each month to each business NGO that serves it (USD per month per company and NGO). */
    public double getCompanyServiceFee() { return companyServiceFee; }
    public void setCompanyServiceFee(double v) { companyServiceFee = (double) check("companyServiceFee", v); }
    public Object domCompanyServiceFee() { return domain("companyServiceFee"); }
    /** Every k-th candidate of a business NGO's partner search is a company (candidates). */
    public int getBusinessClientCandidateInterval() { return businessClientCandidateInterval; }
    public void setBusinessClientCandidateInterval(int v) { businessClientCandidateInterval = (int) check("businessClientCandidateInterval", v); }
    public Object domBusinessClientCandidateInterval() { return domain("businessClientCandidateInterval"); }
    /** Smallest running costs an NGO can keep going on (USD per month). */
    public double getNgoMinimumCost() { return ngoMinimumCost; }
    public void setNgoMinimumCost(double v) { ngoMinimumCost = (double) check("ngoMinimumCost", v); }
    public Object domNgoMinimumCost() { return domain("ngoMinimumCost"); }
    public double getNgoTypeChangeMarketShare() { return ngoTypeChangeMarketShare; }
    public void setNgoTypeChangeMarketShare(double v) { ngoTypeChangeMarketShare = (double) check("ngoTypeChangeMarketShare", v); }
    public Object domNgoTypeChangeMarketShare() { return domain("ngoTypeChangeMarketShare"); }
    public double getNgoCoreCostShare() { return ngoCoreCostShare; }
    public void setNgoCoreCostShare(double v) { ngoCoreCostShare = (double) check("ngoCoreCostShare", v); }
    public Object domNgoCoreCostShare() { return domain("ngoCoreCostShare"); }
    /** Most business networks one articulator accompanies at once (7.34) (networks per articulator). */
    public int getNetworksPerArticulator() { return networksPerArticulator; }
    public void setNetworksPerArticulator(int v) { networksPerArticulator = (int) check("networksPerArticulator", v); }
    public Object domNetworksPerArticulator() { return domain("networksPerArticulator"); }
    /** Members an articulator seeks for a new business network (7.34) (SMEs). */
    public int getBusinessNetworkSize() { return businessNetworkSize; }
    public void setBusinessNetworkSize(int v) { businessNetworkSize = (int) check("businessNetworkSize", v); }
    public Object domBusinessNetworkSize() { return domain("businessNetworkSize"); }
    /** Fewest members a business network forms or goes on with (7.34) (SMEs). */
    public int getBusinessNetworkMinMembers() { return businessNetworkMinMembers; }
    public void setBusinessNetworkMinMembers(int v) { businessNetworkMinMembers = (int) check("businessNetworkMinMembers", v); }
    public Object domBusinessNetworkMinMembers() { return domain("businessNetworkMinMembers"); }
    /** Months of analysis, promotion and self-selection before a new business network starts its trust phase (7.34) (months). */
    public int getNetworkPromotionMonths() { return networkPromotionMonths; }
    public void setNetworkPromotionMonths(int v) { networkPromotionMonths = (int) check("networkPromotionMonths", v); }
    public Object domNetworkPromotionMonths() { return domain("networkPromotionMonths"); }
    /** Months of a business network's trust phase (weekly meetings, contributions) (7.34) (months). */
    public int getNetworkTrustMonths() { return networkTrustMonths; }
    public void setNetworkTrustMonths(int v) { networkTrustMonths = (int) check("networkTrustMonths", v); }
    public Object domNetworkTrustMonths() { return domain("networkTrustMonths"); }
    /** Months of a business network's improvement plan and pilot actions (7.34) (months). */
    public int getNetworkPilotMonths() { return networkPilotMonths; }
    public void setNetworkPilotMonths(int v) { networkPilotMonths = (int) check("networkPilotMonths", v); }
    public Object domNetworkPilotMonths() { return domain("networkPilotMonths"); }
    /** Months of a business network's co-financed strategic project; members that do not practise are supported for as long (7.34) (months). */
    public int getNetworkProjectMonths() { return networkProjectMonths; }
    public void setNetworkProjectMonths(int v) { networkProjectMonths = (int) check("networkProjectMonths", v); }
    public Object domNetworkProjectMonths() { return domain("networkProjectMonths"); }
    /** Months the articulator accompanies a business network's joint business before leaving it to its members (7.34) (months). */
    public int getNetworkJointBusinessMonths() { return networkJointBusinessMonths; }
    public void setNetworkJointBusinessMonths(int v) { networkJointBusinessMonths = (int) check("networkJointBusinessMonths", v); }
    public Object domNetworkJointBusinessMonths() { return domain("networkJointBusinessMonths"); }
    /** What an NGO pays from its project funds each month for each business network its articulators accompany (7.34) (USD per month per network). */
    public double getNetworkArticulationCost() { return networkArticulationCost; }
    public void setNetworkArticulationCost(double v) { networkArticulationCost = (double) check("networkArticulationCost", v); }
    public Object domNetworkArticulationCost() { return domain("networkArticulationCost"); }
    /** What each member of an accompanied business network pays the articulating NGO each month from the trust phase on (7.34) (USD per member per month). */
    public double getNetworkContribution() { return networkContribution; }
    public void setNetworkContribution(double v) { networkContribution = (double) check("networkContribution", v); }
    public Object domNetworkContribution() { return domain("networkContribution"); }
    /** Share of its base sales a practising member of a business network running its joint business saves by buying and selling jointly (7.34) (fraction of base sales per month). */
    public double getNetworkCostSaving() { return networkCostSaving; }
    public void setNetworkCostSaving(double v) { networkCostSaving = (double) check("networkCostSaving", v); }
    public Object domNetworkCostSaving() { return domain("networkCostSaving"); }
    /** Share of micro SMEs that are informal (share of micro SMEs). */
    public double getInformalShareMicro() { return informalShareMicro; }
    public void setInformalShareMicro(double v) { informalShareMicro = (double) check("informalShareMicro", v); }
    public Object domInformalShareMicro() { return domain("informalShareMicro"); }
    /** Share of small SMEs that are informal (share of small SMEs). */
    public double getInformalShareSmall() { return informalShareSmall; }
    public void setInformalShareSmall(double v) { informalShareSmall = (double) check("informalShareSmall", v); }
    public Object domInformalShareSmall() { return domain("informalShareSmall"); }
    /** Share of medium SMEs that are informal (share of medium SMEs). */
    public double getInformalShareMedium() { return informalShareMedium; }
    public void setInformalShareMedium(double v) { informalShareMedium = (double) check("informalShareMedium", v); }
    public Object domInformalShareMedium() { return domain("informalShareMedium"); }

    /** Share of SMEs of a size class that are informal (7.11a). */
    public double informalShare(ayni.domain.SmeSize size) {
        return switch (size) {
            case MICRO -> informalShareMicro;
            case SMALL -> informalShareSmall;
            case MEDIUM -> informalShareMedium;
        };
    }

    /** Share of what buyers paid a member SME in a month that it pays each of its platforms as a fee. */
    public double getPlatformFeeShare() { return platformFeeShare; }
    public void setPlatformFeeShare(double v) { platformFeeShare = (double) check("platformFeeShare", v); }
    public Object domPlatformFeeShare() { return domain("platformFeeShare"); }
    /** A platform counts as self-financed when member fees are at least this share of all it has received. */
    public double getSelfFinancedIncomeShare() { return selfFinancedIncomeShare; }
    public void setSelfFinancedIncomeShare(double v) { selfFinancedIncomeShare = (double) check("selfFinancedIncomeShare", v); }
    public Object domSelfFinancedIncomeShare() { return domain("selfFinancedIncomeShare"); }
    /** Damping factor of PageRank power on the combined network (probability). */
    public double getPagerankDamping() { return pagerankDamping; }
    public void setPagerankDamping(double v) { pagerankDamping = (double) check("pagerankDamping", v); }
    public Object domPagerankDamping() { return domain("pagerankDamping"); }
    /** When positive, the SME groups' counts are scaled to add up to this (SME agents). */
    public int getSmeCount() { return smeCount; }
    public void setSmeCount(int v) { smeCount = (int) check("smeCount", v); }
    public Object domSmeCount() { return domain("smeCount"); }

    public static Spec spec(String name) {
        for (Spec s : SPECS) if (s.name().equals(name)) return s;
        return null;
    }

    private static double check(String name, double v) {
        Spec s = spec(name);
        if (Double.isNaN(v) || v < s.min() || v > s.max()) {
            throw new IllegalArgumentException(name + " must be between " + fmt(s.min()) + " and " + fmt(s.max())
                    + " (" + s.unit() + "), got " + fmt(v));
        }
        return v;
    }

    /** MASON reads a {@code sim.util.Interval} from domX() to draw a slider. */
    private static Object domain(String name) {
        Spec s = spec(name);
        return s.integer() ? new sim.util.Interval((long) s.min(), (long) s.max()) : new sim.util.Interval(s.min(), s.max());
    }

    public static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Sets a parameter by its name, checking its range. */
    public void set(String name, double value) {
        Spec s = spec(name);
        if (s == null) throw new IllegalArgumentException("unknown parameter " + name);
        if (s.integer() && value != Math.rint(value)) {
            throw new IllegalArgumentException(name + " must be a whole number, got " + fmt(value));
        }
        check(name, value); // before any conversion to int, which would clip a huge value

        PropertyDescriptor p = property(name);
        try {
            if (s.integer()) p.getWriteMethod().invoke(this, (int) value);
            else p.getWriteMethod().invoke(this, value);
        } catch (InvocationTargetException e) {
            throw (e.getCause() instanceof RuntimeException r) ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public double get(String name) {
        try {
            return ((Number) property(name).getReadMethod().invoke(this)).doubleValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every parameter and its current value, in {@link #SPECS} order. */
    public Map<String, Number> values() {
        Map<String, Number> m = new LinkedHashMap<>();
        for (Spec s : SPECS) {
            double v = get(s.name());
            m.put(s.name(), s.integer() ? (Number) (int) v : (Number) v);
        }
        return m;
    }

    public Parameters copy() {
        Parameters p = new Parameters();
        for (Spec s : SPECS) p.set(s.name(), get(s.name()));
        return p;
    }

    private static PropertyDescriptor property(String name) {
        try {
            BeanInfo info = Introspector.getBeanInfo(Parameters.class);
            for (PropertyDescriptor p : info.getPropertyDescriptors()) {
                if (p.getName().equals(name)) return p;
            }
        } catch (IntrospectionException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("no bean property " + name);
    }
}
