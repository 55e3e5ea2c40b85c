/** The multiplex tie store (typed, weighted, directed ties in per-actor adjacency lists) and the tie dynamics rules. */
package ayni.network;
