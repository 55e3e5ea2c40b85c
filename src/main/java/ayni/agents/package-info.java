/**
 * The actors: donors, NGOs, SMEs, government agencies, companies and platforms. Each decides from its own state and
 * what {@link ayni.agents.World} shows it, draws only from its own random stream, and moves funding only through the
 * ledger.
 */
package ayni.agents;
