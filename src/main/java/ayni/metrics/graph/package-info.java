/**
 * Static network measures on a JGraphT graph read from a file (GraphML, GEXF or an edge-list CSV): degree and
 * strength, PageRank, betweenness and closeness (exact, or sampled on large graphs), harmonic closeness, eigenvector
 * centrality, clustering and transitivity, Burt's constraint and effective size, Gould-Fernandez brokerage roles,
 * density, Freeman centralization and densities between groups. JGraphT's algorithms are used where they agree with
 * networkx whatever the node order; what it lacks is written here. Nothing in this package knows about the model: it
 * measures any network, including the ones the model writes.
 */
package ayni.metrics.graph;
