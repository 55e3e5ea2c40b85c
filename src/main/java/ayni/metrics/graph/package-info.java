/**
 * Static network measures on a JGraphT graph read from a file (GraphML, GEXF or an edge-list CSV): degree and
 * strength, PageRank, betweenness (exact, or sampled with a standard error on large graphs), eigenvector centrality,
 * clustering, Burt's constraint, Gould-Fernandez brokerage roles, density, Freeman centralization and densities
 * between groups. JGraphT's algorithms are used where it has them; what it lacks is written here. Nothing in this
 * package knows about the model: it measures any network, including the ones the model writes.
 */
package ayni.metrics.graph;
